import { AppError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import { selectWorkspaceSettings, upsertWorkspaceSettings } from '../store/settingsRows';
import type { Unlocked } from '../store/unlocked';
import { DEFAULT_WORKSPACE_SETTINGS, workspaceSettingsSchema, type WorkspaceSettings } from './schemas';

export interface SettingsDeps {
  ws: Unlocked;
  clock: Clock;
}

/** The workspace's settings, defaults filled in for any never changed. */
export function getWorkspaceSettings({ ws }: Pick<SettingsDeps, 'ws'>): WorkspaceSettings {
  const row = selectWorkspaceSettings(ws.db);
  if (!row) return { ...DEFAULT_WORKSPACE_SETTINGS };
  return {
    screeningMaxListAgeDays: row.screening_max_list_age_days,
    backupKeepCount: row.backup_keep_count,
    idleLockMinutes: row.idle_lock_minutes,
  };
}

/**
 * Replaces the workspace's settings after checking them, and records what changed in the audit
 * trail in the same transaction. Setting the values already in force writes nothing.
 */
export function setWorkspaceSettings({ ws, clock }: SettingsDeps, input: unknown): WorkspaceSettings {
  const parsed = workspaceSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    throw new AppError(
      'invalid_input',
      `Invalid workspace settings: ${issues.map((issue) => `${issue.path || '(input)'}: ${issue.message}`).join('; ')}.`,
      { issues },
    );
  }
  const at = clock.now();
  return ws.db.transaction(() => {
    const current = getWorkspaceSettings({ ws });
    const next: WorkspaceSettings = {
      screeningMaxListAgeDays: parsed.data.screeningMaxListAgeDays,
      backupKeepCount: parsed.data.backupKeepCount ?? current.backupKeepCount,
      idleLockMinutes: parsed.data.idleLockMinutes ?? current.idleLockMinutes,
    };
    const changes = Object.fromEntries(
      (Object.keys(next) as (keyof WorkspaceSettings)[])
        .filter((key) => next[key] !== current[key])
        .map((key) => [key, { from: current[key], to: next[key] }]),
    );
    if (Object.keys(changes).length === 0) return current;
    upsertWorkspaceSettings(ws.db, {
      screening_max_list_age_days: next.screeningMaxListAgeDays,
      backup_keep_count: next.backupKeepCount,
      idle_lock_minutes: next.idleLockMinutes,
      updated_at: at.toISOString(),
      updated_by: ws.actor,
    });
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'settings.changed',
        subjectType: 'workspace',
        subjectId: ws.workspaceId,
        payload: { changes },
      },
      at,
    );
    return next;
  })();
}
