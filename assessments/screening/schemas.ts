import { z } from 'zod';
import { assessmentIdSchema } from '../assessment/schemas';
import { matchHitSchema } from '../reference/schemas';
import { datasetKindSchema } from '../reference/types';

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
