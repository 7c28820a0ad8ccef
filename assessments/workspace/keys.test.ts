import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawKeyBuffer } from '../store/openDatabase';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { WorkspaceSession } from './session';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/workspace-v1/', import.meta.url));
const FIXTURE_PASSPHRASE = 'fixture workspace v1 passphrase';

describe('workspace keys', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('opens a workspace written by the previous release', async () => {
    const root = join(tmp.path, 'ws');
    mkdirSync(root, { mode: 0o700 });
    for (const name of ['workspace.json', 'assay.db']) {
      copyFileSync(join(FIXTURE, name), join(root, name));
      chmodSync(join(root, name), 0o600);
    }
    const session = new WorkspaceSession(root, { clock: steppingClock() });
    const status = await session.unlock(FIXTURE_PASSPHRASE);
    expect(status).toMatchObject({ state: 'unlocked', assessorName: 'Fixture Assessor', readOnly: false });
    const { db } = session.require();
    expect(db.prepare('SELECT title FROM assessments').pluck().all()).toEqual(['Fixture assessment v1']);
    expect(db.prepare('SELECT value_json FROM answers').pluck().get()).toBe('"fixture answer v1"');
    session.lock();
    expect((await session.unlock(FIXTURE_PASSPHRASE)).state).toBe('unlocked');
    session.lock();
  });

  it('zeroes every key buffer it holds when the workspace locks', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    const created = session.require();
    const afterCreate = [created.dataKey, created.vaultKey];
    for (const key of afterCreate) expect(key.equals(Buffer.alloc(32))).toBe(false);
    session.lock();
    for (const key of afterCreate) expect(key.equals(Buffer.alloc(32))).toBe(true);

    await session.unlock(TEST_PASSPHRASE);
    const unlocked = session.require();
    const afterUnlock = [unlocked.dataKey, unlocked.vaultKey];
    for (const key of afterUnlock) expect(key.equals(Buffer.alloc(32))).toBe(false);
    session.lock();
    for (const key of afterUnlock) expect(key.equals(Buffer.alloc(32))).toBe(true);
  });

  it('keeps no passphrase after unlocking', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.lock();
    await session.unlock(TEST_PASSPHRASE);
    const everything = inspect(session, {
      depth: 8,
      showHidden: true,
      maxArrayLength: 0,
      maxStringLength: null,
    });
    expect(everything).not.toContain(TEST_PASSPHRASE);
    session.lock();
  });

  it('runs scrypt off the event loop: timers keep firing while it unlocks', async () => {
    const session = new WorkspaceSession(join(tmp.path, 'ws'), { clock: steppingClock(), kdfLogN: 16 });
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.lock();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const started = performance.now();
    await session.unlock(TEST_PASSPHRASE);
    const elapsed = performance.now() - started;
    clearInterval(timer);
    // scryptSync would block the whole time: not one tick could run before it returned.
    expect(ticks).toBeGreaterThan(Math.min(3, elapsed / 20));
    session.lock();
  });

  it('gives SQLite the key in raw-key form, as bytes', () => {
    const key = Buffer.from('00ff10a0'.repeat(8), 'hex');
    expect(rawKeyBuffer(key).toString('latin1')).toBe(`x'${'00ff10a0'.repeat(8)}'`);
  });
});
