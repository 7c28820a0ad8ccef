import type { Handlers } from '../api/dispatch';
import type { WorkspaceSession } from '../workspace/session';
import { verifyAuditChain } from './auditLog';

export function auditOperations({ session }: { session: WorkspaceSession }): Pick<Handlers, 'audit.verify'> {
  return { 'audit.verify': () => verifyAuditChain(session.require().db) };
}
