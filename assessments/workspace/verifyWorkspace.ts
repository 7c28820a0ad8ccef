import { verifyAuditChain, type AuditVerification } from '../audit/auditLog';
import { AppError } from '../api/errors';
import { assertUnreadableWithoutKey } from '../store/openDatabase';
import type { WorkspaceSession } from './session';

export interface WorkspaceVerification {
  ok: boolean;
  encryption: { ok: boolean; message: string };
  integrity: { ok: boolean; messages: string[] };
  audit: AuditVerification;
}

/** Encryption self-test, SQLite integrity check and the audit chain, in one report. */
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
  return { ok: encryption.ok && integrity.ok && audit.ok, encryption, integrity, audit };
}
