import * as z from 'zod';
import { templateSchema, translationSchema } from './templateSchema';

/** The published JSON Schemas (docs/*.schema.json), generated from the zod schemas the loader uses. */
export function templateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(templateSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://assay.invalid/schemas/template.schema.json',
    title: 'Assay questionnaire template',
  };
}

export function translationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(translationSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://assay.invalid/schemas/template-translation.schema.json',
    title: 'Assay questionnaire template translation',
  };
}
