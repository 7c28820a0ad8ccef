import * as z from 'zod';

export const DEFAULT_MAX_LIST_AGE_DAYS = 90;
export const MIN_MAX_LIST_AGE_DAYS = 1;
/** Ten years: beyond that a list is no evidence of anything current. */
export const MAX_MAX_LIST_AGE_DAYS = 3650;

const rangeMessage = `expected a whole number of days from ${MIN_MAX_LIST_AGE_DAYS} to ${MAX_MAX_LIST_AGE_DAYS}`;

/**
 * How old a screening list may be, in days between its publication date and the decision, before
 * the report warns that it was out of date.
 */
export const maxListAgeDaysSchema = z
  .number({ error: rangeMessage })
  .int(rangeMessage)
  .min(MIN_MAX_LIST_AGE_DAYS, rangeMessage)
  .max(MAX_MAX_LIST_AGE_DAYS, rangeMessage);

export const DEFAULT_BACKUP_KEEP_COUNT = 10;
export const MAX_BACKUP_KEEP_COUNT = 100;

const keepMessage = `expected a whole number of backups from 0 (no automatic backups) to ${MAX_BACKUP_KEEP_COUNT}`;

/** How many automatic backups (on lock and on quit, at most one an hour) are kept; 0 turns them off. */
export const backupKeepCountSchema = z
  .number({ error: keepMessage })
  .int(keepMessage)
  .min(0, keepMessage)
  .max(MAX_BACKUP_KEEP_COUNT, keepMessage);

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
/** A day: longer is no lock at all. */
export const MAX_IDLE_LOCK_MINUTES = 1440;

const idleMessage = `expected a whole number of minutes from 1 to ${MAX_IDLE_LOCK_MINUTES}`;

/**
 * Minutes without a user-initiated call (status polls do not count) after which the core locks an
 * unlocked workspace by itself, on every transport.
 */
export const idleLockMinutesSchema = z
  .number({ error: idleMessage })
  .int(idleMessage)
  .min(1, idleMessage)
  .max(MAX_IDLE_LOCK_MINUTES, idleMessage);

/**
 * The workspace's settings; each has a default, so a new workspace needs none stored. Settings added
 * after the first are optional on input: a caller that does not name one leaves it as it is.
 */
export const workspaceSettingsSchema = z.object({
  screeningMaxListAgeDays: maxListAgeDaysSchema,
  backupKeepCount: backupKeepCountSchema.optional(),
  idleLockMinutes: idleLockMinutesSchema.optional(),
});

export type WorkspaceSettingsInput = z.output<typeof workspaceSettingsSchema>;
export type WorkspaceSettings = Required<WorkspaceSettingsInput>;

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = {
  screeningMaxListAgeDays: DEFAULT_MAX_LIST_AGE_DAYS,
  backupKeepCount: DEFAULT_BACKUP_KEEP_COUNT,
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
};
