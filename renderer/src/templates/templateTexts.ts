import type { OperationOutput } from '../../../assessments/api/contract';

export type TemplateBundle = OperationOutput<'template.get'>;

/**
 * Looks up a template text (`questions.B1.options.other`, `sections.A.title`…) in the reader's
 * language, falling back to the template's own source text: questionnaire words live with the
 * template, never in the UI locales.
 */
export function templateTexts(bundle: TemplateBundle, language: string) {
  const translation = bundle.translations.find((candidate) => candidate.locale === language);
  return (key: string, fallback: string): string => translation?.texts[key] ?? fallback;
}
