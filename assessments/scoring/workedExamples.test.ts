import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../questionnaire/answersFile';
import spyware from '../../test/fixtures/answers/example-1-spyware.json';
import frtAirport from '../../test/fixtures/answers/example-2-frt-airport.json';
import liInterior from '../../test/fixtures/answers/example-3-li-interior.json';
import { scoreAssessment } from './scoreAssessment';
import type { ScoringResult } from './resultSchema';
import { surveillanceExportHria } from './testing/realTemplate';

const compiled = surveillanceExportHria();

/** The file's `evidence` block (question id → evidence ids), read here so the test does not depend on the parser's shape. */
function evidenceOf(json: unknown): Record<string, string[]> {
  const evidence = (json as { evidence?: Record<string, string[]> }).evidence;
  if (!evidence) throw new Error('the worked example has no evidence block');
  return evidence;
}

function scoreFile(json: unknown): ScoringResult {
  const parsed = parseAnswersFile(json, compiled);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const evidence = evidenceOf(json);
  const evidenceCounts = Object.fromEntries(
    Object.entries(evidence).map(([id, items]) => [id, items.length]),
  );
  return scoreAssessment(compiled, parsed.answers, { evidenceCounts, evidenceLinks: evidence });
}

const flagIds = (result: ScoringResult) => result.flags.map((flag) => flag.id);

/** BRIEF §6.6, scored against the shipped template. */
describe('worked examples (BRIEF §6.6)', () => {
  it('1 — spyware to a national intelligence service: Unacceptable → deny from the matrix, no STOP', () => {
    const result = scoreFile(spyware);
    expect(result).toMatchObject({
      tier: 'Unacceptable',
      recommendation: 'deny',
      matrixTier: 'Unacceptable',
    });
    expect(result.severity).toMatchObject({ band: 5, dimensionBand: 5 });
    expect(result.severity.floorsApplied.map((floor) => floor.id)).toEqual([
      'grave-rights',
      'targeted-groups',
    ]);
    expect(result.likelihood).toMatchObject({ finalBand: 5, actualMisuse: ['misuse-evidenced'] });
    expect(result.likelihood.score).toBeGreaterThanOrEqual(60);
    expect(flagIds(result)).toEqual(expect.arrayContaining(['C3-ESC', 'C8-ESC', 'D3-ESC']));
    expect(result.flags.some((flag) => flag.code === 'STOP')).toBe(false);
    expect(result.gaps).toMatchObject({ unknownAnswers: [], missingRequired: [], missingEvidence: [] });
  });

  it('2 — facial recognition for airport boarding gates: Low → approve', () => {
    const result = scoreFile(frtAirport);
    expect(result).toMatchObject({
      tier: 'Low',
      recommendation: 'approve',
      incomplete: false,
      finalisable: true,
    });
    expect(result.severity).toMatchObject({
      band: 3,
      dimensions: { F3: 2, F4: 3, F5: 2 },
      floorsApplied: [],
    });
    expect(result.likelihood).toMatchObject({ computedBand: 1, finalBand: 1 });
    expect(result.likelihood.score).toBeLessThan(20);
    expect(result.flags).toEqual([]);
    expect(result.overrides).toEqual([]);
    expect(result.gaps).toEqual({
      unknownAnswers: [],
      missingRequired: [],
      missingEvidence: [],
      openGapFlags: [],
    });
  });

  it('3 — LI monitoring-centre analytics to an interior ministry: High → refer, mitigation credit cannot lower it', () => {
    const result = scoreFile(liInterior);
    expect(result).toMatchObject({
      tier: 'High',
      recommendation: 'refer',
      matrixTier: 'High',
      incomplete: false,
    });
    expect(result.severity.band).toBe(4);
    expect(result.likelihood).toMatchObject({ computedBand: 3, finalBand: 2, mitigationCreditApplied: true });
    expect(flagIds(result)).toEqual(['C9-ESC']);
    expect(result.overrides.map((override) => override.step)).toEqual(['ESC']);
    expect(result.finalisable).toBe(true);
    const trail = result.explanation.find((step) => step.kind === 'flag');
    expect(trail).toMatchObject({ questionIds: ['C9'], evidenceIds: ['ex3-legal-framework-analysis'] });
  });
});
