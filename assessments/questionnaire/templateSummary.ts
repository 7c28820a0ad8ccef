import * as z from 'zod';
import { localeSchema } from './templateSchema';

export const templateSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  hash: z.string(),
  title: z.string(),
  /** The title in each language the template is translated into, so every interface names it in its own. */
  titles: z.record(z.string(), z.string()),
  locales: z.array(localeSchema),
  sections: z.number().int(),
  questions: z.number().int(),
});
