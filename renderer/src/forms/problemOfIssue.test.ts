import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createAssessmentInputSchema } from '../../../assessments/assessment/schemas';
import { createWorkspaceInputSchema } from '../../../assessments/workspace/schemas';
import { problemOfIssue, type FieldProblem } from './problemOfIssue';

/** The first problem of each top-level field, as a form shows them. */
function problems(schema: z.ZodType, input: unknown): Record<string, FieldProblem> {
  const result = schema.safeParse(input);
  const found: Record<string, FieldProblem> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0]);
    found[field] ??= problemOfIssue(issue);
  }
  return found;
}

describe('problemOfIssue', () => {
  it('maps an empty title to required and a long one to its limit', () => {
    expect(problems(createAssessmentInputSchema, { title: '   ' })).toEqual({ title: { kind: 'required' } });
    expect(problems(createAssessmentInputSchema, { title: 'x'.repeat(201) })).toEqual({
      title: { kind: 'tooLong', max: 200 },
    });
  });

  it('maps an unknown country code to invalid and long optional text to its limit', () => {
    expect(
      problems(createAssessmentInputSchema, {
        title: 'T',
        destinationCountry: 'ZZ',
        productDescription: 'p'.repeat(2001),
      }),
    ).toEqual({
      destinationCountry: { kind: 'invalid' },
      productDescription: { kind: 'tooLong', max: 2000 },
    });
  });

  it('accepts what the new-assessment form sends for an assessment with only a title', () => {
    expect(
      problems(createAssessmentInputSchema, {
        title: 'Export to X',
        destinationCountry: null,
        endUserName: '',
        productDescription: '',
      }),
    ).toEqual({});
  });

  it('maps a short passphrase to its minimum and a missing value to required', () => {
    expect(problems(createWorkspaceInputSchema, { assessorName: '', passphrase: 'short' })).toEqual({
      assessorName: { kind: 'required' },
      passphrase: { kind: 'tooShort', min: 10 },
    });
    expect(problems(createWorkspaceInputSchema, { assessorName: 'Ada' })).toEqual({
      passphrase: { kind: 'required' },
    });
  });

  it('maps a refinement to invalid, for the field to name it', () => {
    const schema = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, { path: ['b'] });
    expect(problems(schema, { a: 'x', b: 'y' })).toEqual({ b: { kind: 'invalid' } });
  });
});
