import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { cli } from '../../../test/helpers/cliRun';
import { useTempDir } from '../../../test/helpers/tempDir';
import { steppingClock, TEST_PASSPHRASE } from '../../../test/helpers/workspace';
import {
  anchoredSession,
  copyDatabase,
  fileBytes,
  openAsAttacker,
  putDatabaseBack,
  work,
} from '../../../test/helpers/anchorAttacks';

/** The error an unlock was refused with, or null when it succeeded. */
async function refusal(run: () => Promise<unknown>): Promise<AppError | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

// Both attacks passed unlock and `assay workspace verify` before the integrity anchor.
describe('rollback and wipe attacks on a real encrypted workspace', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('refuses an older copy of assay.db put back over the current one, in unlock and in verify', async () => {
    const clock = steppingClock();
    const session = anchoredSession(tmp.path, clock);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    const id = work(session, clock, 5);
    session.lock();
    const older = join(tmp.path, 'older-assay.db');
    copyDatabase(session, older);
    await session.unlock(TEST_PASSPHRASE);
    work(session, clock, 6, id);
    session.lock();

    putDatabaseBack(session, older);
    const before = fileBytes(session.paths.database);
    const error = await refusal(() => anchoredSession(tmp.path, clock).unlock(TEST_PASSPHRASE));
    expect(error?.code).toBe('workspace_corrupt');
    // The copy ends at 7: created (1), assessment (2), 5 answers (3–7). The current database went on
    // to unlocked (8) and 6 answers (9–14), and the lock anchored event 14.
    expect(error?.message).toMatch(
      /^The workspace database is older than its last recorded state \(anchored in workspace\.json\): audit event 14 \(hash [0-9a-f]{16}…\) is missing; the newest event is 7\. Restore from a backup\.$/,
    );
    expect(fileBytes(session.paths.database)?.equals(before ?? Buffer.alloc(0))).toBe(true);

    const verified = await cli(['workspace', 'verify', session.paths.root]);
    expect(verified.code).toBe(1);
    expect(verified.stderr).toMatch(
      /older than its last recorded state.*audit event 14 .* the newest event is 7/,
    );
  });

  it('refuses a database whose newest audit events were deleted after dropping the append-only triggers', async () => {
    const clock = steppingClock();
    const session = anchoredSession(tmp.path, clock);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    work(session, clock, 9);
    session.lock();

    // Someone with the passphrase and a SQLite shell: drop the guards, delete the tail, move the
    // head back so the chain is consistent, and put the guards back so the schema looks untouched.
    const db = await openAsAttacker(session);
    const keep = 6;
    const trigger = (name: string, event: string) =>
      `CREATE TRIGGER ${name} BEFORE ${event} ON audit_events\nBEGIN\n  SELECT RAISE(ABORT, 'audit_events is append-only');\nEND`;
    db.exec('DROP TRIGGER audit_events_append_only_update; DROP TRIGGER audit_events_append_only_delete;');
    db.prepare('DELETE FROM audit_events WHERE seq > ?').run(keep);
    const hash = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').pluck().get(keep) as string;
    db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(keep, hash);
    db.exec(trigger('audit_events_append_only_delete', 'DELETE'));
    db.exec(trigger('audit_events_append_only_update', 'UPDATE'));
    db.close();

    const error = await refusal(() => anchoredSession(tmp.path, clock).unlock(TEST_PASSPHRASE));
    expect(error?.code).toBe('workspace_corrupt');
    // Created (1), assessment (2), 9 answers (3–11): the anchor written at create+lock names 11.
    expect(error?.message).toMatch(
      /older than its last recorded state \(anchored in workspace\.json\): audit event 11 \(hash [0-9a-f]{16}…\) is missing; the newest event is 6\./,
    );
    const verified = await cli(['workspace', 'verify', session.paths.root]);
    expect(verified.code).toBe(1);
    expect(verified.stderr).toMatch(/audit event 11 .* is missing; the newest event is 6/);
  });
});
