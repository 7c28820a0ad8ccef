import { verifyAuditChain, type AuditVerification } from '../audit/auditLog';
import { AppError } from '../shared/errors';
import { assertUnreadableWithoutKey } from '../store/openDatabase';
import { checkWorkspaceAnchors } from './anchor/workspaceAnchor';
import type { WorkspaceSession } from './session';
import { checkAnswerBinding } from './verify/answerBindingCheck';
import { fail, pass, type VerificationCheck } from './verify/checks';
import { checkGenesis } from './verify/genesisCheck';
import { checkSchema } from './verify/schemaCheck';

export type { VerificationCheck } from './verify/checks';

export interface WorkspaceVerification {
  /** No check failed (warnings, such as a missing outside anchor, do not fail verification). */
  ok: boolean;
  encryption: { ok: boolean; message: string };
  integrity: { ok: boolean; messages: string[] };
  audit: AuditVerification;
  /** Every check in order, each with pass / warn / fail and what it found. */
  checks: VerificationCheck[];
}

/** A check that throws (an unreadable row, say) fails with what it threw instead of ending the report. */
function guarded(id: string, run: () => VerificationCheck | VerificationCheck[]): VerificationCheck[] {
  try {
    const result = run();
    return Array.isArray(result) ? result : [result];
  } catch (error) {
    return [fail(id, `Could not be checked: ${error instanceof Error ? error.message : String(error)}`)];
  }
}

/**
 * Encryption self-test, SQLite integrity check, the audit chain and its first event, both integrity
 * anchors, the schema against the committed snapshot, and stored answers against their audit events.
 */
export function verifyWorkspace(session: WorkspaceSession): WorkspaceVerification {
  const ws = session.require();
  let encryption: WorkspaceVerification['encryption'];
  try {
    assertUnreadableWithoutKey(session.paths.database);
    encryption = { ok: true, message: 'assay.db is unreadable without the key' };
  } catch (error) {
    encryption = { ok: false, message: error instanceof AppError ? error.message : String(error) };
  }
  const rows = ws.db.pragma('integrity_check') as { integrity_check: string }[];
  const messages = rows.map((row) => row.integrity_check);
  const integrity = { ok: messages.length === 1 && messages[0] === 'ok', messages };
  const audit = verifyAuditChain(ws.db);
  const checks: VerificationCheck[] = [
    (encryption.ok ? pass : fail)('encryption', encryption.message),
    (integrity.ok ? pass : fail)('integrity', messages.join('; ')),
    audit.ok
      ? pass('audit.chain', `${audit.count} events, head ${audit.headHash}`)
      : fail('audit.chain', audit.firstBreak?.reason ?? 'broken'),
    ...guarded('audit.genesis', () => checkGenesis(ws.db, ws.workspaceId)),
    ...guarded('anchor', () =>
      checkWorkspaceAnchors({
        db: ws.db,
        dataKey: ws.dataKey,
        workspaceId: ws.workspaceId,
        paths: session.paths,
        anchorDir: session.anchorDir,
      }),
    ),
    ...guarded('schema', () => checkSchema(ws.db)),
    ...guarded('answers.bound', () => checkAnswerBinding(ws.db)),
  ];
  return {
    ok: checks.every((check) => check.status !== 'fail'),
    encryption,
    integrity,
    audit,
    checks,
  };
}
