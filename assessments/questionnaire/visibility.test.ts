import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { compileTemplate } from './compile';
import { questionRisk } from './questionRisk';
import { templateSchema, type Question } from './templateSchema';
import { testQuestion, testTemplate } from '../../test/helpers/templateBuilder';
import { visibleQuestions } from './visibility';

const question = (id: string, extra: Record<string, unknown>) =>
  testQuestion(id, extra.type as string, extra);

const template = testTemplate('visibility-check', [
  question('A1', { type: 'yesno' }),
  question('A2', { type: 'text', showIf: "A1 == 'yes'" }),
  question('A3', { type: 'text', showIf: 'answered(A2)' }),
]);
const compiled = compileTemplate(template);
const visible = (answers: Answers) => [...visibleQuestions(compiled, answers)];

describe('visibility', () => {
  it('applies show-if and cascades: an answer to a hidden question counts as unanswered', () => {
    expect(visible({})).toEqual(['A1']);
    expect(visible({ A1: { value: 'yes' } })).toEqual(['A1', 'A2']);
    expect(visible({ A1: { value: 'yes' }, A2: { value: 'notes' } })).toEqual(['A1', 'A2', 'A3']);
    expect(visible({ A1: { value: 'no' }, A2: { value: 'notes' } })).toEqual(['A1']);
  });
});

describe('questionRisk', () => {
  const multi = (aggregate: unknown, options = 4): Question =>
    templateSchema.shape.sections.element.shape.questions.element.parse(
      question('B1', {
        type: 'multi',
        importance: 2,
        allowUnknown: true,
        aggregate,
        options: [
          ...Array.from({ length: options }, (_, i) => ({ value: `o${i}`, label: `o${i}`, risk: i })),
          { value: 'none', label: 'none', risk: 4, exclusive: true },
        ],
      }),
    );

  it('takes the maximum by default', () => {
    expect(questionRisk(multi({ kind: 'max' }), { value: ['o1', 'o3'] }, 3)?.risk).toBe(3);
  });
  it('counts selected or missing items through a table', () => {
    const selected = multi({ kind: 'count', counting: 'selected', table: [4, 3, 2, 1, 0] });
    expect(questionRisk(selected, { value: ['o0', 'o1'] }, 3)?.risk).toBe(2);
    expect(questionRisk(selected, { value: ['none'] }, 3)?.risk).toBe(4);
    const missing = multi({ kind: 'count', counting: 'missing', table: [0, 0, 1, 2, 3] });
    expect(questionRisk(missing, { value: ['o0'] }, 3)?.risk).toBe(2);
    expect(questionRisk(missing, { value: [] }, 3)).toBeNull();
  });
  it('sums with a cap', () => {
    expect(questionRisk(multi({ kind: 'sum', cap: 4 }), { value: ['o2', 'o3'] }, 3)?.risk).toBe(4);
    expect(questionRisk(multi({ kind: 'sum', cap: 4 }), { value: ['o1', 'o2'] }, 3)?.risk).toBe(3);
  });
  it('scores Unknown pessimistically and says so', () => {
    expect(questionRisk(multi({ kind: 'max' }), { value: 'unknown' }, 3)).toEqual({
      risk: 3,
      rule: 'Unknown is scored pessimistically as 3',
      unknown: true,
    });
  });
});
