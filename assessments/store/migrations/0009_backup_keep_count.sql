-- How many automatic backups (made on lock and on quit, at most one an hour) the workspace keeps in
-- backups/; 0 turns automatic backups off. Manual backups are never removed.
ALTER TABLE workspace_settings
  ADD COLUMN backup_keep_count INTEGER NOT NULL DEFAULT 10 CHECK (backup_keep_count BETWEEN 0 AND 100);
