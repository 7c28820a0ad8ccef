import { describe, expect, it } from 'vitest';
import type { Question } from '../questionnaire/templateTypes';
import { bandFromCutoffs } from './likelihood';
import { matrixTier } from './scoreAssessment';
import { pessimisticPoint } from './severity';
import { vendorOnboarding } from './testing/templates';
import { scoreVendor } from './testing/vendorAnswers';

const scale = (min: number, max: number, unknownRisk?: number) =>
  ({
    scale: { min, max, labels: {} },
    ...(unknownRisk === undefined ? {} : { unknownRisk }),
  }) as unknown as Question;

describe('severity', () => {
  it('is the max of the dimensions, not their mean', () => {
    expect(scoreVendor({ C1: 3, C2: 5 }).severity).toEqual({
      band: 5,
      dimensionBand: 5,
      dimensions: { C1: 3, C2: 5 },
      assumedDimensions: [],
      floorsApplied: [],
    });
  });

  it('counts an Unknown dimension at the pessimistic point (4 of 1–5) and lists it as a gap', () => {
    const result = scoreVendor({ C1: 2, C2: 'unknown' });
    expect(result.severity).toMatchObject({
      band: 4,
      dimensions: { C1: 2, C2: null },
      assumedDimensions: ['C2'],
    });
    expect(result.gaps.unknownAnswers).toEqual(['C2']);
    expect(result.explanation[0]?.text).toContain('C2 Unknown, assumed 4');
  });

  it('counts an unanswered dimension the same way and lists it as missing', () => {
    const result = scoreVendor({ C1: 1, C2: undefined });
    expect(result.severity).toMatchObject({ band: 4, assumedDimensions: ['C2'] });
    expect(result.gaps.missingRequired).toEqual(['C2']);
  });

  it('derives the pessimistic point from the Unknown risk', () => {
    expect(pessimisticPoint(scale(1, 5), 3)).toBe(4);
    expect(pessimisticPoint(scale(1, 5), 4)).toBe(5);
    expect(pessimisticPoint(scale(1, 5), 0)).toBe(1);
    expect(pessimisticPoint(scale(1, 5, 2), 3)).toBe(3);
    expect(pessimisticPoint(scale(0, 10), 3)).toBe(8);
  });

  it('applies floors after the dimensions, reading answers and risk()', () => {
    const weak = scoreVendor({ C1: 1, C2: 1, A2: 'weak', B1: ['manufacturing'] }).severity;
    expect(weak).toMatchObject({ band: 3, dimensionBand: 1 });
    expect(weak.floorsApplied.map((floor) => floor.id)).toEqual(['weak-governance-manufacturing']);

    const uncertified = scoreVendor({ C1: 1, C2: 1, A3: ['none'] }).severity;
    expect(uncertified).toMatchObject({ band: 2, floorsApplied: [{ id: 'no-certification', atLeast: 2 }] });

    const forced = scoreVendor({ C1: 1, C2: 1, B2: ['forced-labour'] }).severity;
    expect(forced.band).toBe(4);
  });

  it('lists a floor that holds even when the dimensions are already higher', () => {
    const severity = scoreVendor({ C1: 5, A3: ['none'] }).severity;
    expect(severity.band).toBe(5);
    expect(severity.floorsApplied.map((floor) => floor.id)).toEqual(['no-certification']);
  });
});

describe('likelihood', () => {
  it('bands L by exclusive upper cut-offs', () => {
    const cutoffs = [15, 35, 55, 75];
    expect([0, 14.99, 15, 34.99, 35, 55, 74.99, 75, 100].map((l) => bandFromCutoffs(l, cutoffs))).toEqual([
      1, 1, 2, 2, 3, 4, 4, 5, 5,
    ]);
  });

  it('is Σ weight × S(component), a restricted component reading only its questions', () => {
    const answers = {
      A2: 'moderate',
      A3: ['iso9001'],
      B1: ['manufacturing'],
      B2: ['wage-violation'],
      B5: 'partial',
    };
    const result = scoreVendor(answers);
    // 0.5 × 10/28 + 0.3 × (9 + 2)/20 + 0.2 × 0, in percent.
    expect(result.likelihood).toMatchObject({ score: 34.36, computedBand: 2, finalBand: 2 });
    const failedAudit = scoreVendor({ ...answers, B4: 5 });
    expect(failedAudit.likelihood.score).toBe(34.36);
    expect(failedAudit.sections.find((s) => s.section === 'B')?.score).not.toBe(
      result.sections.find((s) => s.section === 'B')?.score,
    );
  });

  it('lets the assessor move the band by one, clamping anything further', () => {
    const noCredit = { B5: 'partial' };
    expect(scoreVendor({ ...noCredit, C3: 2 }).likelihood).toMatchObject({
      computedBand: 1,
      assessorBand: 2,
      assessorMove: 1,
      assessorClamped: false,
      finalBand: 2,
    });
    expect(scoreVendor({ ...noCredit, C3: 4 }).likelihood).toMatchObject({
      computedBand: 1,
      assessorBand: 4,
      assessorMove: 1,
      assessorClamped: true,
      finalBand: 2,
    });
    const high = { ...noCredit, A2: 'weak', A3: ['none'], C4: 'self-reported' };
    expect(scoreVendor({ ...high, C3: 1 }).likelihood).toMatchObject({
      computedBand: 3,
      assessorMove: -1,
      assessorClamped: true,
      finalBand: 2,
    });
    expect(scoreVendor({ ...noCredit, C3: 'unknown' }).likelihood).toMatchObject({
      assessorBand: null,
      assessorMove: 0,
    });
  });

  it('pins the band at 5 on actual misuse, whatever the judgement or mitigation', () => {
    const result = scoreVendor({ B2: ['child-labour'], C3: 1 });
    expect(result.likelihood).toMatchObject({
      actualMisuse: ['recent-incidents'],
      finalBand: 5,
      mitigationCreditApplied: false,
    });
    expect(result.explanation.find((step) => step.kind === 'mitigation')?.text).toContain('actual misuse');
    expect(result.explanation.find((step) => step.kind === 'actual')?.questionIds).toEqual(['B2']);
  });

  describe('mitigation credit', () => {
    // Severity 3 (C1), L = 0.5 × 8/28 + 0.3 × 15 = 18.79 → band 2; credit needs C4 verified and B5 complete.
    const base = { C1: 3, A3: ['none'] };

    it('lowers the band by the credit when every condition holds', () => {
      const credited = scoreVendor(base);
      expect(credited.likelihood).toMatchObject({
        computedBand: 2,
        finalBand: 1,
        mitigationCreditApplied: true,
      });
      expect(credited).toMatchObject({ matrixTier: 'Low', tier: 'Low', recommendation: 'approve' });
      const without = scoreVendor({ ...base, B5: 'partial' });
      expect(without.likelihood).toMatchObject({ finalBand: 2, mitigationCreditApplied: false });
      expect(without).toMatchObject({ tier: 'Medium', recommendation: 'approve-with-conditions' });
    });

    it('is withheld above the maximum severity', () => {
      const result = scoreVendor({ ...base, C1: 4 });
      expect(result.likelihood).toMatchObject({ finalBand: 2, mitigationCreditApplied: false });
      expect(result.explanation.find((step) => step.kind === 'mitigation')?.text).toContain(
        'severity is above',
      );
    });

    it('is withheld when a STOP flag is raised', () => {
      const result = scoreVendor({ ...base, A4: 'yes' });
      expect(result.likelihood.mitigationCreditApplied).toBe(false);
      expect(result.explanation.find((step) => step.kind === 'mitigation')?.text).toContain('STOP');
    });

    it('never lowers below band 1', () => {
      expect(scoreVendor().likelihood).toMatchObject({
        computedBand: 1,
        finalBand: 1,
        mitigationCreditApplied: true,
      });
    });
  });
});

describe('matrix', () => {
  it('reads matrix[severity − 1][likelihood − 1]', () => {
    const scoring = vendorOnboarding().template.scoring;
    if (!scoring) throw new Error('fixture has scoring');
    expect(matrixTier(scoring, 1, 5)).toBe('Medium');
    expect(matrixTier(scoring, 5, 1)).toBe('Medium');
    expect(matrixTier(scoring, 5, 4)).toBe('Unacceptable');
    expect(matrixTier(scoring, 3, 2)).toBe('Medium');
    expect(() => matrixTier(scoring, 6, 1)).toThrow(/no cell/);
  });
});
