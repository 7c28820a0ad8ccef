import { zodResolver } from '@hookform/resolvers/zod';
import { get, type FieldError, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { problemOfIssue, type FieldProblem } from './problemOfIssue';

/** A contract schema the form's values can be: its input is what the fields hold. */
export type FormSchema = z.ZodType<FieldValues, FieldValues>;

/**
 * zodResolver with the words swapped: the schemas' messages are English and written for logs, so
 * each field error gets the text `describe` gives for its problem, and the problem's kind
 * ('required', 'tooShort', 'tooLong', 'invalid') as its type, which a field may word itself.
 * zodResolver keeps only the message of each issue, so a failing input is parsed once more to read
 * the kinds and limits.
 */
export function localisedZodResolver<S extends FormSchema>(
  schema: S,
  describe: (problem: FieldProblem) => string,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, context, options) => {
    const result = await zodResolver(schema)(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return result;
    const worded = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const error = get(result.errors, path) as FieldError | undefined;
      if (!error || worded.has(path)) continue;
      worded.add(path);
      const problem = problemOfIssue(issue);
      error.type = problem.kind;
      error.message = describe(problem);
    }
    return result;
  };
}
