import type { Db } from './openDatabase';

export interface AssessmentRow {
  id: string;
  title: string;
  destination_country: string | null;
  end_user_name: string | null;
  product_description: string | null;
  status: 'draft' | 'in_review' | 'decided' | 'signed';
  template_hash: string | null;
  /** The assessment this one is a later version of (see migration 0008). */
  previous_assessment_id: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  /** When the assessment was archived (migration 0011); null while it is in use. */
  archived_at: string | null;
}

export function insertAssessment(db: Db, row: AssessmentRow): void {
  db.prepare(
    `INSERT INTO assessments
       (id, title, destination_country, end_user_name, product_description, status, template_hash,
        previous_assessment_id, created_at, created_by, updated_at, archived_at)
     VALUES
       ($id, $title, $destination_country, $end_user_name, $product_description, $status, $template_hash,
        $previous_assessment_id, $created_at, $created_by, $updated_at, $archived_at)`,
  ).run(row);
}

export function selectAssessment(db: Db, id: string): AssessmentRow | undefined {
  return db.prepare('SELECT * FROM assessments WHERE id = $id').get({ id }) as AssessmentRow | undefined;
}

/** The assessment that continues `id` (its next version), if one was made. */
export function selectNextVersion(db: Db, id: string): AssessmentRow | undefined {
  return db.prepare('SELECT * FROM assessments WHERE previous_assessment_id = $id').get({ id }) as
    AssessmentRow | undefined;
}

export function selectAssessments(db: Db): AssessmentRow[] {
  return db.prepare('SELECT * FROM assessments ORDER BY updated_at DESC, id').all() as AssessmentRow[];
}

export function touchAssessment(db: Db, id: string, updatedAt: string): void {
  db.prepare('UPDATE assessments SET updated_at = $updatedAt WHERE id = $id').run({ id, updatedAt });
}

export function setAssessmentStatus(
  db: Db,
  id: string,
  status: AssessmentRow['status'],
  updatedAt: string,
): void {
  db.prepare('UPDATE assessments SET status = $status, updated_at = $updatedAt WHERE id = $id').run({
    id,
    status,
    updatedAt,
  });
}

export function updateAssessmentTitle(db: Db, id: string, title: string, updatedAt: string): void {
  db.prepare('UPDATE assessments SET title = $title, updated_at = $updatedAt WHERE id = $id').run({
    id,
    title,
    updatedAt,
  });
}

/** Archiving is not an edit of the assessment, so `updated_at` (the list's "last changed") stays. */
export function setAssessmentArchivedAt(db: Db, id: string, archivedAt: string | null): void {
  db.prepare('UPDATE assessments SET archived_at = $archivedAt WHERE id = $id').run({ id, archivedAt });
}
