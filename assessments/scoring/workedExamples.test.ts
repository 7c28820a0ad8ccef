import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../questionnaire/answersFile';
import spyware from '../../test/fixtures/answers/example-1-spyware.json';
import frtAirport from '../../test/fixtures/answers/example-2-frt-airport.json';
import liInterior from '../../test/fixtures/answers/example-3-li-interior.json';
import { scoreAssessment } from './scoreAssessment';
import type { ScoringResult } from './resultSchema';
import { surveillanceExportHria } from './testing/realTemplate';
import { compileJson } from './testing/templates';
import template11Json from '../../templates/surveillance-export-hria/1.1.0/template.json';
import type { CompiledTemplate } from '../questionnaire/compile';

const compiled = surveillanceExportHria();
const compiled11 = compileJson(template11Json);

/** The file's `evidence` block (question id → evidence ids), read here so the test does not depend on the parser's shape. */
function evidenceOf(json: unknown): Record<string, string[]> {
  const evidence = (json as { evidence?: Record<string, string[]> }).evidence;
  if (!evidence) throw new Error('the worked example has no evidence block');
  return evidence;
}

function scoreFile(json: unknown, template: CompiledTemplate = compiled): ScoringResult {
  const parsed = parseAnswersFile(json, template);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const evidence = evidenceOf(json);
  const evidenceCounts = Object.fromEntries(
    Object.entries(evidence).map(([id, items]) => [id, items.length]),
  );
  return scoreAssessment(template, parsed.answers, { evidenceCounts, evidenceLinks: evidence });
}

type AnswersJson = { template: string; answers: Record<string, { value: unknown; note?: string }> };

/**
 * A worked example re-answered for template 1.1.0: the pin moves, the renamed option of I5 follows,
 * and the questions 1.1 adds (B10 integration, E9 intermediaries, G8 response plan, G9 public
 * reporting) get the answers the example's facts give, plus any change the example names.
 */
function for11(json: unknown, changes: Record<string, unknown>): unknown {
  const file = structuredClone(json) as AnswersJson;
  file.template = 'surveillance-export-hria@1.1.0';
  const i5 = file.answers.I5;
  if (i5 && Array.isArray(i5.value))
    i5.value = i5.value.map((v: unknown) => (v === 'end-user-change' ? 'user-changed' : v));
  const defaults = { B10: 'standalone', E9: ['no-intermediary'], G8: 'yes', G9: 'no' };
  for (const [id, value] of Object.entries({ ...defaults, ...changes })) file.answers[id] = { value };
  return file;
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

/**
 * BRIEF §6.6 under methodology 1.1 (template 1.1.0, se-hria-scoring/1.1). The examples keep their
 * results; docs/methodology-1.1.md explains what changes on the way (example 1's actual misuse now
 * comes from D3 recording misuse of this capability by this end user, not from the country pattern).
 */
describe('worked examples (BRIEF §6.6) under methodology 1.1', () => {
  it('scores with se-hria-scoring/1.1', () => {
    expect(compiled11.template).toMatchObject({
      version: '1.1.0',
      scoring: { version: 'se-hria-scoring/1.1' },
    });
  });

  it('1 — spyware to a national intelligence service: still Unacceptable → deny, actual misuse from D3 only', () => {
    // "Forensic reports document infections of journalists" by this service: misuse of this capability by this end user.
    const result = scoreFile(for11(spyware, { D3: 'documented-misuse-this-capability' }), compiled11);
    expect(result).toMatchObject({
      tier: 'Unacceptable',
      recommendation: 'deny',
      matrixTier: 'Unacceptable',
    });
    expect(result.configVersion).toBe('se-hria-scoring/1.1');
    expect(result.severity).toMatchObject({ band: 5, dimensionBand: 5 });
    expect(result.severity.floorsApplied.map((floor) => floor.id)).toEqual([
      'grave-rights',
      'targeted-groups',
    ]);
    expect(result.likelihood).toMatchObject({ finalBand: 5, actualMisuse: ['misuse-evidenced'] });
    expect(flagIds(result)).toEqual(expect.arrayContaining(['C3-ESC', 'C8-ESC', 'D3-ESC']));
    expect(result.flags.some((flag) => flag.code === 'STOP')).toBe(false);
    expect(result.revisit?.map((prompt) => prompt.id)).toEqual(['I1-awareness']);
  });

  it('1 — the country pattern alone (C8) no longer sets likelihood to 5', () => {
    const result = scoreFile(for11(spyware, {}), compiled11);
    // No actual-misuse rule fires; the band that remains is the arithmetic of sections B–E (and F6).
    expect(result.likelihood.actualMisuse).toEqual([]);
    // Severity 5 keeps the matrix Unacceptable whatever the likelihood from 3 up.
    expect(result).toMatchObject({ tier: 'Unacceptable', recommendation: 'deny' });
  });

  it('2 — facial recognition for airport boarding gates: Low → approve, the scope cap does not bind', () => {
    const result = scoreFile(for11(frtAirport, {}), compiled11);
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
    expect(result.severity.capsApplied?.map((cap) => cap.id)).toEqual(['scope-needs-intrusion']);
    expect(result.likelihood).toMatchObject({ computedBand: 1, finalBand: 1 });
    expect(result.flags).toEqual([]);
  });

  it('3 — LI monitoring-centre analytics to an interior ministry: High → refer, mitigation credit cannot lower it', () => {
    const result = scoreFile(for11(liInterior, { E9: ['none-found'] }), compiled11);
    expect(result).toMatchObject({
      tier: 'High',
      recommendation: 'refer',
      matrixTier: 'High',
      incomplete: false,
    });
    expect(result.severity.band).toBe(4);
    expect(result.likelihood).toMatchObject({ computedBand: 3, finalBand: 2, mitigationCreditApplied: true });
    expect(flagIds(result)).toEqual(['C9-ESC']);
    expect(result.finalisable).toBe(true);
  });
});
