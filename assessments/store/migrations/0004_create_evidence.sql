-- Evidence items of an assessment. The encrypted content lives in the vault under blob_address;
-- several items (in different assessments) may share one blob. Custody events are audit events
-- with subject_type 'evidence'.
CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  blob_address TEXT NOT NULL CHECK (length(blob_address) = 64),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  mime_type TEXT NOT NULL,
  original_name TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  acquired_at TEXT,
  acquired_how TEXT NOT NULL DEFAULT '',
  acquired_by TEXT NOT NULL DEFAULT '',
  -- Source reliability (A–F) and information credibility (1–6), the Admiralty grading.
  reliability TEXT CHECK (reliability IS NULL OR reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility INTEGER CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6),
  restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL,
  ingested_by TEXT NOT NULL
) STRICT;

CREATE INDEX evidence_assessment ON evidence (assessment_id);
CREATE INDEX evidence_blob ON evidence (blob_address);
CREATE UNIQUE INDEX evidence_once_per_assessment ON evidence (assessment_id, sha256);

CREATE TABLE evidence_links (
  evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  linked_at TEXT NOT NULL,
  linked_by TEXT NOT NULL,
  PRIMARY KEY (evidence_id, question_id)
) STRICT, WITHOUT ROWID;
