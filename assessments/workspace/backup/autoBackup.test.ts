import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope as value } from '../../../test/helpers/envelope';
import { useTempDir } from '../../../test/helpers/tempDir';
import { newSession, TEST_PASSPHRASE } from '../../../test/helpers/workspace';
import { dispatch, type Handlers } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';
import type { Clock } from '../../shared/clock';
import { TemplateLibrary } from '../../templates/templateLibrary';
import type { WorkspaceSession } from '../session';
import { autoBackupName, autoBackupTime, enableAutoBackups, whenAutoBackupSettled } from './autoBackup';

function manualClock(start: string): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

const HOUR = 60 * 60 * 1000;

describe('automatic backups on lock', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let clock: ReturnType<typeof manualClock>;

  beforeEach(async () => {
    tmp = useTempDir('assay-auto-backup-');
    clock = manualClock('2026-03-02T08:00:00.000Z');
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(tmp.path),
    });
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
  });
  afterEach(async () => {
    session.lock();
    await whenAutoBackupSettled(session);
    tmp.cleanup();
  });

  const autoFiles = () => readdirSync(session.paths.backups).filter((name) => name.startsWith('auto-'));
  const lockAndWait = async () => {
    session.lock();
    await whenAutoBackupSettled(session);
  };

  it('are off unless the app turns them on (the CLI never starts one)', async () => {
    await lockAndWait();
    expect(autoFiles()).toEqual([]);
  });

  it('makes at most one an hour, keeps the newest N, and never touches manual backups', async () => {
    enableAutoBackups(session, clock);
    await value(dispatch(handlers, 'settings.set', { screeningMaxListAgeDays: 90, backupKeepCount: 2 }));
    const manual = join(session.paths.backups, 'before-upgrade.assaybackup');
    await value(dispatch(handlers, 'workspace.backup', { path: manual }));

    await lockAndWait();
    expect(autoFiles()).toEqual(['auto-20260302T080000Z.assaybackup']);

    clock.advance(30 * 60 * 1000);
    await session.unlock(TEST_PASSPHRASE);
    await lockAndWait();
    expect(autoFiles()).toHaveLength(1);

    for (let i = 0; i < 3; i++) {
      clock.advance(HOUR);
      await session.unlock(TEST_PASSPHRASE);
      await lockAndWait();
    }
    expect(autoFiles().sort()).toEqual([
      'auto-20260302T103000Z.assaybackup',
      'auto-20260302T113000Z.assaybackup',
    ]);
    expect(readdirSync(session.paths.backups)).toContain('before-upgrade.assaybackup');

    await session.unlock(TEST_PASSPHRASE);
    const listed = await value<{
      keepCount: number;
      pending: boolean;
      lastError: string | null;
      backups: { name: string; kind: string; size: number; createdAt: string }[];
    }>(dispatch(handlers, 'workspace.backups', {}));
    expect(listed).toMatchObject({ keepCount: 2, pending: false, lastError: null });
    expect(listed.backups.map((backup) => [backup.name, backup.kind])).toEqual([
      ['auto-20260302T113000Z.assaybackup', 'automatic'],
      ['auto-20260302T103000Z.assaybackup', 'automatic'],
      ['before-upgrade.assaybackup', 'manual'],
    ]);
    expect(listed.backups[0]?.createdAt).toBe('2026-03-02T11:30:00.000Z');
    expect(listed.backups.every((backup) => backup.size > 0)).toBe(true);
  });

  it('is off with a keep count of 0', async () => {
    enableAutoBackups(session, clock);
    await value(dispatch(handlers, 'settings.set', { screeningMaxListAgeDays: 90, backupKeepCount: 0 }));
    await lockAndWait();
    expect(autoFiles()).toEqual([]);
  });

  it('lists a damaged file with its problem instead of failing the list', async () => {
    writeFileSync(join(session.paths.backups, 'auto-20260101T000000Z.assaybackup'), 'garbage');
    const listed = await value<{ backups: { problem: string | null }[] }>(
      dispatch(handlers, 'workspace.backups', {}),
    );
    expect(listed.backups[0]?.problem).toMatch(/not an Assay backup/);
  });

  it('names files by UTC time and reads the time back', () => {
    const at = new Date('2026-12-07T13:05:09.123Z');
    expect(autoBackupName(at)).toBe('auto-20261207T130509Z.assaybackup');
    expect(autoBackupTime(autoBackupName(at))?.toISOString()).toBe('2026-12-07T13:05:09.000Z');
    expect(autoBackupTime('auto-garbage.assaybackup')).toBeNull();
  });
});
