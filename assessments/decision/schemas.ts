import * as z from 'zod';
import { assessmentIdSchema } from '../assessment/schemas';
import { recommendationSchema, tierSchema } from '../questionnaire/templateSchema';

export const MIN_RATIONALE_LENGTH = 20;

export const CONDITION_CATEGORIES = [
  'contract-clause',
  'technical-safeguard',
  'post-shipment-verification',
  'reporting-duty',
  'other',
] as const;

/**
 * Events that call for a new assessment before any further delivery. Stored by id, so the app and
 * the report word them in the reader's language; decisions recorded before they were stored by id
 * carry them as reporting-duty conditions, as signed.
 */
export const REASSESSMENT_TRIGGERS = ['coup', 'sanctions', 'misuse', 'endUser', 'renewal'] as const;
export const triggerIdSchema = z.enum(REASSESSMENT_TRIGGERS);
export type TriggerId = z.infer<typeof triggerIdSchema>;

export const conditionSchema = z.object({
  category: z.enum(CONDITION_CATEGORIES),
  text: z.string().trim().min(1, 'describe the condition').max(2000),
});

export const recordDecisionInputSchema = z
  .object({
    assessmentId: assessmentIdSchema,
    finalRecommendation: recommendationSchema,
    rationale: z
      .string()
      .trim()
      .min(MIN_RATIONALE_LENGTH, `give the reasons in at least ${MIN_RATIONALE_LENGTH} characters`)
      .max(20_000),
    /** Required when the final recommendation differs from the computed one (checked in the service). */
    overrideJustification: z.string().trim().max(20_000).nullish(),
    conditions: z.array(conditionSchema).max(100).default([]),
    triggers: z.array(triggerIdSchema).max(REASSESSMENT_TRIGGERS.length).default([]),
    reviewDate: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).nullish(),
  })
  .strict();

export const decisionSchema = z.object({
  id: z.uuid(),
  assessmentId: z.string(),
  computedTier: tierSchema,
  computedRecommendation: recommendationSchema,
  finalRecommendation: recommendationSchema,
  rationale: z.string(),
  overrideJustification: z.string().nullable(),
  conditions: z.array(conditionSchema),
  /** Absent from decisions embedded in reports signed before triggers were stored by id. */
  triggers: z.array(triggerIdSchema).default([]),
  reviewDate: z.string().nullable(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  /** When an answer changed after the decision; a stale decision must be taken again. */
  staleSince: z.string().nullable(),
});
