import * as z from 'zod';
import { assessmentIdSchema } from '../assessment/schemas';
import { matchHitSchema } from '../reference/schemas';
import { datasetKindSchema } from '../reference/types';
import type { Template } from '../questionnaire/templateSchema';

/** The template question that records the worst screening outcome. */
export const OUTCOME_QUESTION = 'E3';
/** The template question that records which lists the parties were screened against. */
export const LISTS_QUESTION = 'E2';
/** The type of sealed evidence item a screening run becomes. */
export const SCREENING_RUN_MIME = 'application/vnd.assay.screening-run+json';

type TemplateSections = Pick<Template, 'sections'>;

/**
 * The questions whose answers name the parties to screen: the entity questions of the section that
 * records the screening outcome (the assessment team and signatories elsewhere are not parties).
 * Every entity question when the template has no outcome question.
 */
export function partyQuestionIds(template: TemplateSections): string[] {
  const outcomeSection = template.sections.find((section) =>
    section.questions.some((question) => question.id === OUTCOME_QUESTION),
  );
  return (outcomeSection ? [outcomeSection] : template.sections).flatMap((section) =>
    section.questions.filter((question) => question.type === 'entity').map((question) => question.id),
  );
}

/** The questions a screening run is evidence of (the lists used, the outcome) that the template has. */
export function runEvidenceQuestionIds(template: TemplateSections): string[] {
  const ids = new Set(
    template.sections.flatMap((section) => section.questions.map((question) => question.id)),
  );
  return [LISTS_QUESTION, OUTCOME_QUESTION].filter((id) => ids.has(id));
}

/**
 * Whether the questionnaire offers screening in place at a question: at the party questions and
 * the lists question, only in a template that records a screening outcome. Takes the section of
 * each question id (null for an id the template lacks), as the window's template text gives it.
 */
export function offersScreeningAt(
  question: { id: string; type: string },
  sectionOf: (questionId: string) => string | null,
): boolean {
  const outcomeSection = sectionOf(OUTCOME_QUESTION);
  return (
    outcomeSection !== null &&
    sectionOf(question.id) === outcomeSection &&
    (question.type === 'entity' || question.id === LISTS_QUESTION)
  );
}

export const dispositionSchema = z.enum(['true-match', 'false-positive']);

export const runScreeningInputSchema = z.object({
  assessmentId: assessmentIdSchema,
  /** Datasets to screen against; every screening-list dataset when absent. */
  datasetIds: z.array(z.uuid()).min(1).max(100).optional(),
  threshold: z.number().gt(0).max(1).default(0.85),
});

export const screenedDatasetSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  kind: datasetKindSchema,
  sourceName: z.string(),
  vintage: z.string().nullable(),
  sha256: z.string(),
});

export const screenedPartySchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string(),
  /** The question the party was entered in, or "assessment" for the assessment's end user. */
  source: z.string(),
  /** As entered in the party answer (answers version 2); the birth date also refines matching. */
  birthDate: z.string().optional(),
  nationality: z.string().optional(),
  identifiers: z.array(z.object({ type: z.string(), value: z.string() })).optional(),
});

/** A party entered as not identified: it has no name, so it was not screened. */
export const unidentifiedScreeningPartySchema = z.object({
  role: z.string(),
  reason: z.string().optional(),
  source: z.string(),
});

export const hitRecordSchema = matchHitSchema.extend({
  id: z.uuid(),
  partyName: z.string(),
  disposition: dispositionSchema.nullable(),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

const hitRefSchema = z.object({
  partyName: z.string(),
  sourceName: z.string(),
  sourceId: z.string(),
  entryName: z.string(),
  score: z.number(),
});

export const screeningChangesSchema = z.object({
  previousRunId: z.uuid(),
  newHits: z.array(hitRefSchema),
  goneHits: z.array(hitRefSchema),
  scoreChanged: z.array(hitRefSchema.extend({ previousScore: z.number() })),
  partiesAdded: z.array(z.string()),
  partiesRemoved: z.array(z.string()),
  datasetsAdded: z.array(z.string()),
  datasetsRemoved: z.array(z.string()),
});

/** The worst screening outcome, in the terms of the template's E3 options. */
export const screeningOutcomeSchema = z.enum([
  'no-hits',
  'false-positives-documented',
  'unresolved-match',
  'confirmed-sanctions-match',
]);

export const screeningRunSchema = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  runAt: z.string(),
  runBy: z.string(),
  threshold: z.number(),
  datasets: z.array(screenedDatasetSchema),
  parties: z.array(screenedPartySchema),
  /** Parties entered as not identified: not screened. The core always lists them (optional only so a run built elsewhere, e.g. by a test double, still parses). */
  notIdentified: z.array(unidentifiedScreeningPartySchema).optional(),
  hits: z.array(hitRecordSchema),
  outcome: screeningOutcomeSchema,
  /** What differs from the run before it; null for the first run. */
  changes: screeningChangesSchema.nullable(),
});

export const disposeHitInputSchema = z.object({
  hitId: z.uuid(),
  disposition: dispositionSchema,
  reason: z.string().trim().min(1, 'give the reason for the disposition').max(5_000),
});

export const disposeHitOutputSchema = z.object({
  hit: hitRecordSchema,
  /** The E3 answer recorded because of this disposition, if any. */
  recordedAnswer: z
    .object({ questionId: z.string(), value: z.string(), revision: z.number().int() })
    .nullable(),
});
