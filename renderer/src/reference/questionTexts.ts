import { templateText } from '../../../assessments/questionnaire/templateText';
import type { TemplateBundle } from '../templates/templateBundle';

/** Question and option wording in one locale, falling back to the template's source text. */
export interface QuestionTexts {
  question(questionId: string): string;
  option(questionId: string, value: string): string;
}

/** The shared template lookup, or the bare ids while the assessment's template is not known. */
export function questionTexts(bundle: TemplateBundle | null, locale: string): QuestionTexts {
  if (!bundle)
    return {
      question: (id) => id,
      option: (_id, value) => value,
    };
  const text = templateText(bundle, locale);
  return { question: text.questionText, option: text.optionLabel };
}
