import type { TFunction } from 'i18next';
import type { FieldProblem } from './problemOfIssue';

/** Generic words for a field problem; a form passes its own text for 'required' when it has one. */
export function describeProblem(t: TFunction, problem: FieldProblem, requiredText?: string): string {
  switch (problem.kind) {
    case 'required':
      return requiredText ?? t('form.required');
    case 'tooShort':
      return t('form.tooShort', { min: problem.min });
    case 'tooLong':
      return t('form.tooLong', { max: problem.max });
    case 'invalid':
      return t('form.invalid');
  }
}
