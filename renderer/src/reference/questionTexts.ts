import type { OperationOutput } from '../../../assessments/api/contract';

type TemplateBundle = OperationOutput<'template.get'>;

/** Question and option wording in one locale, falling back to the template's source text. */
export interface QuestionTexts {
  question(questionId: string): string;
  option(questionId: string, value: string): string;
}

export function questionTexts(bundle: TemplateBundle | null, locale: string): QuestionTexts {
  if (!bundle)
    return {
      question: (id) => id,
      option: (_id, value) => value,
    };
  const { template } = bundle;
  const translated =
    locale === template.sourceLocale
      ? undefined
      : bundle.translations.find((translation) => translation.locale === locale)?.texts;
  const questions = new Map(
    template.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, question] as const),
    ),
  );
  const text = (key: string, source: string) => translated?.[key] ?? source;
  return {
    question: (id) => text(`questions.${id}.text`, questions.get(id)?.text ?? id),
    option: (id, value) => {
      const option = questions.get(id)?.options?.find((candidate) => candidate.value === value);
      return text(`questions.${id}.options.${value}`, option?.label ?? value);
    },
  };
}
