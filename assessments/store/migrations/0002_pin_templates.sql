-- Templates an assessment was answered against, stored exactly as hashed, so a later template
-- change never alters an existing assessment and the pin can be re-verified.
CREATE TABLE templates (
  hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
  template_id TEXT NOT NULL,
  version TEXT NOT NULL,
  title TEXT NOT NULL,
  canonical_json TEXT NOT NULL,
  added_at TEXT NOT NULL
) STRICT;

CREATE INDEX templates_id_version ON templates (template_id, version);

ALTER TABLE assessments ADD COLUMN template_hash TEXT REFERENCES templates (hash);

-- The free-text note beside a structured answer ("single + text" questions).
ALTER TABLE answers ADD COLUMN note TEXT;
