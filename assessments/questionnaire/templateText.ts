import type { Template, Translation } from './templateSchema';
import { translationKeys } from './translationKeys';

/** A template with the translations shipped beside it, as `template.get` returns and a report embeds. */
export interface TranslatedTemplate {
  template: Template;
  translations: readonly Pick<Translation, 'locale' | 'texts'>[];
}

/**
 * A template's wording in one locale. Questionnaire words live with the template, never in the UI
 * locales, so the wizard, the risk panel, reference data, screening and the report all read them
 * here and agree on the fallback.
 */
export interface TemplateText {
  /**
   * The locale's translation of `key`; else `source` (the wording the caller already holds), else
   * the template's own text for `key`, else the key itself.
   */
  text(key: string, source?: string): string;
  sectionTitle(sectionId: string): string;
  questionText(questionId: string): string;
  optionLabel(questionId: string, value: string): string;
  flagMessage(questionId: string, flagId: string, fallback: string): string;
  /** The section a question belongs to, or null for an id the template does not know. */
  sectionOf(questionId: string): string | null;
}

export function templateText({ template, translations }: TranslatedTemplate, locale: string): TemplateText {
  // The source locale is the template itself: a translation file claiming it is never read.
  const translated =
    locale === template.sourceLocale
      ? undefined
      : translations.find((translation) => translation.locale === locale)?.texts;
  // Built on first need only: most callers hold the source wording and pass it.
  let own: Map<string, string> | null = null;
  const ownText = (key: string) => (own ??= translationKeys(template)).get(key);
  const questions = new Map(
    template.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, { section: section.id, question }] as const),
    ),
  );
  const sections = new Map(template.sections.map((section) => [section.id, section]));
  const text = (key: string, source?: string): string =>
    (translated && Object.hasOwn(translated, key) ? translated[key] : undefined) ??
    source ??
    ownText(key) ??
    key;
  return {
    text,
    sectionTitle: (id) => text(`sections.${id}.title`, sections.get(id)?.title ?? id),
    questionText: (id) => text(`questions.${id}.text`, questions.get(id)?.question.text ?? id),
    optionLabel: (id, value) => {
      const options = questions.get(id)?.question.options;
      const option = options?.find((candidate) => candidate.value === value);
      return text(`questions.${id}.options.${value}`, option?.label ?? value);
    },
    flagMessage: (questionId, flagId, fallback) => {
      const rule = questions.get(questionId)?.question.redFlags.find((flag) => flag.id === flagId);
      return text(`questions.${questionId}.flags.${flagId}`, rule?.message ?? fallback);
    },
    sectionOf: (id) => questions.get(id)?.section ?? null,
  };
}
