import * as z from 'zod';
import { readPath, writeFolder, writePath } from '../../files/pathFields';
const passphraseInputSchema = z.string().min(1, 'enter the passphrase').max(1024);

export const backupInputSchema = z.object({ path: writePath('choose where to save the backup') }).strict();

export const writtenBackupSchema = z.object({
  path: z.string(),
  backupId: z.string(),
  createdAt: z.string(),
  size: z.number().int(),
  members: z.number().int(),
  contentBytes: z.number().int(),
});

export const backupListItemSchema = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['manual', 'automatic']),
  createdAt: z.string(),
  size: z.number().int(),
  /** Set when the file's preamble cannot be read: the file is listed but cannot be restored. */
  problem: z.string().nullable(),
});

export const backupListSchema = z.object({
  directory: z.string(),
  keepCount: z.number().int(),
  /** An automatic backup started by the last lock is still being written. */
  pending: z.boolean(),
  lastError: z.string().nullable(),
  backups: z.array(backupListItemSchema),
});

export const restoreInputSchema = z
  .object({
    path: readPath('choose the backup file'),
    /** A new or empty folder; absent means this window's own workspace folder (when it is absent). */
    into: writeFolder('choose a new folder').optional(),
    passphrase: passphraseInputSchema,
  })
  .strict();

export const restoreResultSchema = z.object({
  directory: z.string(),
  workspaceId: z.string(),
  backupId: z.string(),
  backupCreatedAt: z.string(),
  members: z.number().int(),
  evidenceBlobs: z.number().int(),
  auditEvents: z.number().int(),
});
