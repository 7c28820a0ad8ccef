import { join } from 'node:path';

export interface WorkspacePaths {
  root: string;
  header: string;
  database: string;
  vault: string;
  exports: string;
  backups: string;
}

export function workspacePaths(root: string): WorkspacePaths {
  return {
    root,
    header: join(root, 'workspace.json'),
    database: join(root, 'assay.db'),
    vault: join(root, 'vault'),
    exports: join(root, 'exports'),
    backups: join(root, 'backups'),
  };
}
