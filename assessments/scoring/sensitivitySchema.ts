import * as z from 'zod';
import { recommendationSchema, tierSchema } from '../questionnaire/templateSchema';

/**
 * What a result takes for granted and which single answers would move its tier: an analysis read
 * beside the scoring result, never stored in it, so a frozen result keeps its exact bytes. Every
 * entry carries structured fields only; the reader's language turns each kind into a sentence.
 */

const questionIds = z.array(z.string());
const percent = z.number().min(0).max(100);

export const assumptionSchema = z.discriminatedUnion('kind', [
  /** Severity dimensions without a usable answer, counted at the scale's pessimistic point. */
  z
    .object({
      kind: z.literal('severityAssumed'),
      reason: z.enum(['unanswered', 'unknown']),
      section: z.string(),
      questionIds,
      /** The highest point assumed for these dimensions (after any cap). */
      value: z.number().int().min(1).max(5),
    })
    .strict(),
  /** Scored questions of a likelihood component left out because they are unanswered. */
  z
    .object({
      kind: z.literal('likelihoodAssumed'),
      section: z.string(),
      questionIds,
      /** None of the component's questions is answered, so it adds 0 to L. */
      noneAnswered: z.boolean(),
    })
    .strict(),
  /** Answers of "Unknown" scored at the template's Unknown risk. */
  z
    .object({
      kind: z.literal('unknownAnswer'),
      section: z.string(),
      questionIds,
      risk: z.number().int().min(0).max(4),
    })
    .strict(),
  /** An open GAP flag: the tier cannot be below High and the recommendation is at least refer. */
  z.object({ kind: z.literal('gapFlag'), flagId: z.string(), section: z.string(), questionIds }).strict(),
  /** Too many Unknown answers in the gate's sections: the same effect as a GAP flag. */
  z
    .object({
      kind: z.literal('unknownGate'),
      sections: z.array(z.string()),
      questionIds,
      share: percent,
      maxShare: percent,
    })
    .strict(),
]);
export type Assumption = z.infer<typeof assumptionSchema>;
export type AssumptionKind = Assumption['kind'];

/** An answer value a single-answer variant can hold: an option, yes/no, a scale point, a selection. */
export const variantValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);
export type VariantValue = z.infer<typeof variantValueSchema>;

export const tierChangerSchema = z
  .object({
    questionId: z.string(),
    section: z.string(),
    /** The current answer; null when the question is unanswered. */
    fromAnswer: variantValueSchema.nullable(),
    toAnswer: variantValueSchema,
    tier: tierSchema,
    recommendation: recommendationSchema,
  })
  .strict();
export type TierChanger = z.infer<typeof tierChangerSchema>;

export const sensitivitySchema = z
  .object({
    assumptions: z.array(assumptionSchema),
    tierChangers: z.array(tierChangerSchema),
    /** Single-answer variants scored to find the tier changers. */
    variants: z.number().int().min(0),
    /** More answers would change the tier than `tierChangers` lists. */
    truncated: z.boolean(),
  })
  .strict();
export type Sensitivity = z.infer<typeof sensitivitySchema>;
