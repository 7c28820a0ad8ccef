import * as z from 'zod';

export const suggestionSchema = z.object({
  questionId: z.string(),
  /** An option value (C3–C7) or a list of option values (C11). */
  value: z.union([z.string(), z.array(z.string())]),
  datasetId: z.uuid(),
  datasetLabel: z.string(),
  /** The indicator values the suggestion rests on. */
  basis: z.array(z.string()),
  /** The note recorded with the answer when the assessor accepts the suggestion. */
  note: z.string(),
});
