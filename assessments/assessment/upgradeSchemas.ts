import * as z from 'zod';
import { scoringResultSchema } from '../scoring/resultSchema';
import { assessmentIdSchema, assessmentSummarySchema, templateRefSchema } from './schemas';

export const upgradeAssessmentInputSchema = z.object({
  assessmentId: assessmentIdSchema,
  /** Defaults to the template the assessment is pinned to: an upgrade never changes template. */
  templateId: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a template id')
    .optional(),
  /** Defaults to the newest version of that template in the library. */
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 1.1.0')
    .optional(),
});

const droppedAnswerSchema = z.object({
  questionId: z.string(),
  reason: z.enum(['question_removed', 'value_invalid']),
  /** What the new version expects instead, in words (e.g. `expected one of "a", "b"`). */
  message: z.string(),
  value: z.json(),
});

const evidenceLinkSchema = z.object({ evidenceId: z.string(), questionId: z.string() });

/** A scoring result with the template it was computed against, for a before/after comparison. */
const outcomeSchema = z.object({ templateRef: z.string(), result: scoringResultSchema });

export const upgradePlanSchema = z.object({
  assessmentId: assessmentIdSchema,
  from: templateRefSchema,
  to: templateRefSchema,
  /** Answers copied to the new version, in the new template's question order. */
  carried: z.array(z.string()),
  dropped: z.array(droppedAnswerSchema),
  /** Questions of the new version that the old one did not have. */
  newQuestions: z.array(z.string()),
  /** Questions present in both whose definition (text, options, weights, conditions) differs. */
  changedQuestions: z.array(z.string()),
  /** What the assessor has to answer in the new version: new questions and dropped answers. */
  toAnswer: z.array(z.string()),
  evidence: z.object({
    /** Every evidence item of the old version is carried; only links to removed questions are not. */
    items: z.number().int().min(0),
    links: z.array(evidenceLinkSchema),
    droppedLinks: z.array(evidenceLinkSchema),
  }),
  before: outcomeSchema,
  after: outcomeSchema,
});

export const upgradeResultSchema = z.object({
  /** The new version: a new assessment, in draft, without a decision. */
  assessment: assessmentSummarySchema,
  previousAssessmentId: assessmentIdSchema,
  plan: upgradePlanSchema,
});
