import type { Db } from './openDatabase';

export interface WorkspaceSettingsRow {
  screening_max_list_age_days: number;
  backup_keep_count: number;
  idle_lock_minutes: number;
  updated_at: string;
  updated_by: string;
}

/** The stored settings; undefined while every setting still has its default. */
export function selectWorkspaceSettings(db: Db): WorkspaceSettingsRow | undefined {
  return db
    .prepare(
      `SELECT screening_max_list_age_days, backup_keep_count, idle_lock_minutes, updated_at, updated_by
       FROM workspace_settings WHERE id = 1`,
    )
    .get() as WorkspaceSettingsRow | undefined;
}

export function upsertWorkspaceSettings(db: Db, row: WorkspaceSettingsRow): void {
  db.prepare(
    `INSERT INTO workspace_settings
       (id, screening_max_list_age_days, backup_keep_count, idle_lock_minutes, updated_at, updated_by)
     VALUES
       (1, $screening_max_list_age_days, $backup_keep_count, $idle_lock_minutes, $updated_at, $updated_by)
     ON CONFLICT (id) DO UPDATE SET
       screening_max_list_age_days = excluded.screening_max_list_age_days,
       backup_keep_count = excluded.backup_keep_count,
       idle_lock_minutes = excluded.idle_lock_minutes,
       updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(row);
}
