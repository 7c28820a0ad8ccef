import { z } from 'zod';
import { localeSchema } from './templateSchema';

export const templateSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  hash: z.string(),
  title: z.string(),
  locales: z.array(localeSchema),
  sections: z.number().int(),
  questions: z.number().int(),
});
