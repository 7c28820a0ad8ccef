import type { Db } from './openDatabase';

export interface DecisionRow {
  id: string;
  assessment_id: string;
  computed_tier: string;
  computed_recommendation: string;
  final_recommendation: string;
  rationale: string;
  override_justification: string | null;
  review_date: string | null;
  scoring_result_json: string;
  decided_by: string;
  decided_at: string;
  stale_since: string | null;
}

export interface ConditionRow {
  decision_id: string;
  position: number;
  category: string;
  text: string;
}

export interface TriggerRow {
  decision_id: string;
  trigger_id: string;
}

export function insertDecision(
  db: Db,
  row: DecisionRow,
  conditions: readonly ConditionRow[],
  triggers: readonly TriggerRow[],
): void {
  db.prepare(
    `INSERT INTO decisions
       (id, assessment_id, computed_tier, computed_recommendation, final_recommendation, rationale,
        override_justification, review_date, scoring_result_json, decided_by, decided_at, stale_since)
     VALUES
       ($id, $assessment_id, $computed_tier, $computed_recommendation, $final_recommendation, $rationale,
        $override_justification, $review_date, $scoring_result_json, $decided_by, $decided_at, $stale_since)`,
  ).run(row);
  const insertCondition = db.prepare(
    `INSERT INTO decision_conditions (decision_id, position, category, text)
     VALUES ($decision_id, $position, $category, $text)`,
  );
  for (const condition of conditions) insertCondition.run(condition);
  const insertTrigger = db.prepare(
    `INSERT INTO decision_triggers (decision_id, trigger_id) VALUES ($decision_id, $trigger_id)`,
  );
  for (const trigger of triggers) insertTrigger.run(trigger);
}

export function selectLatestDecision(db: Db, assessmentId: string): DecisionRow | undefined {
  return db
    .prepare(
      'SELECT * FROM decisions WHERE assessment_id = $assessmentId ORDER BY decided_at DESC, rowid DESC LIMIT 1',
    )
    .get({ assessmentId }) as DecisionRow | undefined;
}

export function selectConditions(db: Db, decisionId: string): ConditionRow[] {
  return db
    .prepare('SELECT * FROM decision_conditions WHERE decision_id = $decisionId ORDER BY position')
    .all({ decisionId }) as ConditionRow[];
}

export function selectTriggerIds(db: Db, decisionId: string): string[] {
  return (
    db
      .prepare('SELECT trigger_id FROM decision_triggers WHERE decision_id = $decisionId')
      .all({ decisionId }) as Pick<TriggerRow, 'trigger_id'>[]
  ).map((row) => row.trigger_id);
}

/** Marks the current decision stale; returns its id when it was fresh until now. */
export function markLatestDecisionStale(db: Db, assessmentId: string, at: string): string | null {
  const latest = selectLatestDecision(db, assessmentId);
  if (!latest || latest.stale_since !== null) return null;
  db.prepare('UPDATE decisions SET stale_since = $at WHERE id = $id').run({ id: latest.id, at });
  return latest.id;
}
