import type { Db } from '../store/openDatabase';

/** One line of an assessment's audit trail as a report lists it (payloads stay in the workspace). */
export interface AuditTrailEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  hash: string;
}

/**
 * The audit events of one assessment: its own, and those of its evidence items, including items
 * removed since (their events name the assessment in the payload). In chain order.
 */
export function listAssessmentTrail(db: Db, assessmentId: string): AuditTrailEntry[] {
  const rows = db
    .prepare(
      `SELECT seq, at, actor, action, subject_type, subject_id, hash FROM audit_events
       WHERE (subject_type = 'assessment' AND subject_id = $assessmentId)
          OR (subject_type = 'evidence' AND (
                subject_id IN (SELECT id FROM evidence WHERE assessment_id = $assessmentId)
                OR json_extract(payload_json, '$.assessmentId') = $assessmentId))
       ORDER BY seq`,
    )
    .all({ assessmentId }) as {
    seq: number;
    at: string;
    actor: string;
    action: string;
    subject_type: string;
    subject_id: string;
    hash: string;
  }[];
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    hash: row.hash,
  }));
}
