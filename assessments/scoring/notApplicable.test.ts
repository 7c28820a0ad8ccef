import { describe, expect, it } from 'vitest';
import { testQuestion } from '../../test/helpers/templateBuilder';
import { compileTemplate } from '../questionnaire/compile';
import { templateSchema } from '../questionnaire/templateSchema';
import { validateTemplate } from '../questionnaire/validateTemplate';
import { scoreAssessment } from './scoreAssessment';

const options = [
  { value: 'free', label: 'Free', risk: 0 },
  { value: 'not-free', label: 'Not free', risk: 4 },
  { value: 'not-covered', label: 'Not covered by the index', notApplicable: true },
];

const json = {
  format: 'assay-template/1',
  id: 'not-applicable-check',
  version: '1.0.0',
  title: 'T',
  description: 'D',
  sourceLocale: 'en',
  locales: ['en'],
  sources: [{ id: 'S1', citation: 'c' }],
  scoring: {
    version: 'na/1',
    severity: { dimensions: ['A3'] },
    likelihood: { components: [{ section: 'A', weight: 1 }], cutoffs: [20, 40, 60, 80] },
    matrix: Array.from({ length: 5 }, () => ['Low', 'Medium', 'High', 'High', 'Unacceptable']),
    unknownGate: { sections: ['A'], maxShare: 0.2 },
    recommendations: {
      Low: 'approve',
      Medium: 'approve-with-conditions',
      High: 'refer',
      Unacceptable: 'deny',
    },
  },
  sections: [
    {
      id: 'A',
      title: 'A',
      questions: [
        testQuestion('A1', 'single', { importance: 2, options }),
        testQuestion('A2', 'single', { importance: 1, options: options.slice(0, 2), allowUnknown: true }),
        testQuestion('A3', 'scale', { scale: { min: 1, max: 5 } }),
      ],
    },
  ],
};

describe('"not applicable" options', () => {
  const compiled = compileTemplate(templateSchema.parse(json));
  const score = (a1: string) =>
    scoreAssessment(compiled, { A1: { value: a1 }, A2: { value: 'not-free' }, A3: { value: 1 } });

  it('take the question out of the score without leaving it unanswered', () => {
    const result = score('not-covered');
    expect(result.sections).toEqual([
      { section: 'A', score: 100, answered: 1, scored: 1, unknown: 0, missing: [] },
    ]);
    expect(result.questions.map((q) => q.questionId)).toEqual(['A2']);
    expect(result.gaps.missingRequired).toEqual([]);
    expect(score('free').sections[0]).toMatchObject({ score: 33.33, answered: 2, scored: 2 });
  });

  it('are refused with a risk, or outside single questions', () => {
    const withRisk = structuredClone(json);
    (withRisk.sections[0]!.questions[0]!.options as Record<string, unknown>[])[2]!.risk = 2;
    const onMulti = structuredClone(json);
    onMulti.sections[0]!.questions[0]!.type = 'multi';
    const a = validateTemplate(withRisk);
    const b = validateTemplate(onMulti);
    expect(a.ok || a.problems.map((p) => `${p.path}: ${p.message}`)).toContain(
      '$.sections[0].questions[0].options[2].risk: a "not applicable" option takes the question out of the score: it has no risk',
    );
    expect(b.ok || b.problems.map((p) => p.path)).toContain(
      '$.sections[0].questions[0].options[2].notApplicable',
    );
    expect(validateTemplate(json).ok).toBe(true);
  });
});
