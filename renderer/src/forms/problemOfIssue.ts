import type { z } from 'zod';

/** What is wrong with one field, independent of language; describeProblem turns it into words. */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'tooShort'; min: number }
  | { kind: 'tooLong'; max: number }
  | { kind: 'invalid' };

/**
 * The kind and limit of one zod issue. The schemas' messages are English and for logs; the UI only
 * needs these. A custom (refine) issue is 'invalid', and the field it lands on names it.
 */
export function problemOfIssue(issue: z.core.$ZodIssue): FieldProblem {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? { kind: 'required' }
        : { kind: 'tooShort', min: Number(issue.minimum) };
    case 'too_big':
      return { kind: 'tooLong', max: Number(issue.maximum) };
    case 'invalid_type':
      return issue.input === undefined ? { kind: 'required' } : { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}
