import * as z from 'zod';
import { readPath } from '../files/pathFields';
import { countryCodeSchema } from '../shared/countries';
import { datasetKindSchema, entryTypeSchema, listEntrySchema } from './types';

export const datasetIdSchema = z.uuid();

export const datasetSummarySchema = z.object({
  id: z.uuid(),
  kind: datasetKindSchema,
  sourceName: z.string(),
  vintage: z.string().nullable(),
  fileName: z.string(),
  sha256: z.string().length(64),
  sizeBytes: z.number().int(),
  records: z.number().int(),
  entries: z.number().int(),
  indicators: z.number().int(),
  unresolvedCountries: z.array(z.string()),
  importedAt: z.string(),
  importedBy: z.string(),
  /** The reason given when a suspicious change (a shrink, the same vintage re-issued) was accepted. */
  changeReason: z.string().nullable().optional(),
});

const filePathSchema = readPath('choose the list file');

export const importDatasetInputSchema = z.object({
  kind: datasetKindSchema,
  path: filePathSchema,
  /** Overrides the publication date when the file does not state it (OFAC sdn.csv). */
  vintage: z.string().trim().min(1).max(40).optional(),
  /** The rest of OFAC's CSV package (found beside a file named sdn.csv when not given). */
  ofacFiles: z
    .object({
      alt: filePathSchema.optional(),
      add: filePathSchema.optional(),
      comments: filePathSchema.optional(),
    })
    .optional(),
  /** Parse and report counts and changes without writing anything. */
  dryRun: z.boolean().optional(),
  /** Why a refused change (a drop of more than 5 %, the same vintage re-issued) is accepted. */
  acceptChange: z.string().trim().min(1).max(2_000).optional(),
});

/** A change against the previous dataset of the same kind that needs a reason to be accepted. */
export const importChangeSchema = z.object({
  kind: z.enum(['shrink', 'sameVintageDifferentFile']),
  previousRecords: z.number().int(),
  records: z.number().int(),
  previousVintage: z.string().nullable(),
  vintage: z.string().nullable(),
});

export const importDatasetOutputSchema = z.object({
  dataset: datasetSummarySchema,
  /** False when this exact file was imported before as the same kind, or on a dry run: nothing was written. */
  imported: z.boolean(),
  /** On a dry run: the dataset it would follow and the changes that would need a reason. */
  preview: z
    .object({ previous: datasetSummarySchema.nullable(), changes: z.array(importChangeSchema) })
    .optional(),
});

/** Progress of an import, pushed as the `reference.progress` event. */
export const importProgressSchema = z.object({
  path: z.string(),
  phase: z.enum(['reading', 'storing']),
  done: z.number().int(),
  total: z.number().int(),
});

const changedItemSchema = z.object({ key: z.string(), label: z.string() });

export const compareDatasetsInputSchema = z.object({
  datasetId: datasetIdSchema,
  /** Defaults to the previous version of the same source. */
  previousId: datasetIdSchema.optional(),
});

export const datasetComparisonSchema = z.object({
  datasetId: z.uuid(),
  previousId: z.uuid().nullable(),
  added: z.array(changedItemSchema),
  removed: z.array(changedItemSchema),
  changed: z.array(changedItemSchema),
});

export const screeningQuerySchema = z.object({
  name: z.string().trim().min(1).max(500),
  /** Other names of the same party, each compared too. */
  aliases: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
  type: entryTypeSchema.optional(),
  /** `YYYY` or `YYYY-MM-DD`: a listed birth year that differs lowers the score. */
  birthDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  /** Nationality or country of registration: a listed nationality that differs lowers the score. */
  countries: z.array(countryCodeSchema).max(10).optional(),
  /** Passport, national ID, registration or IMO numbers: one listed on a record is a strong hit. */
  identifiers: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
});

export const matchHitSchema = z.object({
  datasetId: z.uuid(),
  datasetLabel: z.string(),
  sourceId: z.string(),
  entryName: z.string(),
  entryType: entryTypeSchema,
  matchedName: z.string(),
  score: z.number().min(0).max(1),
  features: z.array(z.string()),
  programmes: z.array(z.string()),
  birthDates: z.array(z.string()),
  /** What the record lists, so a reader can see why a birth date, country or number counted. */
  nationalities: z.array(z.string()).optional(),
  identifiers: z.array(z.string()).optional(),
  sourceUrl: z.string().nullable(),
  /** Records of other lists that are the same person or organisation. */
  sameAs: z
    .array(z.object({ datasetId: z.string(), datasetLabel: z.string(), sourceId: z.string() }))
    .optional(),
});

export const screenNamesInputSchema = z.object({
  queries: z.array(screeningQuerySchema).min(1).max(1_000),
  /** Datasets to screen against; all screening-list datasets when absent. */
  datasetIds: z.array(datasetIdSchema).max(100).optional(),
  threshold: z.number().gt(0).max(1).default(0.85),
  limit: z.number().int().min(1).max(100).default(10),
});

export const screenNamesOutputSchema = z.array(
  z.object({ query: screeningQuerySchema, hits: z.array(matchHitSchema) }),
);

export const storedEntrySchema = listEntrySchema;
