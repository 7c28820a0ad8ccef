import type { Db } from './openDatabase';

export interface EvidenceRow {
  id: string;
  assessment_id: string;
  blob_address: string;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  original_name: string;
  source: string;
  acquired_at: string | null;
  acquired_how: string;
  acquired_by: string;
  reliability: string | null;
  credibility: number | null;
  restricted: number;
  notes: string;
  ingested_at: string;
  ingested_by: string;
}

export type EvidenceMetadataRow = Pick<
  EvidenceRow,
  | 'source'
  | 'acquired_at'
  | 'acquired_how'
  | 'acquired_by'
  | 'reliability'
  | 'credibility'
  | 'restricted'
  | 'notes'
>;

export function insertEvidence(db: Db, row: EvidenceRow): void {
  db.prepare(
    `INSERT INTO evidence
       (id, assessment_id, blob_address, sha256, size_bytes, mime_type, original_name, source, acquired_at,
        acquired_how, acquired_by, reliability, credibility, restricted, notes, ingested_at, ingested_by)
     VALUES
       ($id, $assessment_id, $blob_address, $sha256, $size_bytes, $mime_type, $original_name, $source, $acquired_at,
        $acquired_how, $acquired_by, $reliability, $credibility, $restricted, $notes, $ingested_at, $ingested_by)`,
  ).run(row);
}

export function selectEvidence(db: Db, id: string): EvidenceRow | undefined {
  return db.prepare('SELECT * FROM evidence WHERE id = $id').get({ id }) as EvidenceRow | undefined;
}

export function selectEvidenceBySha(db: Db, assessmentId: string, sha256: string): EvidenceRow | undefined {
  return db
    .prepare('SELECT * FROM evidence WHERE assessment_id = $assessmentId AND sha256 = $sha256')
    .get({ assessmentId, sha256 }) as EvidenceRow | undefined;
}

export function selectAssessmentEvidence(db: Db, assessmentId: string): EvidenceRow[] {
  return db
    .prepare('SELECT * FROM evidence WHERE assessment_id = $assessmentId ORDER BY ingested_at, id')
    .all({ assessmentId }) as EvidenceRow[];
}

export function selectAllEvidence(db: Db): EvidenceRow[] {
  return db.prepare('SELECT * FROM evidence ORDER BY ingested_at, id').all() as EvidenceRow[];
}

export function updateEvidenceMetadata(db: Db, id: string, metadata: EvidenceMetadataRow): void {
  db.prepare(
    `UPDATE evidence SET source = $source, acquired_at = $acquired_at, acquired_how = $acquired_how,
       acquired_by = $acquired_by, reliability = $reliability, credibility = $credibility,
       restricted = $restricted, notes = $notes
     WHERE id = $id`,
  ).run({ id, ...metadata });
}

export function deleteEvidence(db: Db, id: string): void {
  db.prepare('DELETE FROM evidence WHERE id = $id').run({ id });
}

export function countBlobReferences(db: Db, blobAddress: string): number {
  return db
    .prepare('SELECT count(*) FROM evidence WHERE blob_address = $blobAddress')
    .pluck()
    .get({ blobAddress }) as number;
}

export function insertLink(db: Db, evidenceId: string, questionId: string, at: string, by: string): boolean {
  return (
    db
      .prepare(
        `INSERT INTO evidence_links (evidence_id, question_id, linked_at, linked_by)
         VALUES ($evidenceId, $questionId, $at, $by) ON CONFLICT DO NOTHING`,
      )
      .run({ evidenceId, questionId, at, by }).changes === 1
  );
}

export function deleteLink(db: Db, evidenceId: string, questionId: string): boolean {
  return (
    db
      .prepare('DELETE FROM evidence_links WHERE evidence_id = $evidenceId AND question_id = $questionId')
      .run({ evidenceId, questionId }).changes === 1
  );
}

export function selectLinks(db: Db, evidenceId: string): string[] {
  return db
    .prepare('SELECT question_id FROM evidence_links WHERE evidence_id = $evidenceId ORDER BY question_id')
    .pluck()
    .all({ evidenceId }) as string[];
}

/** Evidence ids linked to each question of an assessment. */
export function selectAssessmentLinks(db: Db, assessmentId: string): Map<string, string[]> {
  const rows = db
    .prepare(
      `SELECT l.question_id, l.evidence_id FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
       WHERE e.assessment_id = $assessmentId ORDER BY l.question_id, l.evidence_id`,
    )
    .all({ assessmentId }) as { question_id: string; evidence_id: string }[];
  const links = new Map<string, string[]>();
  for (const row of rows)
    links.set(row.question_id, [...(links.get(row.question_id) ?? []), row.evidence_id]);
  return links;
}
