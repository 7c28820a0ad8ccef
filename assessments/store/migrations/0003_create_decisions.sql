-- A reasoned decision on an assessment: the computed outcome it was taken against, the final
-- recommendation, its rationale and conditions. A later answer change marks it stale (stale_since).
CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  computed_tier TEXT NOT NULL CHECK (computed_tier IN ('Low', 'Medium', 'High', 'Unacceptable')),
  computed_recommendation TEXT NOT NULL
    CHECK (computed_recommendation IN ('approve', 'approve-with-conditions', 'refer', 'deny')),
  final_recommendation TEXT NOT NULL
    CHECK (final_recommendation IN ('approve', 'approve-with-conditions', 'refer', 'deny')),
  rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
  override_justification TEXT
    CHECK (final_recommendation = computed_recommendation OR length(trim(override_justification)) > 0),
  review_date TEXT,
  -- The scoring result the decision was taken against, as canonical JSON, so it can be shown and
  -- signed exactly as it was.
  scoring_result_json TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  stale_since TEXT
) STRICT;

CREATE INDEX decisions_assessment ON decisions (assessment_id, decided_at DESC);

CREATE TABLE decision_conditions (
  decision_id TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  category TEXT NOT NULL
    CHECK (category IN ('contract-clause', 'technical-safeguard', 'post-shipment-verification', 'reporting-duty', 'other')),
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;
