import { describe, expect, it } from 'vitest';
import vendorOnboardingJson from '../../test/fixtures/templates/vendor-onboarding/template.json';
import { compileTemplate } from '../questionnaire/compile';
import { templateSchema } from '../questionnaire/templateSchema';
import { scoreAssessment } from './scoreAssessment';
import { scoringResultSchema } from './resultSchema';
import { vendorOnboarding } from './testing/templates';
import { answersWith, CLEAN, CLEAN_EVIDENCE, scoreVendor } from './testing/vendorAnswers';

const questionOf = (result: ReturnType<typeof scoreVendor>, id: string) =>
  result.questions.find((question) => question.questionId === id);
const sectionOf = (result: ReturnType<typeof scoreVendor>, id: string) =>
  result.sections.find((section) => section.section === id);

describe('scoreAssessment on the vendor-onboarding fixture', () => {
  it('scores the clean supplier Low → approve, finalisable, with a result the schema accepts unchanged', () => {
    const result = scoreVendor();
    expect(result).toMatchObject({
      configVersion: 'vendor-scoring-2025.1',
      template: { id: 'vendor-onboarding', version: '1.0.0' },
      tier: 'Low',
      recommendation: 'approve',
      matrixTier: 'Low',
      incomplete: false,
      finalisable: true,
      flags: [],
      overrides: [],
    });
    expect(JSON.stringify(scoringResultSchema.parse(result))).toBe(JSON.stringify(result));
  });

  it('refuses a template without a scoring block', () => {
    // Bypasses the loader, which would already refuse scored questions without a scoring block.
    const { scoring: _scoring, ...unscored } = vendorOnboardingJson;
    const compiled = compileTemplate(templateSchema.parse(unscored));
    expect(() => scoreAssessment(compiled, CLEAN)).toThrow(/vendor-onboarding@1\.0\.0" has no scoring block/);
  });

  describe('per-question risk', () => {
    it.each([
      ['A3', ['iso9001'], 3, '3 missing items give risk 3'],
      ['A3', ['none'], 4, '4 missing items give risk 4'],
      ['A3', ['iso27001', 'iso9001', 'soc2', 'sa8000'], 0, '0 missing items give risk 0'],
      [
        'B2',
        ['wage-violation', 'excessive-hours'],
        2,
        "sum of the selected options' risks (2) capped at 4 is 2",
      ],
      [
        'B2',
        ['child-labour', 'wage-violation', 'excessive-hours'],
        4,
        "sum of the selected options' risks (5) capped at 4 is 4",
      ],
      [
        'B1',
        ['logistics', 'data-processing'],
        2,
        'highest risk among the 2 selected options ("data-processing") is 2',
      ],
      ['A4', 'yes', 4, 'option "yes" carries risk 4'],
      ['B4', 4, 3, 'scale point 4 carries risk 3'],
      ['A2', 'unknown', 3, 'Unknown is scored pessimistically as 3'],
    ])('%s = %j scores %i', (id, value, risk, rule) => {
      expect(questionOf(scoreVendor({ [id]: value }), id)).toMatchObject({
        risk,
        rule,
        unknown: value === 'unknown',
      });
    });

    it('lists only visible, scored, answered questions, with section and importance, in template order', () => {
      const result = scoreVendor();
      expect(result.questions.map((q) => q.questionId)).toEqual([
        'A2',
        'A3',
        'A4',
        'B1',
        'B2',
        'B4',
        'B5',
        'C4',
      ]);
      expect(questionOf(result, 'C4')).toEqual({
        questionId: 'C4',
        section: 'C',
        importance: 3,
        risk: 0,
        rule: 'option "verified" carries risk 0',
        unknown: false,
      });
    });
  });

  describe('section scores', () => {
    it('is 100 × Σ(imp·r) / Σ(imp·4), rounded to two decimals', () => {
      const result = scoreVendor({
        A2: 'moderate',
        A3: ['iso9001'],
        B1: ['manufacturing'],
        B2: ['wage-violation'],
        B4: 3,
        B5: 'partial',
      });
      // A: (2·2 + 2·3 + 3·0) / 28; B: (3·3 + 2·1 + 1·2 + 1·2) / 28; C: 0 / 12.
      expect(result.sections).toEqual([
        { section: 'A', score: 35.71, answered: 3, scored: 3, unknown: 0, missing: [] },
        { section: 'B', score: 53.57, answered: 4, scored: 4, unknown: 0, missing: [] },
        { section: 'C', score: 0, answered: 1, scored: 1, unknown: 0, missing: [] },
      ]);
    });

    it('excludes a question whose show-if is false (not zero), with its answer and flags', () => {
      const hidden = scoreVendor({ B3: 'none' });
      expect(JSON.stringify(hidden)).toBe(JSON.stringify(scoreVendor()));
      expect(sectionOf(hidden, 'B')?.scored).toBe(4);

      const shown = scoreVendor({ B1: ['data-processing'], B3: 'none' });
      expect(questionOf(shown, 'B3')?.risk).toBe(4);
      expect(sectionOf(shown, 'B')).toMatchObject({
        scored: 5,
        answered: 5,
        score: round((3 * 2 + 2 * 4) / 36),
      });
      expect(shown.flags.map((flag) => flag.id)).toContain('B3-ESC');
    });

    it('leaves an unanswered visible question out of S but lists it as missing and not finalisable', () => {
      const result = scoreVendor({ B1: ['data-processing'], B3: undefined });
      expect(sectionOf(result, 'B')).toEqual({
        section: 'B',
        score: round((3 * 2) / 28),
        answered: 4,
        scored: 5,
        unknown: 0,
        missing: ['B3'],
      });
      expect(result.gaps.missingRequired).toEqual(['B3']);
      expect(result.finalisable).toBe(false);
      expect(result.incomplete).toBe(false);
    });

    it('treats an answer the template cannot score as missing, not as a guess', () => {
      const result = scoreVendor({ A2: 'excellent' });
      expect(questionOf(result, 'A2')).toBeUndefined();
      expect(sectionOf(result, 'A')?.missing).toEqual(['A2']);
      expect(result.gaps.missingRequired).toEqual(['A2']);
    });

    it('gives a section with nothing answered a null score', () => {
      const result = scoreVendor({ C4: undefined });
      expect(sectionOf(result, 'C')).toEqual({
        section: 'C',
        score: null,
        answered: 0,
        scored: 1,
        unknown: 0,
        missing: ['C4'],
      });
    });
  });

  describe('gaps', () => {
    it('lists Unknown answers of visible questions, scored or not, in template order', () => {
      const result = scoreVendor({ C2: 'unknown', A2: 'unknown' });
      expect(result.gaps.unknownAnswers).toEqual(['A2', 'C2']);
      expect(sectionOf(result, 'A')?.unknown).toBe(1);
    });

    it('lists evidence-required questions without evidence, and evidence() reads the counts', () => {
      const result = scoreVendor({}, { evidenceCounts: {} });
      expect(result.gaps.missingEvidence).toEqual(['A4', 'B5']);
      expect(result.gaps.openGapFlags).toEqual(['B5-GAP-EVIDENCE']);
      expect(result.finalisable).toBe(false);
      expect(scoreVendor({}, { evidenceCounts: { ...CLEAN_EVIDENCE, B5: 2 } }).gaps.openGapFlags).toEqual([]);
    });

    it('ignores required questions that are hidden and optional questions left empty', () => {
      const result = scoreVendor({ C3: undefined, C5: undefined });
      expect(result.gaps.missingRequired).toEqual([]);
    });
  });

  it('accepts the same answers from a template compiled twice', () => {
    const again = scoreAssessment(vendorOnboarding(), answersWith({}), { evidenceCounts: CLEAN_EVIDENCE });
    expect(JSON.stringify(again)).toBe(JSON.stringify(scoreVendor()));
  });
});

function round(fraction: number): number {
  return Math.round(fraction * 10000) / 100;
}
