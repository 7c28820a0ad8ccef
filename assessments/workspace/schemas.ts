import * as z from 'zod';

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
  /** Unlocked but damaged: the UI shows a banner and every write is refused. */
  readOnly: z.boolean().optional(),
  warnings: z.array(z.string()).optional(),
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

/** `passphrase.assess`: the core's strength rule, so the window's meter agrees with what create accepts. */
export const assessPassphraseInputSchema = z.object({
  passphrase: z.string().max(1024),
  /** Words the passphrase should not lean on (the assessor's name). */
  userInputs: z.array(z.string().max(200)).max(10).default([]),
});

export const passphraseAssessmentSchema = z.object({
  score: z.number().int().min(0).max(4),
  required: z.number().int(),
  acceptable: z.boolean(),
  warning: z.string().nullable(),
  suggestions: z.array(z.string()),
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
  checks: z.array(
    z.object({ id: z.string(), status: z.enum(['pass', 'warn', 'fail']), message: z.string() }),
  ),
});
