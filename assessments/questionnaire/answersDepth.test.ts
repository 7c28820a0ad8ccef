import { describe, expect, it } from 'vitest';
import { testQuestion, testTemplate } from '../../test/helpers/templateBuilder';
import { saveAnswerInputSchema } from '../assessment/schemas';
import { MAX_ANSWER_DEPTH, nestsDeeperThan, parseAnswersFile } from './answersFile';
import { compileTemplate } from './compile';

const compiled = compileTemplate(testTemplate('depth-check', [testQuestion('A1', 'text')], '1.0.0'));

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { v: value };
  return value;
}

describe('deeply nested answer values are refused, not a stack overflow', () => {
  it('measures nesting without recursion', () => {
    expect(nestsDeeperThan(nested(MAX_ANSWER_DEPTH))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_ANSWER_DEPTH + 1))).toBe(true);
    expect(nestsDeeperThan(nested(100_000))).toBe(true);
  });

  it('an answers file with a 10,000-deep value gives a problem naming the file', () => {
    const parsed = parseAnswersFile(
      { template: 'depth-check@1.0.0', answers: { A1: nested(10_000) } },
      compiled,
      'deep.json',
    );
    expect(parsed).toEqual({
      ok: false,
      problems: [
        {
          file: 'deep.json',
          path: '$',
          message: `values are nested more than ${MAX_ANSWER_DEPTH} levels deep`,
        },
      ],
    });
  });

  it('answers.save refuses a 10,000-deep value as invalid input', () => {
    const result = saveAnswerInputSchema.safeParse({
      assessmentId: '00000000-0000-4000-8000-000000000000',
      questionId: 'A1',
      value: nested(10_000),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      `an answer may nest at most ${MAX_ANSWER_DEPTH} levels deep`,
    ]);
    expect(
      saveAnswerInputSchema.safeParse({
        assessmentId: '00000000-0000-4000-8000-000000000000',
        questionId: 'A1',
        value: [{ name: 'Acme', aliases: ['A'] }],
      }).success,
    ).toBe(true);
  });
});
