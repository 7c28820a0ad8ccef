import { z } from 'zod';
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
  reviewDate: z.string().nullable(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  /** When an answer changed after the decision; a stale decision must be taken again. */
  staleSince: z.string().nullable(),
});
