import { resolve } from 'node:path';
import type { Handlers } from '../../api/dispatch';
import type { EventHub } from '../../api/events';
import type { Clock } from '../../shared/clock';
import type { WorkspaceSession } from '../session';
import { backupWorkspace, listBackups } from './backupService';
import { restoreBackup } from './restoreBackup';

type BackupOps = 'workspace.backup' | 'workspace.backups' | 'workspace.restore';

export interface BackupOperationDeps {
  session: WorkspaceSession;
  clock: Clock;
  hub?: EventHub;
}

export function backupOperations({ session, clock, hub }: BackupOperationDeps): Pick<Handlers, BackupOps> {
  return {
    // The path comes from a save dialog, which has already asked before replacing a file.
    'workspace.backup': ({ path }) => backupWorkspace(session, clock, path, { overwrite: true }),
    'workspace.backups': () => listBackups(session),
    'workspace.restore': async ({ path, into, passphrase }) => {
      const target = resolve(into ?? session.paths.root);
      const result = await restoreBackup({
        file: path,
        into: target,
        passphrase,
        clock,
        anchorDir: session.anchorDir,
      });
      // Restored into this window's own (absent) folder: it now shows the unlock screen.
      if (target === resolve(session.paths.root)) hub?.emit('workspace.changed', session.status());
      return result;
    },
  };
}
