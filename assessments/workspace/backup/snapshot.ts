import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertUnreadableWithoutKey } from '../../store/openDatabase';
import { readWorkspaceHeader } from '../header';
import { deriveSubkey } from '../keys';
import type { WorkspaceSession } from '../session';
import type { BackupKind } from './backupFormat';
import type { BackupSource } from './writeBackup';

export const BACKUP_TEMP_DIR = '.tmp';

export interface BackupSnapshot {
  source: BackupSource;
  /** Removes the frozen copies and zeroes the backup key; call once the backup is written or failed. */
  release(): void;
}

/**
 * Freezes what a backup will hold, synchronously, so nothing can change between the parts: the
 * database copied with `VACUUM INTO` (one read transaction; the copy is encrypted with the same key,
 * checked by opening it without one), the header as it is now, and the vault blobs the copied
 * database refers to. Blobs are immutable once written, so they are streamed from the vault later.
 */
export function takeBackupSnapshot(
  session: WorkspaceSession,
  kind: BackupKind,
  createdAt: Date,
): BackupSnapshot {
  const ws = session.require();
  const tempDir = join(session.paths.backups, BACKUP_TEMP_DIR);
  mkdirSync(tempDir, { recursive: true, mode: 0o700 });
  const stem = join(tempDir, randomBytes(8).toString('hex'));
  const databaseCopy = `${stem}.db`;
  const headerCopy = `${stem}.json`;
  const release = (backupKey?: Buffer) => {
    backupKey?.fill(0);
    for (const path of [databaseCopy, headerCopy, `${databaseCopy}-journal`]) rmSync(path, { force: true });
  };
  try {
    const blobs = ws.db
      .prepare('SELECT DISTINCT blob_address FROM evidence ORDER BY blob_address')
      .pluck()
      .all() as string[];
    ws.db.prepare('VACUUM INTO ?').run(databaseCopy);
    assertUnreadableWithoutKey(databaseCopy);
    const headerBytes = readFileSync(session.paths.header);
    writeFileSync(headerCopy, headerBytes, { mode: 0o600 });
    const header = readWorkspaceHeader(headerCopy);
    const backupKey = deriveSubkey(ws.dataKey, 'backup');
    return {
      source: {
        backupKey,
        header,
        kind,
        createdAt,
        members: [
          { name: 'workspace.json', path: headerCopy },
          { name: 'assay.db', path: databaseCopy },
          ...blobs.map((address) => ({
            name: `vault/${address.slice(0, 2)}/${address}`,
            path: join(session.paths.vault, address.slice(0, 2), address),
          })),
        ],
      },
      release: () => release(backupKey),
    };
  } catch (error) {
    release();
    throw error;
  }
}
