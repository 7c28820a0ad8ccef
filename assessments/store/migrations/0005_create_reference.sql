-- Imported reference data: each import of a file is one dataset version. A file is imported once
-- per kind (same SHA-256 → the existing dataset).
CREATE TABLE reference_datasets (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('un', 'ofac', 'uk', 'opensanctions', 'freedomhouse', 'rsf', 'csv')),
  source_name TEXT NOT NULL CHECK (length(source_name) BETWEEN 1 AND 300),
  vintage TEXT,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  record_count INTEGER NOT NULL CHECK (record_count >= 0),
  entry_count INTEGER NOT NULL CHECK (entry_count >= 0),
  indicator_count INTEGER NOT NULL CHECK (indicator_count >= 0),
  unresolved_countries_json TEXT NOT NULL DEFAULT '[]',
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX reference_datasets_file ON reference_datasets (kind, sha256);

-- Listed persons, entities, vessels and aircraft of a screening-list dataset.
CREATE TABLE reference_entries (
  dataset_id TEXT NOT NULL REFERENCES reference_datasets (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  source_id TEXT NOT NULL,
  entry_type TEXT NOT NULL CHECK (entry_type IN ('individual', 'entity', 'vessel', 'aircraft', 'unknown')),
  name TEXT NOT NULL CHECK (length(name) >= 1),
  entry_json TEXT NOT NULL,
  PRIMARY KEY (dataset_id, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX reference_entries_source ON reference_entries (dataset_id, source_id);

-- Country indicator values of an indicator dataset; country_code is NULL where the source's name
-- matched no ISO 3166-1 code (such names are listed on the dataset).
CREATE TABLE reference_indicators (
  dataset_id TEXT NOT NULL REFERENCES reference_datasets (id) ON DELETE CASCADE,
  country_code TEXT CHECK (country_code IS NULL OR length(country_code) = 2),
  country_name TEXT NOT NULL,
  indicator TEXT NOT NULL,
  year INTEGER NOT NULL,
  value REAL,
  text_value TEXT
) STRICT;

CREATE INDEX reference_indicators_lookup ON reference_indicators (country_code, indicator, year);
CREATE INDEX reference_indicators_dataset ON reference_indicators (dataset_id);

-- Screening of an assessment's parties against chosen datasets. Hits keep a copy of what matched,
-- so they stay readable after a dataset is removed.
CREATE TABLE screening_runs (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  datasets_json TEXT NOT NULL,
  parties_json TEXT NOT NULL,
  threshold REAL NOT NULL CHECK (threshold > 0 AND threshold <= 1),
  run_at TEXT NOT NULL,
  run_by TEXT NOT NULL
) STRICT;

CREATE INDEX screening_runs_assessment ON screening_runs (assessment_id, run_at);

CREATE TABLE screening_hits (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES screening_runs (id) ON DELETE CASCADE,
  party_name TEXT NOT NULL,
  dataset_id TEXT NOT NULL,
  source_id TEXT NOT NULL,
  score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
  hit_json TEXT NOT NULL,
  disposition TEXT CHECK (disposition IS NULL OR disposition IN ('true-match', 'false-positive')),
  reason TEXT,
  decided_by TEXT,
  decided_at TEXT
) STRICT;

CREATE INDEX screening_hits_run ON screening_hits (run_id);
