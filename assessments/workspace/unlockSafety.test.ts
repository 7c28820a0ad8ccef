import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import { AppError } from '../shared/errors';
import { createHandlers } from '../api/handlers';
import { useTempDir } from '../../test/helpers/tempDir';
import { cli } from '../../test/helpers/cliRun';
import { newSession, noTemplates, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { WorkspaceSession } from './session';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** Windows has no POSIX modes to check. */
const onWindows = process.platform === 'win32';
const asRoot = process.getuid?.() === 0;

describe('unlock refuses what it should not trust', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  beforeEach(async () => {
    tmp = useTempDir();
    session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.lock();
  });
  afterEach(() => tmp.cleanup());

  const headerJson = () =>
    JSON.parse(readFileSync(session.paths.header, 'utf8')) as { kdf: Record<string, unknown> };

  it.each([
    ['logN', 21, 'kdf.logN: expected scrypt logN from 14 to 20'],
    ['logN', 40, 'kdf.logN: expected scrypt logN from 14 to 20'],
    ['r', 16, 'kdf.r: expected scrypt r = 8'],
    ['p', 5, 'kdf.p: expected scrypt p from 1 to 4'],
  ])('refuses a header asking for scrypt %s = %i before doing any work', async (field, value, message) => {
    const header = headerJson();
    header.kdf[field] = value;
    writeFileSync(session.paths.header, JSON.stringify(header));
    const started = performance.now();
    const refused = await rejection(newSession(tmp.path).unlock(TEST_PASSPHRASE));
    // logN 21 would allocate 2 GiB and take seconds; the refusal costs a JSON parse.
    expect(performance.now() - started).toBeLessThan(250);
    expect(refused.code).toBe('workspace_corrupt');
    expect(refused.message).toBe(`${session.paths.header} is not a valid workspace header: ${message}`);
  });

  it.skipIf(onWindows)('refuses a folder or file others can write to, naming it and the fix', async () => {
    chmodSync(session.paths.root, 0o770);
    const folder = await rejection(newSession(tmp.path).unlock(TEST_PASSPHRASE));
    expect(folder.code).toBe('workspace_insecure');
    expect(folder.message).toBe(
      `${session.paths.root} is writable by its group (mode 0770); expected owner-only. Another account could change the workspace, so it was not opened. Fix it with: chmod -R go-rwx '${session.paths.root}'`,
    );
    chmodSync(session.paths.root, 0o700);
    chmodSync(session.paths.header, 0o666);
    const header = await rejection(newSession(tmp.path).unlock(TEST_PASSPHRASE));
    expect(header.message).toMatch(
      /workspace\.json is writable by its group and other users \(mode 0666\); expected owner-only\./,
    );
    chmodSync(session.paths.header, 0o600);
    chmodSync(session.paths.vault, 0o757);
    expect((await rejection(newSession(tmp.path).unlock(TEST_PASSPHRASE))).message).toMatch(
      /vault is writable by other users/,
    );
    chmodSync(session.paths.vault, 0o700);
    expect((await session.unlock(TEST_PASSPHRASE)).state).toBe('unlocked');
    session.lock();
  });

  it.skipIf(!asRoot)('refuses a database owned by another account', async () => {
    chownSync(session.paths.database, 12345, 12345);
    const refused = await rejection(newSession(tmp.path).unlock(TEST_PASSPHRASE));
    expect(refused.code).toBe('workspace_insecure');
    expect(refused.message).toContain(`${session.paths.database} is owned by uid 12345, not by you (uid 0)`);
    expect(refused.message).toContain(`chown -R "$(id -un)" '${session.paths.root}'`);
  });

  it.skipIf(onWindows)('only warns on a filesystem without POSIX modes (FAT, exFAT)', async () => {
    chmodSync(session.paths.root, 0o777);
    const onFat = new WorkspaceSession(session.paths.root, {
      clock: steppingClock(),
      kdfLogN: 14,
      supportsPosixModes: () => false,
    });
    const status = await onFat.unlock(TEST_PASSPHRASE);
    expect(status.state).toBe('unlocked');
    expect(status.warnings).toEqual([
      `${session.paths.root} is on a filesystem without POSIX permissions (such as FAT or exFAT): Assay cannot keep other accounts on this computer from changing the workspace. Keep it on an encrypted, single-user drive.`,
    ]);
    onFat.lock();
  });

  it.each([
    [
      'an empty file',
      () => Buffer.alloc(0),
      /assay\.db is empty \(0 bytes\); expected the workspace's encrypted Assay database/,
    ],
    [
      'a plain SQLite database',
      () => {
        const file = `${tmp.path}/plain.db`;
        const plain = new Database(file);
        plain.exec('CREATE TABLE t (x TEXT NOT NULL)');
        plain.close();
        return readFileSync(file);
      },
      /assay\.db is a plain, unencrypted SQLite database; expected the workspace's encrypted Assay database/,
    ],
    [
      'random bytes',
      () => randomBytes(8192),
      /assay\.db cannot be decrypted with this workspace's key .*expected the workspace's encrypted Assay database/,
    ],
  ])('refuses %s as assay.db before any migration touches it', async (_name, bytes, message) => {
    const content = bytes();
    writeFileSync(session.paths.database, content);
    const refused = await rejection(newSession(tmp.path).unlock(TEST_PASSPHRASE));
    expect(refused.code).toBe('workspace_corrupt');
    expect(refused.message).toMatch(message);
    expect(readFileSync(session.paths.database).equals(content)).toBe(true);
  });

  it('opens a database that fails its integrity check read-only, refusing every write by name', async () => {
    const writer = newSession(tmp.path);
    await writer.unlock(TEST_PASSPHRASE);
    const { db } = writer.require();
    db.exec('CREATE TABLE padding (x TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO padding (x) VALUES ($x)');
    for (let i = 0; i < 200; i += 1) insert.run({ x: randomBytes(400).toString('hex') });
    writer.lock();
    // Damage one page near the end (SQLCipher's per-page MAC then fails for it); page 1 stays intact.
    const bytes = readFileSync(session.paths.database);
    const page = 4096;
    const offset = bytes.length - 2 * page + 100;
    for (let i = 0; i < 16; i += 1) bytes[offset + i] = (bytes[offset + i] ?? 0) ^ 0xff;
    writeFileSync(session.paths.database, bytes);

    const handlers = createHandlers({
      session,
      clock: steppingClock(),
      library: noTemplates(),
    });
    const unlocked = await dispatch(handlers, 'workspace.unlock', { passphrase: TEST_PASSPHRASE });
    expect(unlocked).toMatchObject({ ok: true, value: { state: 'unlocked', readOnly: true } });
    const warnings = (unlocked as { value: { warnings: string[] } }).value.warnings;
    expect(warnings).toContain(
      `${session.paths.database} failed its integrity check (PRAGMA quick_check); it is open read-only and no change can be saved. Restore it from a backup.`,
    );
    expect(await dispatch(handlers, 'assessment.list', {})).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'assessment.create', { title: 'Not saved' })).toEqual({
      ok: false,
      error: {
        code: 'workspace_read_only',
        message: `${session.paths.database} failed its integrity check, so the workspace is open read-only and the change was not saved. Restore it from a backup.`,
        details: { file: session.paths.database },
      },
    });
    session.lock();
    expect(readFileSync(session.paths.database).equals(bytes)).toBe(true);
  });
});

describe('workspace init', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it.skipIf(onWindows)('makes an existing folder owner-only', async () => {
    const dir = `${tmp.path}/existing`;
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    expect((await cli(['workspace', 'init', dir, '--name', 'Nadia Haddad'])).code).toBe(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
