import type { Question, Translation } from '../../../assessments/questionnaire/templateSchema';

/** Looks up a template text by its translation key, falling back to the template's own wording. */
export type TemplateText = (key: string, source: string) => string;

/**
 * Texts of the template in `language` when a translation for it was shipped with the template;
 * otherwise, and for any key the translation lacks, the source locale's text.
 */
export function templateTextFor(translations: readonly Translation[], language: string): TemplateText {
  const texts = translations.find((translation) => translation.locale === language)?.texts ?? {};
  return (key, source) => (Object.hasOwn(texts, key) ? (texts[key] ?? source) : source);
}

export function questionText(text: TemplateText, question: Question): string {
  return text(`questions.${question.id}.text`, question.text);
}

export function optionLabel(text: TemplateText, question: Question, value: string, source: string): string {
  return text(`questions.${question.id}.options.${value}`, source);
}
