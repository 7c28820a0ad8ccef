import type { z } from 'zod';

/** What is wrong with one field, independent of language; screens turn it into words. */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'tooShort'; min: number }
  | { kind: 'tooLong'; max: number }
  | { kind: 'invalid' };

export type FieldProblems<F extends string> = Partial<Record<F, FieldProblem>>;

/**
 * Maps zod issues to the first problem of each top-level field. The zod messages are English and
 * for logs; the UI only needs the kind and the limit.
 */
export function fieldProblems<F extends string>(
  issues: readonly z.core.$ZodIssue[],
  fields: readonly F[],
): FieldProblems<F> {
  const problems: FieldProblems<F> = {};
  for (const issue of issues) {
    const field = fields.find((candidate) => candidate === issue.path[0]);
    if (field === undefined || problems[field]) continue;
    problems[field] = problemOf(issue);
  }
  return problems;
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
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

/** Field paths from an `invalid_input` error's details (`{ issues: [{ path, message }] }`). */
export function problemsFromErrorDetails<F extends string>(
  details: unknown,
  fields: readonly F[],
): FieldProblems<F> {
  const problems: FieldProblems<F> = {};
  const issues = (details as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return problems;
  for (const issue of issues) {
    const path = (issue as { path?: unknown } | null)?.path;
    const head = typeof path === 'string' ? path.split('.')[0] : undefined;
    const field = fields.find((candidate) => candidate === head);
    if (field !== undefined) problems[field] = { kind: 'invalid' };
  }
  return problems;
}
