-- An archived assessment leaves the everyday list but keeps every record: exporters must be able to
-- produce their due-diligence files for years after the export, so nothing here is ever deleted.
-- NULL means the assessment is in use; otherwise the time it was archived.
ALTER TABLE assessments ADD COLUMN archived_at TEXT;
