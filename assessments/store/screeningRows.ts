import type { Db } from './openDatabase';

export interface ScreeningRunRow {
  id: string;
  assessment_id: string;
  datasets_json: string;
  parties_json: string;
  threshold: number;
  run_at: string;
  run_by: string;
}

export interface ScreeningHitRow {
  id: string;
  run_id: string;
  party_name: string;
  dataset_id: string;
  source_id: string;
  score: number;
  hit_json: string;
  disposition: 'true-match' | 'false-positive' | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

export function insertScreeningRun(db: Db, row: ScreeningRunRow): void {
  db.prepare(
    `INSERT INTO screening_runs (id, assessment_id, datasets_json, parties_json, threshold, run_at, run_by)
     VALUES ($id, $assessment_id, $datasets_json, $parties_json, $threshold, $run_at, $run_by)`,
  ).run(row);
}

export function insertScreeningHits(db: Db, rows: readonly ScreeningHitRow[]): void {
  const statement = db.prepare(
    `INSERT INTO screening_hits
       (id, run_id, party_name, dataset_id, source_id, score, hit_json, disposition, reason, decided_by, decided_at)
     VALUES
       ($id, $run_id, $party_name, $dataset_id, $source_id, $score, $hit_json, $disposition, $reason, $decided_by, $decided_at)`,
  );
  for (const row of rows) statement.run(row);
}

/** Runs of an assessment, newest first. */
export function selectScreeningRuns(db: Db, assessmentId: string): ScreeningRunRow[] {
  return db
    .prepare(
      'SELECT * FROM screening_runs WHERE assessment_id = $assessmentId ORDER BY run_at DESC, rowid DESC',
    )
    .all({ assessmentId }) as ScreeningRunRow[];
}

export function selectScreeningHits(db: Db, runId: string): ScreeningHitRow[] {
  return db
    .prepare('SELECT * FROM screening_hits WHERE run_id = $runId ORDER BY party_name, score DESC, id')
    .all({ runId }) as ScreeningHitRow[];
}

export function selectScreeningHit(
  db: Db,
  id: string,
): (ScreeningHitRow & { assessment_id: string }) | undefined {
  return db
    .prepare(
      `SELECT h.*, r.assessment_id FROM screening_hits h JOIN screening_runs r ON r.id = h.run_id WHERE h.id = $id`,
    )
    .get({ id }) as (ScreeningHitRow & { assessment_id: string }) | undefined;
}

export function updateDisposition(
  db: Db,
  id: string,
  disposition: NonNullable<ScreeningHitRow['disposition']>,
  reason: string,
  by: string,
  at: string,
): void {
  db.prepare(
    `UPDATE screening_hits SET disposition = $disposition, reason = $reason, decided_by = $by, decided_at = $at
     WHERE id = $id`,
  ).run({ id, disposition, reason, by, at });
}
