import type { Handlers } from '../api/dispatch';
import type { EventHub } from '../api/events';
import type { Clock } from '../shared/clock';
import { backupOperations } from './backup/operations';
import { assessPassphrase } from './passphraseStrength';
import type { WorkspaceSession } from './session';
import { verifyWorkspace } from './verifyWorkspace';

type WorkspaceOps =
  | 'workspace.status'
  | 'workspace.create'
  | 'workspace.unlock'
  | 'workspace.lock'
  | 'workspace.changePassphrase'
  | 'workspace.verify'
  | 'passphrase.assess'
  | 'workspace.backup'
  | 'workspace.backups'
  | 'workspace.restore';

export interface WorkspaceOperationDeps {
  session: WorkspaceSession;
  clock: Clock;
  hub?: EventHub;
  /** Runs after a writable unlock, before the status is returned (the vault's temp-file sweep). */
  afterWritableUnlock?: () => void;
}

/** Opening, locking, checking and backing up the workspace itself. */
export function workspaceOperations({
  session,
  clock,
  hub,
  afterWritableUnlock,
}: WorkspaceOperationDeps): Pick<Handlers, WorkspaceOps> {
  return {
    'workspace.status': () => session.status(),
    'workspace.create': ({ passphrase, assessorName }) => session.create(passphrase, assessorName),
    'workspace.unlock': async ({ passphrase }) => {
      const status = await session.unlock(passphrase);
      if (!status.readOnly) afterWritableUnlock?.();
      return status;
    },
    'workspace.lock': () => session.lock(),
    'workspace.changePassphrase': ({ current, next }) => session.changePassphrase(current, next),
    'workspace.verify': () => verifyWorkspace(session),
    'passphrase.assess': ({ passphrase, userInputs }) => assessPassphrase(passphrase, userInputs),
    ...backupOperations({ session, clock, hub }),
  };
}
