import { describe, expect, it } from 'vitest';
import { testQuestion, testTemplate } from '../../test/helpers/templateBuilder';
import type { Answers } from '../questionnaire/answers';
import { compileTemplate } from '../questionnaire/compile';
import { scoringSchema, type Question } from '../questionnaire/templateSchema';
import { answerChanges, findCliffs, overrideCounts } from './cliffs';

const questions = [
  testQuestion('A1', 'single', {
    importance: 3,
    allowUnknown: true,
    options: [
      { value: 'low', label: 'Low', risk: 0 },
      { value: 'mid', label: 'Mid', risk: 2 },
      { value: 'high', label: 'High', risk: 4 },
    ],
  }),
  testQuestion('A2', 'scale', { scale: { min: 1, max: 5 } }),
  testQuestion('A3', 'yesno', {
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
    redFlags: [
      {
        id: 'A3-STOP',
        code: 'STOP',
        when: "A3 == 'yes'",
        message: 'stop',
        basis: [{ framework: 'F', clause: 'c', source: 'S1' }],
      },
    ],
  }),
  testQuestion('A4', 'single', {
    showIf: "A3 == 'yes'",
    options: [
      { value: 'x', label: 'X' },
      { value: 'y', label: 'Y' },
    ],
  }),
  testQuestion('A5', 'yesno', {
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  }),
];

const recommendations = {
  Low: 'approve',
  Medium: 'approve-with-conditions',
  High: 'refer',
  Unacceptable: 'deny',
};

/** Likelihood jumps straight to 5 on one yes/no and the matrix climbs two tiers across the bands. */
const steep = scoringSchema.parse({
  version: 'cliff-test/steep',
  severity: { dimensions: ['A2'] },
  likelihood: {
    components: [{ section: 'A', weight: 1 }],
    cutoffs: [20, 40, 60, 80],
    actual: [{ id: 'misuse', when: "A5 == 'yes'", reason: 'misuse documented' }],
  },
  matrix: Array.from({ length: 5 }, () => ['Medium', 'High', 'High', 'Unacceptable', 'Unacceptable']),
  recommendations,
});

/** No actual-misuse rule, and any two likelihood bands are at most one tier apart. */
const gentle = scoringSchema.parse({
  version: 'cliff-test/gentle',
  severity: { dimensions: ['A2'] },
  likelihood: { components: [{ section: 'A', weight: 1 }], cutoffs: [20, 40, 60, 80] },
  matrix: Array.from({ length: 5 }, () => ['Low', 'Low', 'Medium', 'Medium', 'Medium']),
  recommendations,
});

const compiledWith = (scoring: typeof steep) =>
  compileTemplate({ ...testTemplate('cliff-test', questions), scoring });

const baseline: Answers = {
  A1: { value: 'low' },
  A2: { value: 3, note: 'kept on every variant' },
  A3: { value: 'no' },
  A4: { value: 'x' },
  A5: { value: 'no' },
};

describe('answerChanges', () => {
  const question = (type: string, extra: Record<string, unknown>) =>
    testQuestion('Q1', type, extra) as unknown as Question;

  it('toggles multi options the way the questionnaire does: an exclusive option stands alone', () => {
    const multi = question('multi', {
      options: [
        { value: 'p', label: 'P' },
        { value: 'q', label: 'Q' },
        { value: 'none', label: 'None', exclusive: true },
      ],
      allowUnknown: false,
    });
    expect(answerChanges(multi, { value: ['p'] }).map((c) => c.to)).toEqual([['p', 'q'], ['none']]);
    expect(answerChanges(multi, { value: ['none'] }).map((c) => c.to)).toEqual([['p'], ['q']]);
    expect(answerChanges(multi, { value: ['p'] }).map((c) => c.label)).toEqual([
      'Q1: +q',
      'Q1: +none (clears p)',
    ]);
  });

  it('moves a scale by one point within its range, and offers Unknown only where the question does', () => {
    const scale = question('scale', { scale: { min: 1, max: 5 }, allowUnknown: true });
    expect(answerChanges(scale, { value: 5 }).map((c) => c.to)).toEqual([4, 'unknown']);
    const single = question('single', { options: [{ value: 'a', label: 'A' }], allowUnknown: false });
    expect(answerChanges(single, { value: 'a' })).toEqual([]);
  });
});

describe('findCliffs', () => {
  it('reports the one-answer changes that jump the matrix tier by two or more steps', () => {
    const compiled = compiledWith(steep);
    const report = findCliffs(compiled, steep, baseline);
    expect(report.baseline).toMatchObject({ matrixTier: 'Medium', tier: 'Medium', likelihood: 1 });
    expect(report.matrixCliffs.map((cliff) => [cliff.change.label, cliff.matrixSteps])).toEqual([
      ['A1: low → high', 2],
      ['A1: low → unknown', 2],
      ['A5: no → yes', 2],
    ]);
    expect(report.matrixCliffs.every((cliff) => cliff.outcome.matrixTier === 'Unacceptable')).toBe(true);
  });

  it('finds no matrix cliff in a gentle methodology, and lists a STOP as an exempt override change', () => {
    const compiled = compiledWith(gentle);
    const report = findCliffs(compiled, gentle, baseline);
    expect(report.baseline).toMatchObject({ matrixTier: 'Low', tier: 'Low' });
    expect(report.matrixCliffs).toEqual([]);
    expect(report.overrideChanges).toEqual([
      expect.objectContaining({
        change: expect.objectContaining({ label: 'A3: no → yes' }),
        finalSteps: 3,
        ruleIds: ['A3-STOP'],
      }),
    ]);
    expect(overrideCounts(report)).toEqual(new Map([['A3-STOP', 1]]));
  });

  it('never varies a hidden answer or a skipped question', () => {
    const compiled = compiledWith(gentle);
    const all = findCliffs(compiled, gentle, baseline);
    // A1 (2 options + Unknown), A2 (±1), A3 (flip), A5 (flip); A4 is hidden while A3 is "no".
    expect(all.variants).toBe(3 + 2 + 1 + 1);
    const skipped = findCliffs(compiled, gentle, baseline, { skip: ['A3'] });
    expect(skipped.variants).toBe(all.variants - 1);
    expect(skipped.overrideChanges).toEqual([]);
  });

  it('probes another scoring config on the same compiled questionnaire', () => {
    const report = findCliffs(compiledWith(steep), gentle, baseline);
    expect(report.baseline.matrixTier).toBe('Low');
    expect(report.matrixCliffs).toEqual([]);
  });

  it('reports a matrix change that an override already covers as a matrix cliff, not as an override change', () => {
    const compiled = compiledWith(steep);
    const report = findCliffs(compiled, steep, { ...baseline, A3: { value: 'yes' } });
    expect(report.baseline).toMatchObject({ matrixTier: 'Medium', tier: 'Unacceptable' });
    expect(report.matrixCliffs.length).toBeGreaterThan(0);
    expect(report.overrideChanges.map((item) => [item.change.label, item.ruleIds])).toEqual([
      ['A3: yes → no', ['A3-STOP']],
    ]);
  });
});
