import type { Db } from '../../store/openDatabase';
import { fail, pass, type VerificationCheck } from './checks';

/** Event 1 must be this workspace's `workspace.created`: a chain grafted from elsewhere is not. */
export function checkGenesis(db: Db, workspaceId: string): VerificationCheck {
  const first = db
    .prepare('SELECT action, subject_type, subject_id FROM audit_events WHERE seq = 1')
    .get() as { action: string; subject_type: string; subject_id: string } | undefined;
  if (!first) return fail('audit.genesis', 'Audit event 1 (workspace.created) is missing.');
  if (first.action !== 'workspace.created' || first.subject_type !== 'workspace') {
    return fail(
      'audit.genesis',
      `Audit event 1 is ${first.action} on ${first.subject_type}, not workspace.created.`,
    );
  }
  if (first.subject_id !== workspaceId) {
    return fail(
      'audit.genesis',
      `Audit event 1 created workspace ${first.subject_id}, not this workspace (${workspaceId}).`,
    );
  }
  return pass('audit.genesis', `Audit event 1 is workspace.created for ${workspaceId}.`);
}
