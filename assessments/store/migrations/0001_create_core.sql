-- Workspace owner profile: who is acting in this workspace (recorded on every audit event).
CREATE TABLE workspace_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  workspace_id TEXT NOT NULL,
  assessor_name TEXT NOT NULL CHECK (length(assessor_name) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  destination_country TEXT CHECK (destination_country IS NULL OR length(destination_country) = 2),
  end_user_name TEXT,
  product_description TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'decided', 'signed')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX assessments_updated_at ON assessments (updated_at DESC);

-- The current answer per question; its history is in audit_events.
CREATE TABLE answers (
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  value_json TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  answered_by TEXT NOT NULL,
  answered_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, question_id)
) STRICT, WITHOUT ROWID;

-- Append-only, hash-chained record of every state change.
CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  payload_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;

CREATE INDEX audit_events_subject ON audit_events (subject_type, subject_id);

-- The newest event, kept beside the chain so that removing the last events is detected too.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
) STRICT;

CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;

CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
