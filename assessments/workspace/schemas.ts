import { z } from 'zod';

/** Long enough that scrypt makes guessing expensive; the UI shows a strength meter on top. */
export const MIN_PASSPHRASE_LENGTH = 10;

export const passphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `the passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters`)
  .max(1024);

export const assessorNameSchema = z.string().trim().min(1, 'enter your name').max(200);

export const workspaceStatusSchema = z.object({
  state: z.enum(['absent', 'locked', 'unlocked']),
  directory: z.string(),
  workspaceId: z.string().nullable(),
  assessorName: z.string().nullable(),
});

export const createWorkspaceInputSchema = z.object({
  passphrase: passphraseSchema,
  assessorName: assessorNameSchema,
});

export const unlockWorkspaceInputSchema = z.object({ passphrase: z.string().min(1).max(1024) });

export const changePassphraseInputSchema = z
  .object({ current: z.string().min(1).max(1024), next: passphraseSchema })
  .refine((value) => value.current !== value.next, {
    path: ['next'],
    message: 'the new passphrase must differ from the current one',
  });

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  headSeq: z.number().int(),
  headHash: z.string(),
  firstBreak: z
    .object({
      seq: z.number().int(),
      action: z.string().nullable(),
      at: z.string().nullable(),
      reason: z.string(),
    })
    .nullable(),
});

export const workspaceVerificationSchema = z.object({
  ok: z.boolean(),
  encryption: z.object({ ok: z.boolean(), message: z.string() }),
  integrity: z.object({ ok: z.boolean(), messages: z.array(z.string()) }),
  audit: auditVerificationSchema,
});
