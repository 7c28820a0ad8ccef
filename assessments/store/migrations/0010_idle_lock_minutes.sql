-- Minutes without a user-initiated call after which an unlocked workspace locks itself.
-- It was a per-browser choice before; the window moves a value it finds there once.
ALTER TABLE workspace_settings
  ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (idle_lock_minutes BETWEEN 1 AND 1440);
