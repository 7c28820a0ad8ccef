import { templateSchema, type Template } from '../../assessments/questionnaire/templateSchema';

/** A question with the parts every question needs, for tests that care about the rest. */
export function testQuestion(
  id: string,
  type: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    type,
    text: id,
    guidance: { lookFor: 'x', sources: 'y' },
    mapsTo: [{ framework: 'F', clause: 'c', source: 'S1' }],
    ...extra,
  };
}

/** A one-section template around the given questions, parsed as the loader would. */
export function testTemplate(id: string, questions: Record<string, unknown>[], version = '1.0.0'): Template {
  return templateSchema.parse({
    format: 'assay-template/1',
    id,
    version,
    title: 'T',
    description: 'D',
    sourceLocale: 'en',
    locales: ['en'],
    sources: [{ id: 'S1', citation: 'c' }],
    sections: [{ id: 'A', title: 'A', questions }],
  });
}
