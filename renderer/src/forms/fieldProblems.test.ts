import { describe, expect, it } from 'vitest';
import { createAssessmentInputSchema } from '../../../assessments/assessment/schemas';
import { createWorkspaceInputSchema } from '../../../assessments/workspace/schemas';
import { fieldProblems, problemsFromErrorDetails } from './fieldProblems';

const ASSESSMENT_FIELDS = ['title', 'destinationCountry', 'endUserName', 'productDescription'] as const;

function assessmentProblems(input: unknown) {
  const result = createAssessmentInputSchema.safeParse(input);
  return result.success ? {} : fieldProblems(result.error.issues, ASSESSMENT_FIELDS);
}

describe('fieldProblems', () => {
  it('maps an empty title to required and a long one to its limit', () => {
    expect(assessmentProblems({ title: '   ' })).toEqual({ title: { kind: 'required' } });
    expect(assessmentProblems({ title: 'x'.repeat(201) })).toEqual({ title: { kind: 'tooLong', max: 200 } });
  });

  it('maps an unknown country code to invalid and long optional text to its limit', () => {
    expect(
      assessmentProblems({ title: 'T', destinationCountry: 'ZZ', productDescription: 'p'.repeat(2001) }),
    ).toEqual({
      destinationCountry: { kind: 'invalid' },
      productDescription: { kind: 'tooLong', max: 2000 },
    });
  });

  it('accepts what the form sends for an assessment with only a title', () => {
    expect(
      assessmentProblems({
        title: 'Export to X',
        destinationCountry: null,
        endUserName: '',
        productDescription: '',
      }),
    ).toEqual({});
  });

  it('maps a short passphrase to its minimum', () => {
    const result = createWorkspaceInputSchema.safeParse({ assessorName: '', passphrase: 'short' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldProblems(result.error.issues, ['assessorName', 'passphrase'] as const)).toEqual({
      assessorName: { kind: 'required' },
      passphrase: { kind: 'tooShort', min: 10 },
    });
  });
});

describe('problemsFromErrorDetails', () => {
  it('reads the field paths of an invalid_input error and ignores the rest', () => {
    const details = {
      issues: [
        { path: 'title', message: 'enter a title' },
        { path: 'other.deep', message: '?' },
      ],
    };
    expect(problemsFromErrorDetails(details, ASSESSMENT_FIELDS)).toEqual({ title: { kind: 'invalid' } });
    expect(problemsFromErrorDetails(null, ASSESSMENT_FIELDS)).toEqual({});
    expect(problemsFromErrorDetails({ issues: 'nope' }, ASSESSMENT_FIELDS)).toEqual({});
  });
});
