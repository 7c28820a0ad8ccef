import type { OperationOutput } from '../../../assessments/api/contract';

export type TemplateBundle = OperationOutput<'template.get'>;

/** Looks up a template's texts in one locale, falling back to the template's own (source) text. */
export interface TemplateText {
  sectionTitle(sectionId: string): string;
  questionText(questionId: string): string;
  flagMessage(questionId: string, flagId: string, fallback: string): string;
  /** The section a question belongs to, or null for an id the template does not know. */
  sectionOf(questionId: string): string | null;
  /** Any template text by its translation key, else `source`. */
  text(key: string, source: string): string;
}

export function templateText(bundle: TemplateBundle, locale: string): TemplateText {
  const { template } = bundle;
  const translated =
    locale === template.sourceLocale
      ? undefined
      : bundle.translations.find((translation) => translation.locale === locale)?.texts;
  const questions = new Map(
    template.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, { section: section.id, question }] as const),
    ),
  );
  const sections = new Map(template.sections.map((section) => [section.id, section]));
  const text = (key: string, source: string) => translated?.[key] ?? source;
  return {
    sectionTitle: (id) => text(`sections.${id}.title`, sections.get(id)?.title ?? id),
    questionText: (id) => text(`questions.${id}.text`, questions.get(id)?.question.text ?? id),
    flagMessage: (questionId, flagId, fallback) => {
      const rule = questions.get(questionId)?.question.redFlags.find((flag) => flag.id === flagId);
      return text(`questions.${questionId}.flags.${flagId}`, rule?.message ?? fallback);
    },
    sectionOf: (id) => questions.get(id)?.section ?? null,
    text,
  };
}
