import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getWorkspaceSettings } from '../../settings/settingsService';
import type { Clock } from '../../shared/clock';
import type { WorkspaceSession } from '../session';
import { autoBackupState } from './autoBackup';
import { BACKUP_FILE_EXTENSION } from './backupFormat';
import { openBackupFile, readPreamble } from './readBackup';
import { takeBackupSnapshot } from './snapshot';
import { writeBackupFile, type WrittenBackup } from './writeBackup';

/** A manual backup of the open workspace into `outPath` (see writeBackup.ts for how it is written). */
export async function backupWorkspace(
  session: WorkspaceSession,
  clock: Clock,
  outPath: string,
  options: { overwrite?: boolean; chunkSize?: number } = {},
): Promise<WrittenBackup> {
  const snapshot = takeBackupSnapshot(session, 'manual', clock.now());
  try {
    return await writeBackupFile({ ...snapshot.source, chunkSize: options.chunkSize }, outPath, options);
  } finally {
    snapshot.release();
  }
}

export interface BackupListItem {
  name: string;
  path: string;
  kind: 'manual' | 'automatic';
  createdAt: string;
  size: number;
  problem: string | null;
}

/** The backups in the workspace's `backups/` folder, newest first, read from their preambles. */
export async function listBackups(session: WorkspaceSession) {
  const ws = session.require();
  const dir = session.paths.backups;
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(BACKUP_FILE_EXTENSION) && !name.startsWith('.'));
  } catch {
    names = [];
  }
  const backups: BackupListItem[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const handle = await openBackupFile(path).catch(() => null);
    if (!handle) continue;
    try {
      const { preamble, fileSize } = await readPreamble(handle, path);
      backups.push({
        name,
        path,
        kind: preamble.kind,
        createdAt: preamble.createdAt,
        size: fileSize,
        problem: null,
      });
    } catch (error) {
      const size = (await handle.stat()).size;
      const problem = error instanceof Error ? error.message : String(error);
      backups.push({ name, path, kind: 'automatic', createdAt: '', size, problem });
    } finally {
      await handle.close();
    }
  }
  backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  const state = autoBackupState(session);
  return {
    directory: dir,
    keepCount: getWorkspaceSettings({ ws }).backupKeepCount,
    pending: state.pending !== null,
    lastError: state.lastError,
    backups,
  };
}
