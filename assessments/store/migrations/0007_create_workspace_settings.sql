-- Workspace-wide settings, one typed column each. No row until a setting is first changed: until
-- then every setting has its default (assessments/settings/schemas.ts).
CREATE TABLE workspace_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- A screening list published longer ago than this, at the decision, is flagged in the report.
  screening_max_list_age_days INTEGER NOT NULL CHECK (screening_max_list_age_days BETWEEN 1 AND 3650),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
