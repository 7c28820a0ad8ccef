import { z } from 'zod';
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
});

export const importDatasetInputSchema = z.object({
  kind: datasetKindSchema,
  path: z.string().min(1).max(32_768),
  /** Overrides the publication date when the file does not state it (OFAC sdn.csv). */
  vintage: z.string().trim().min(1).max(40).optional(),
});

export const importDatasetOutputSchema = z.object({
  dataset: datasetSummarySchema,
  /** False when this exact file was imported before as the same kind: nothing was written. */
  imported: z.boolean(),
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
  type: entryTypeSchema.optional(),
  /** `YYYY` or `YYYY-MM-DD`. */
  birthDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
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
  sourceUrl: z.string().nullable(),
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
