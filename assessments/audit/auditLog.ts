import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonicalJson';
import type { Db } from '../store/openDatabase';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEventInput {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
}

export interface AuditEvent extends AuditEventInput {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  payload_json: string;
  prev_hash: string;
  hash: string;
}

export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        seq: event.seq,
        at: event.at,
        actor: event.actor,
        action: event.action,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        payload: event.payload,
        prevHash: event.prevHash,
      }),
    )
    .digest('hex');
}

/** Must be called inside the transaction that makes the change it records. */
export function appendAuditEvent(db: Db, input: AuditEventInput, at: Date): AuditEvent {
  if (!db.inTransaction) throw new Error('appendAuditEvent must run inside the transaction of its change');
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as
    { seq: number; hash: string } | undefined;
  const unhashed = {
    ...input,
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const event: AuditEvent = { ...unhashed, hash: hashAuditEvent(unhashed) };
  db.prepare(
    `INSERT INTO audit_events (seq, at, actor, action, subject_type, subject_id, payload_json, prev_hash, hash)
     VALUES ($seq, $at, $actor, $action, $subjectType, $subjectId, $payloadJson, $prevHash, $hash)`,
  ).run({
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    payloadJson: canonicalJson(event.payload),
    prevHash: event.prevHash,
    hash: event.hash,
  });
  db.prepare(
    `INSERT INTO audit_head (id, seq, hash) VALUES (1, $seq, $hash)
     ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`,
  ).run({ seq: event.seq, hash: event.hash });
  return event;
}

export interface AuditBreak {
  seq: number;
  action: string | null;
  at: string | null;
  reason: string;
}

export interface AuditVerification {
  ok: boolean;
  count: number;
  headSeq: number;
  headHash: string;
  firstBreak: AuditBreak | null;
}

/** Walks the whole chain and reports the first row whose content, order or link is wrong. */
export function verifyAuditChain(db: Db): AuditVerification {
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as
    { seq: number; hash: string } | undefined;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const fail = (row: Pick<AuditRow, 'seq'> & Partial<AuditRow>, reason: string): AuditVerification => ({
    ok: false,
    count,
    headSeq: head?.seq ?? 0,
    headHash: head?.hash ?? GENESIS_HASH,
    firstBreak: { seq: row.seq, action: row.action ?? null, at: row.at ?? null, reason },
  });

  for (const row of db.prepare('SELECT * FROM audit_events ORDER BY seq').iterate() as Iterable<AuditRow>) {
    if (row.seq !== expectedSeq) {
      return fail(
        { seq: expectedSeq },
        `audit event #${expectedSeq} is missing (next present is #${row.seq})`,
      );
    }
    if (row.prev_hash !== prevHash) {
      return fail(row, `audit event #${row.seq} does not link to the previous event (prev_hash differs)`);
    }
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(row.payload_json) as Record<string, unknown>;
    } catch {
      return fail(row, `audit event #${row.seq} has a payload that is not valid JSON`);
    }
    const recomputed = hashAuditEvent({
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      payload,
      prevHash: row.prev_hash,
    });
    if (recomputed !== row.hash) {
      return fail(
        row,
        `audit event #${row.seq} (${row.action} at ${row.at}) was altered: its hash does not match its content`,
      );
    }
    prevHash = row.hash;
    expectedSeq += 1;
    count += 1;
  }

  const lastSeq = expectedSeq - 1;
  if ((head?.seq ?? 0) !== lastSeq || (head?.hash ?? GENESIS_HASH) !== prevHash) {
    return fail(
      { seq: lastSeq + 1 },
      `the audit head records event #${head?.seq ?? 0} but the chain ends at #${lastSeq}: events were removed or the head was edited`,
    );
  }
  return { ok: true, count, headSeq: lastSeq, headHash: prevHash, firstBreak: null };
}

export function listAuditEvents(db: Db, subjectType: string, subjectId: string): AuditEvent[] {
  const rows = db
    .prepare(
      'SELECT * FROM audit_events WHERE subject_type = $subjectType AND subject_id = $subjectId ORDER BY seq',
    )
    .all({ subjectType, subjectId }) as AuditRow[];
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    payload: JSON.parse(row.payload_json) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}
