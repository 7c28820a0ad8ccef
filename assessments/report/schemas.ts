import * as z from 'zod';
import { writePath } from '../files/pathFields';
import { assessmentIdSchema } from '../assessment/schemas';
import { LOCALES } from '../questionnaire/templateSchema';
import { fingerprintSchema } from '../signing/schemas';

export const exportReportInputSchema = z.object({
  assessmentId: assessmentIdSchema,
  identity: fingerprintSchema,
  locale: z.enum(LOCALES, { error: `expected one of ${LOCALES.join(', ')}` }),
  path: writePath('choose where to save the report'),
});

export const reportExportSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  pageCount: z.number().int(),
  exportId: z.uuid(),
  signedAt: z.string(),
});
