import * as z from 'zod';
import { readPath } from '../files/pathFields';
import { assessmentIdSchema, questionIdSchema } from '../assessment/schemas';

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** What is known about how an item was obtained (Berkeley Protocol practice; Admiralty grading). */
export const evidenceMetadataSchema = z.object({
  source: z.string().trim().max(2000).default(''),
  acquiredAt: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).nullable().default(null),
  acquiredHow: z.string().trim().max(2000).default(''),
  acquiredBy: z.string().trim().max(200).default(''),
  /** A (reliable) … E (unreliable), F (cannot be judged). */
  reliability: z.enum(RELIABILITY_GRADES).nullable().default(null),
  /** 1 (confirmed) … 5 (improbable), 6 (cannot be judged). */
  credibility: z.number().int().min(1).max(6).nullable().default(null),
  /** Restricted items appear in shareable reports by hash only. */
  restricted: z.boolean().default(false),
  notes: z.string().max(20_000).default(''),
});

export const ingestEvidenceInputSchema = z.object({
  assessmentId: assessmentIdSchema,
  path: readPath('choose the evidence file', { stream: true }),
  metadata: evidenceMetadataSchema.partial().default({}),
  questionIds: z.array(questionIdSchema).max(100).default([]),
});

export const evidenceItemSchema = evidenceMetadataSchema.extend({
  id: z.uuid(),
  assessmentId: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int().min(0),
  mimeType: z.string(),
  originalName: z.string(),
  ingestedAt: z.string(),
  ingestedBy: z.string(),
  questionIds: z.array(z.string()),
});

export const updateEvidenceInputSchema = z.object({
  evidenceId: z.uuid(),
  metadata: evidenceMetadataSchema.partial(),
});

export const linkEvidenceInputSchema = z.object({
  evidenceId: z.uuid(),
  questionId: questionIdSchema,
  linked: z.boolean(),
});

/** Many link changes applied together: all of them, or none when any is refused. */
export const linkEvidenceBatchInputSchema = z.object({
  assessmentId: assessmentIdSchema,
  changes: z
    .array(linkEvidenceInputSchema)
    .min(1, 'choose at least one link to change')
    .max(10_000, 'change at most 10,000 links at once'),
});

export const vaultReportSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  missing: z.array(z.object({ evidenceId: z.string(), address: z.string() })),
  corrupted: z.array(z.object({ evidenceId: z.string(), address: z.string(), reason: z.string() })),
  orphaned: z.array(z.string()),
});
