import type { Db } from './openDatabase';

export interface AnswerRow {
  assessment_id: string;
  question_id: string;
  value_json: string;
  note: string | null;
  revision: number;
  answered_by: string;
  answered_at: string;
}

export function selectAnswers(db: Db, assessmentId: string): AnswerRow[] {
  return db
    .prepare('SELECT * FROM answers WHERE assessment_id = $assessmentId ORDER BY question_id')
    .all({ assessmentId }) as AnswerRow[];
}

/** Inserts or replaces the answer and returns the new revision number. */
export function upsertAnswer(db: Db, row: Omit<AnswerRow, 'revision'>): number {
  const result = db
    .prepare(
      `INSERT INTO answers (assessment_id, question_id, value_json, note, revision, answered_by, answered_at)
       VALUES ($assessment_id, $question_id, $value_json, $note, 1, $answered_by, $answered_at)
       ON CONFLICT (assessment_id, question_id) DO UPDATE SET
         value_json = excluded.value_json,
         note = excluded.note,
         revision = answers.revision + 1,
         answered_by = excluded.answered_by,
         answered_at = excluded.answered_at
       RETURNING revision`,
    )
    .get(row) as { revision: number };
  return result.revision;
}
