import type { FieldError } from 'react-hook-form';
import type { FieldProblem } from './problemOfIssue';

/** A field's own words for a kind of problem ("Enter a title" rather than "Required"). */
export type ProblemWords = Partial<Record<FieldProblem['kind'], string>>;

/** The text shown under a field: the field's own words for its problem, else the generic ones. */
export function fieldErrorText(error: FieldError | undefined, words: ProblemWords = {}): string | null {
  if (!error) return null;
  return words[error.type as FieldProblem['kind']] ?? error.message ?? null;
}

/** The same words whatever the problem, for a field with one thing to say ("Enter an email address"). */
export function everyProblem(text: string): ProblemWords {
  return { required: text, tooShort: text, tooLong: text, invalid: text };
}
