import * as z from 'zod';
import {
  RISK_MAX,
  mappingSchema,
  recommendationSchema,
  redFlagCodeSchema,
  tierSchema,
} from '../questionnaire/templateSchema';
import { trailMessageSchema } from './trail/trailMessage';

/**
 * What `scoreAssessment` returns, as a schema so it can be a contract output and a verifier can
 * check an embedded result. Every list of question ids is in template (document) order; every list
 * of evidence ids is sorted; numbers are rounded to two decimals so the JSON is byte-stable.
 */

const band = z.number().int().min(1).max(5);
const percent = z.number().min(0).max(100);
const count = z.number().int().min(0);
const questionIds = z.array(z.string());

export const questionScoreSchema = z
  .object({
    questionId: z.string(),
    section: z.string(),
    importance: z.number().int().min(1).max(3),
    risk: z.number().int().min(0).max(RISK_MAX),
    /** Plain words: which rule turned the answer into this risk. */
    rule: z.string(),
    unknown: z.boolean(),
  })
  .strict();
export type QuestionScore = z.infer<typeof questionScoreSchema>;

export const sectionScoreSchema = z
  .object({
    section: z.string(),
    /** 100 × Σ(imp·r) / Σ(imp·4) over answered questions; null while none is answered. */
    score: percent.nullable(),
    answered: count,
    /** Visible scored questions, answered or not. */
    scored: count,
    unknown: count,
    /** Visible scored questions without a usable answer: excluded from `score`, they block finalisation. */
    missing: questionIds,
  })
  .strict();
export type SectionScore = z.infer<typeof sectionScoreSchema>;

export const severityResultSchema = z
  .object({
    band,
    /** Max of the dimensions (each limited by any cap that holds) before floors. */
    dimensionBand: band,
    /** The assessor's point per dimension; null when hidden, unanswered or Unknown. */
    dimensions: z.record(z.string(), z.number().int().nullable()),
    /** Visible dimensions without a usable answer, counted at the scale's pessimistic point. */
    assumedDimensions: questionIds,
    /** Every floor whose condition holds, whether or not it raised the band. */
    floorsApplied: z.array(z.object({ id: z.string(), atLeast: band, reason: z.string() }).strict()),
    /**
     * Methodology 1.1, present only when the template has `severity.caps`: every cap whose condition
     * holds on a visible dimension, in template order, whether or not it lowered that dimension.
     */
    capsApplied: z
      .array(z.object({ id: z.string(), dimension: z.string(), atMost: band, reason: z.string() }).strict())
      .optional(),
  })
  .strict();
export type SeverityResult = z.infer<typeof severityResultSchema>;

export const likelihoodResultSchema = z
  .object({
    /** L = Σ weight × S(component). */
    score: percent,
    computedBand: band,
    /** Ids of `actual` rules that hold; any pins the final band at 5. */
    actualMisuse: z.array(z.string()),
    assessorBand: band.nullable(),
    /** The move the assessor's judgement actually made (after clamping to ±1). */
    assessorMove: z.number().int().min(-1).max(1),
    assessorClamped: z.boolean(),
    finalBand: band,
    mitigationCreditApplied: z.boolean(),
  })
  .strict();
export type LikelihoodResult = z.infer<typeof likelihoodResultSchema>;

export const triggeredFlagSchema = z
  .object({
    id: z.string(),
    code: redFlagCodeSchema,
    questionId: z.string(),
    section: z.string(),
    message: z.string(),
    basis: z.array(mappingSchema),
  })
  .strict();
export type TriggeredFlag = z.infer<typeof triggeredFlagSchema>;

export const OVERRIDE_STEPS = ['STOP', 'NOTIFY', 'ESC', 'cumulative', 'GAP'] as const;
export const overrideSchema = z
  .object({ step: z.enum(OVERRIDE_STEPS), from: tierSchema, to: tierSchema, reason: z.string() })
  .strict();
export type Override = z.infer<typeof overrideSchema>;

export const gapsSchema = z
  .object({
    unknownAnswers: questionIds,
    missingRequired: questionIds,
    missingEvidence: questionIds,
    openGapFlags: z.array(z.string()),
  })
  .strict();
export type Gaps = z.infer<typeof gapsSchema>;

export const EXPLANATION_KINDS = [
  'severity',
  'cap',
  'floor',
  'likelihood',
  'assessor',
  'mitigation',
  'actual',
  'matrix',
  'flag',
  'override',
  'gate',
] as const;
export const explanationStepSchema = z
  .object({
    kind: z.enum(EXPLANATION_KINDS),
    text: z.string(),
    questionIds,
    /** The same sentence as a key and arguments, for the reader's language (scoring 1.1 onwards). */
    message: trailMessageSchema.optional(),
    /** Present when evidence is linked to any of the step's questions. */
    evidenceIds: z.array(z.string()).optional(),
  })
  .strict();
export type ExplanationStep = z.infer<typeof explanationStepSchema>;

export const scoringResultSchema = z
  .object({
    configVersion: z.string(),
    template: z.object({ id: z.string(), version: z.string() }).strict(),
    tier: tierSchema,
    recommendation: recommendationSchema,
    /** The GAP gate fired: status "Incomplete — Refer". */
    incomplete: z.boolean(),
    /** No GAP gate, no missing required answer, no missing evidence. */
    finalisable: z.boolean(),
    matrixTier: tierSchema,
    severity: severityResultSchema,
    likelihood: likelihoodResultSchema,
    sections: z.array(sectionScoreSchema),
    questions: z.array(questionScoreSchema),
    flags: z.array(triggeredFlagSchema),
    notification: z.object({ required: z.boolean(), flagIds: z.array(z.string()) }).strict(),
    overrides: z.array(overrideSchema),
    gaps: gapsSchema,
    explanation: z.array(explanationStepSchema),
    /**
     * Methodology 1.1, present only when the template has `scoring.revisit`: the prompts whose
     * condition holds, in template order.
     */
    revisit: z
      .array(z.object({ id: z.string(), questionId: z.string(), reason: z.string() }).strict())
      .optional(),
  })
  .strict();
export type ScoringResult = z.infer<typeof scoringResultSchema>;
export type RevisitPromptResult = NonNullable<ScoringResult['revisit']>[number];
export type CapApplied = NonNullable<SeverityResult['capsApplied']>[number];
