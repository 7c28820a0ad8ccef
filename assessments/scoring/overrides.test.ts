import { describe, expect, it } from 'vitest';
import { CLEAN_EVIDENCE, scoreVendor } from './testing/vendorAnswers';

const steps = (result: ReturnType<typeof scoreVendor>) => result.overrides.map((override) => override.step);
const flagIds = (result: ReturnType<typeof scoreVendor>) => result.flags.map((flag) => flag.id);

describe('red-flag overrides (BRIEF §6.4), on the vendor-onboarding fixture', () => {
  it('STOP makes the tier Unacceptable and the recommendation deny', () => {
    const result = scoreVendor({ A4: 'yes' });
    expect(result).toMatchObject({ tier: 'Unacceptable', recommendation: 'deny' });
    expect(result.overrides[0]).toMatchObject({ step: 'STOP', from: result.matrixTier, to: 'Unacceptable' });
    expect(result.matrixTier).not.toBe('Unacceptable');
  });

  it('applies every step in the order STOP, NOTIFY, ESC, cumulative, GAP', () => {
    const result = scoreVendor({
      A4: 'yes',
      A2: 'weak',
      B2: ['forced-labour', 'child-labour'],
      B5: 'missing',
    });
    expect(steps(result)).toEqual(['STOP', 'NOTIFY', 'ESC', 'cumulative', 'GAP']);
    expect(result).toMatchObject({ tier: 'Unacceptable', recommendation: 'deny', incomplete: true });
    expect(result.notification).toEqual({ required: true, flagIds: ['B2-NOTIFY'] });
    expect(flagIds(result)).toEqual(['A2-ESC', 'A4-STOP', 'B2-STOP', 'B2-NOTIFY', 'B2-ESC', 'B5-GAP']);
  });

  it('NOTIFY requires notification without changing the tier', () => {
    const result = scoreVendor({ B1: ['data-processing'], B3: 'partial', B2: ['child-labour'] });
    const notify = result.overrides.find((override) => override.step === 'NOTIFY');
    expect(notify?.from).toBe(notify?.to);
    expect(result.notification).toEqual({ required: true, flagIds: ['B2-NOTIFY'] });
    expect(scoreVendor().notification).toEqual({ required: false, flagIds: [] });
  });

  it('ESC raises the tier to at least High and the recommendation to at least refer', () => {
    const result = scoreVendor({ A2: 'weak' });
    expect(result.matrixTier).toBe('Low');
    // The fixture maps High to approve-with-conditions; the ESC minimum still makes it refer.
    expect(result).toMatchObject({ tier: 'High', recommendation: 'refer', incomplete: false });
    expect(result.overrides).toEqual([
      { step: 'ESC', from: 'Low', to: 'High', reason: 'ESC A2-ESC: at least High, at least refer' },
    ]);
  });

  it('ESC flags in enough different sections make it Unacceptable', () => {
    const result = scoreVendor({ A2: 'weak', B1: ['data-processing'], B3: 'none' });
    expect(steps(result)).toEqual(['ESC', 'cumulative']);
    expect(result.overrides[1]).toMatchObject({ from: 'High', to: 'Unacceptable' });
    expect(result).toMatchObject({ tier: 'Unacceptable', recommendation: 'deny' });
  });

  it('counts sections, not flags, for cumulative escalation', () => {
    const result = scoreVendor({ B1: ['data-processing'], B3: 'none', B2: ['child-labour'] });
    expect(flagIds(result)).toEqual(expect.arrayContaining(['B2-ESC', 'B3-ESC']));
    expect(steps(result)).toEqual(['NOTIFY', 'ESC']);
    expect(result).toMatchObject({ tier: 'High', recommendation: 'refer' });
  });

  describe('GAP gate', () => {
    it('an open GAP flag makes the result incomplete, at least High and refer', () => {
      const result = scoreVendor({ B5: 'missing' });
      expect(result).toMatchObject({
        matrixTier: 'Low',
        tier: 'High',
        recommendation: 'refer',
        incomplete: true,
      });
      expect(result.finalisable).toBe(false);
      expect(result.gaps.openGapFlags).toEqual(['B5-GAP']);
      expect(result.overrides).toEqual([
        {
          step: 'GAP',
          from: 'Low',
          to: 'High',
          reason: 'GAP B5-GAP open: incomplete, tier at least High, at least refer',
        },
      ]);
    });

    it('fires when Unknown exceeds the share of answered scored questions in the gate sections', () => {
      // Answered scored questions of A and B: A2 (Unknown), A4, B1 → one third.
      const result = scoreVendor({
        A2: 'unknown',
        A3: undefined,
        B2: undefined,
        B4: undefined,
        B5: undefined,
      });
      expect(result.gaps.openGapFlags).toEqual([]);
      expect(result).toMatchObject({ tier: 'High', incomplete: true, recommendation: 'refer' });
      expect(result.overrides[0]?.reason).toContain(
        'Unknown is 33 % of the scored answers in A, B (more than 25 %)',
      );
      expect(result.explanation.find((step) => step.kind === 'gate')?.questionIds).toEqual(['A2']);
    });

    it('does not fire at exactly the maximum share', () => {
      const result = scoreVendor({ A2: 'unknown', A3: undefined, B4: undefined, B5: undefined });
      expect(result).toMatchObject({ incomplete: false, tier: 'Low' });
    });

    it('keeps deny when the tier is already Unacceptable', () => {
      const result = scoreVendor({ A4: 'yes', B5: 'missing' });
      expect(result).toMatchObject({ tier: 'Unacceptable', recommendation: 'deny', incomplete: true });
      expect(result.overrides.at(-1)).toMatchObject({
        step: 'GAP',
        from: 'Unacceptable',
        to: 'Unacceptable',
      });
    });
  });

  describe('flags that read computed variables', () => {
    it('evaluates a tier flag against the tier after STOP/ESC/cumulative', () => {
      expect(flagIds(scoreVendor({ C4: 'self-reported' }))).not.toContain('C4-GAP');
      const escalated = scoreVendor({ C4: 'self-reported', A2: 'weak' });
      expect(flagIds(escalated)).toContain('C4-GAP');
      expect(steps(escalated)).toEqual(['ESC', 'GAP']);
      expect(escalated.incomplete).toBe(true);
    });

    it('evaluates a tier flag against the tier before the GAP gate', () => {
      const gated = scoreVendor({ C4: 'self-reported', B5: 'missing' });
      expect(gated.tier).toBe('High');
      expect(flagIds(gated)).toEqual(['B5-GAP']);
    });

    it('evaluates a likelihood flag against the final band, after the assessor', () => {
      const base = { B4: 5, B5: 'partial', A3: ['none'] };
      expect(scoreVendor(base).likelihood.finalBand).toBe(2);
      expect(flagIds(scoreVendor(base))).not.toContain('B4-ESC');
      const judged = scoreVendor({ ...base, C3: 3 });
      expect(judged.likelihood.finalBand).toBe(3);
      expect(flagIds(judged)).toContain('B4-ESC');
    });

    it('evaluates a severity flag against the band after floors', () => {
      expect(flagIds(scoreVendor({ C4: 'none', C1: 3 }))).not.toContain('C4-ESC');
      expect(flagIds(scoreVendor({ C4: 'none', C1: 1, C2: 1, B2: ['forced-labour'] }))).toContain('C4-ESC');
    });
  });

  describe('explanation trail', () => {
    const full = { A4: 'yes', A2: 'weak', B2: ['forced-labour', 'child-labour'], B5: 'missing' };

    it('walks severity, likelihood, matrix, flags and overrides in order', () => {
      const kinds = scoreVendor(full).explanation.map((step) => step.kind);
      expect([...new Set(kinds)]).toEqual([
        'severity',
        'floor',
        'likelihood',
        'mitigation',
        'actual',
        'matrix',
        'flag',
        'override',
        'gate',
      ]);
    });

    it('names the answers behind each flag and the questions behind each override', () => {
      const result = scoreVendor(full);
      const stopFlag = result.explanation.find(
        (step) => step.kind === 'flag' && step.text.startsWith('STOP A4-STOP'),
      );
      expect(stopFlag).toMatchObject({ questionIds: ['A4'] });
      expect(stopFlag?.text).toContain('(A4 = yes)');
      const stop = result.explanation.find(
        (step) => step.kind === 'override' && step.text.startsWith('STOP'),
      );
      expect(stop?.questionIds).toEqual(['A4', 'B2']);
    });

    it('attaches the sorted, de-duplicated evidence of the questions a step cites', () => {
      const links = { A4: ['ev-b', 'ev-a'], B2: ['ev-a', 'ev-c'], C1: ['ev-z'] };
      const result = scoreVendor(full, { evidenceCounts: CLEAN_EVIDENCE, evidenceLinks: links });
      const stop = result.explanation.find(
        (step) => step.kind === 'override' && step.text.startsWith('STOP'),
      );
      expect(stop?.evidenceIds).toEqual(['ev-a', 'ev-b', 'ev-c']);
      expect(result.explanation.find((step) => step.kind === 'matrix')).not.toHaveProperty('evidenceIds');
      expect(JSON.stringify(scoreVendor(full))).not.toContain('evidenceIds');
    });
  });
});
