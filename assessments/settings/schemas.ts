import { z } from 'zod';

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

/** The workspace's settings; each has a default, so a new workspace needs none stored. */
export const workspaceSettingsSchema = z.object({
  screeningMaxListAgeDays: maxListAgeDaysSchema,
});

export type WorkspaceSettings = z.output<typeof workspaceSettingsSchema>;

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = {
  screeningMaxListAgeDays: DEFAULT_MAX_LIST_AGE_DAYS,
};
