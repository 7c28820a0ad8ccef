-- The events on which a decision asks for a new assessment, by id (their wording is the reader's
-- language). Decisions recorded before keep them as the reporting-duty conditions they were signed as.
CREATE TABLE decision_triggers (
  decision_id TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  trigger_id TEXT NOT NULL CHECK (trigger_id IN ('coup', 'sanctions', 'misuse', 'endUser', 'renewal')),
  PRIMARY KEY (decision_id, trigger_id)
) STRICT, WITHOUT ROWID;
