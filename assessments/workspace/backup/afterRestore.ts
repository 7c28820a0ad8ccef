import type { Db } from '../../store/openDatabase';
import { setNewAnchor } from '../anchor/workspaceAnchor';
import { workspacePaths } from '../paths';

export interface RestoredWorkspace {
  /** The restored database, open, after the `workspace.restored` event was appended. */
  db: Db;
  /** The staging folder; it is renamed to the chosen folder right after this call returns. */
  directory: string;
  workspaceId: string;
  /** The workspace's data key (zeroed by the caller afterwards; copy what must outlive the call). */
  dataKey: Buffer;
  /** Per-user application-data folder of the outside anchor; undefined keeps only the header's. */
  anchorDir: string | undefined;
}

/**
 * A restore gives the audit chain a new head (the backup's head plus `workspace.restored`), so the
 * integrity anchor is set anew, in the restored header and outside the folder; otherwise the first
 * unlock would read the older chain as a rollback. Throwing here aborts the restore and leaves the
 * target untouched. The header is written in the staging folder, which becomes the target.
 */
export function setIntegrityAnchorAfterRestore(restored: RestoredWorkspace): void {
  const paths = workspacePaths(restored.directory);
  setNewAnchor({
    db: restored.db,
    dataKey: restored.dataKey,
    workspaceId: restored.workspaceId,
    paths: { root: paths.root, header: paths.header },
    anchorDir: restored.anchorDir,
  });
}
