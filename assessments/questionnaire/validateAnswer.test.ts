import { describe, expect, it } from 'vitest';
import { compileTemplate } from './compile';
import { parseAnswersFile } from './answersFile';
import { computeProgress, finalisationBlockers } from './progress';
import { testQuestion, testTemplate } from '../../test/helpers/templateBuilder';
import { validateAnswer } from './validateAnswer';

const q = testQuestion;
const options = (...values: string[]) => values.map((value) => ({ value, label: value }));

const template = testTemplate(
  'answer-check',
  [
    q('A1', 'single', { options: options('a', 'b'), allowUnknown: true }),
    q('A2', 'multi', { options: [...options('x', 'y'), { value: 'none', label: 'none', exclusive: true }] }),
    q('A3', 'yesno'),
    q('A4', 'scale', { scale: { min: 1, max: 5 } }),
    q('A5', 'date', { required: false }),
    q('A6', 'country', { required: false }),
    q('A7', 'entity', { multiple: true, required: false }),
    q('A8', 'text', { evidenceRequired: true, showIf: "A3 == 'yes'" }),
  ],
  '2.1.0',
);
const compiled = compileTemplate(template);
const question = (id: string) => compiled.questions.get(id)?.question ?? expect.unreachable();

describe('validateAnswer', () => {
  it.each([
    ['A1', 'a', null],
    ['A1', 'unknown', null],
    ['A1', 'c', /expected one of "a", "b" or "unknown"/],
    ['A2', ['x', 'y'], null],
    ['A2', ['x', 'x'], /selected twice/],
    ['A2', ['x', 'none'], /"none" excludes every other option/],
    ['A2', ['z'], /"z" is not an option/],
    ['A2', 'unknown', /does not offer "unknown"/],
    ['A3', 'yes', null],
    ['A3', true, /expected "yes" or "no"/],
    ['A4', 3, null],
    ['A4', 6, /whole number from 1 to 5/],
    ['A4', 2.5, /whole number/],
    ['A5', '2026-02-28', null],
    ['A5', '2026-02-30', /YYYY-MM-DD/],
    ['A6', 'EG', null],
    ['A6', 'EGY', /alpha-2/],
    ['A7', [{ name: 'Acme Trading FZE', aliases: ['Acme'], role: 'consignee' }], null],
    ['A7', [{ name: '' }], /party 0\.name: enter the name/],
    ['A7', { name: 'Solo' }, /expected a list of parties/],
  ] as const)('%s ← %j', (id, value, expected) => {
    const problem = validateAnswer(question(id), { value: value as never });
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('answers files', () => {
  it('reads bare values and {value, note} entries', () => {
    const parsed = parseAnswersFile(
      {
        template: 'answer-check@2.1.0',
        answers: { A1: 'a', A2: { value: ['x'], note: 'see contract' }, A7: { value: [{ name: 'Acme' }] } },
      },
      compiled,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.answers).toEqual({
      A1: { value: 'a' },
      A2: { value: ['x'], note: 'see contract' },
      A7: { value: [{ name: 'Acme' }] },
    });
  });

  it('reports every problem with its path', () => {
    const parsed = parseAnswersFile(
      { template: 'answer-check@1.0.0', answers: { A1: 'c', Z9: 'x', A4: 9 } },
      compiled,
      'my.json',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'my.json $.template',
      'my.json $.answers.A1',
      'my.json $.answers.Z9',
      'my.json $.answers.A4',
    ]);
  });
});

describe('progress and finalisation blockers', () => {
  it('counts only visible questions and names what blocks finalisation', () => {
    const hidden = computeProgress(compiled, { A1: { value: 'a' }, A3: { value: 'no' } });
    expect(hidden.sections[0]).toMatchObject({ visible: 7, answered: 2, requiredOpen: ['A2', 'A4'] });
    const shown = computeProgress(compiled, { A1: { value: 'a' }, A3: { value: 'yes' } }, {});
    expect(finalisationBlockers(shown, ['A3-GAP'])).toEqual({
      missingRequired: ['A2', 'A4', 'A8'],
      missingEvidence: ['A8'],
      invalidAnswers: [],
      openGaps: ['A3-GAP'],
    });
    const withEvidence = computeProgress(compiled, { A3: { value: 'yes' }, A8: { value: 'ToR' } }, { A8: 1 });
    expect(finalisationBlockers(withEvidence, []).missingEvidence).toEqual([]);
  });
});
