import { describe, expect, it } from 'vitest';
import { translationKeys } from '../questionnaire/translationKeys';
import { canonicalJson } from '../shared/canonicalJson';
import { decisiveCounts, findCliffs } from './cliffs';
import { scoringResultSchema, type ScoringResult } from './resultSchema';
import { scoreAssessment } from './scoreAssessment';
import { optionsTemplate, scoreOptions } from './testing/methodologyOptions';
import { seededRandom } from './testing/prng';
import { randomAnswers } from './testing/randomAnswers';

const plain = optionsTemplate([]);
const capped = optionsTemplate(['caps']);
const withRevisit = optionsTemplate(['revisit']);
const withAll = optionsTemplate(['caps', 'decisive', 'revisit']);

describe('severity caps (methodology 1.1)', () => {
  it('limit what a dimension counts toward the max while their condition holds', () => {
    const severity = scoreOptions(capped, { A1: 2, A2: 5, A3: 'none', A4: 'no' }).severity;
    expect(severity).toEqual({
      band: 3,
      dimensionBand: 3,
      // The assessor's own points are reported as given; only their weight in the max is capped.
      dimensions: { A1: 2, A2: 5, A6: null },
      assumedDimensions: [],
      floorsApplied: [],
      capsApplied: [{ id: 'scope-cap', dimension: 'A2', atMost: 3, reason: 'Low intrusion' }],
    });
  });

  it('do nothing when their condition does not hold, and are then not listed', () => {
    const severity = scoreOptions(capped, { A1: 3, A2: 5, A3: 'none', A4: 'no' }).severity;
    expect(severity).toMatchObject({ band: 5, dimensionBand: 5, capsApplied: [] });
  });

  it('take the lowest cap when several hold on one dimension, listed in template order', () => {
    const severity = scoreOptions(capped, { A1: 1, A2: 5, A3: 'none', A4: 'no' }).severity;
    expect(severity.dimensionBand).toBe(2);
    expect(severity.capsApplied?.map((cap) => cap.id)).toEqual(['scope-cap', 'scope-cap-min']);
  });

  it('cap the pessimistic point of an Unknown or unanswered dimension too', () => {
    for (const A2 of ['unknown', undefined]) {
      const uncapped = scoreOptions(plain, { A1: 2, A2, A3: 'none', A4: 'no' }).severity;
      const severity = scoreOptions(capped, { A1: 2, A2, A3: 'none', A4: 'no' }).severity;
      expect(uncapped.dimensionBand).toBe(4);
      expect(severity).toMatchObject({ dimensionBand: 3, assumedDimensions: ['A2'] });
    }
  });

  it('apply before the floors, which may still raise the band', () => {
    const severity = scoreOptions(capped, { A1: 2, A2: 5, A3: 'documented', A4: 'no' }).severity;
    expect(severity).toMatchObject({ band: 4, dimensionBand: 3 });
    expect(severity.floorsApplied.map((floor) => floor.id)).toEqual(['documented']);
    expect(severity.capsApplied?.map((cap) => cap.id)).toEqual(['scope-cap']);
  });

  it('are not listed for a hidden dimension, and apply once it is shown', () => {
    const hidden = scoreOptions(capped, { A1: 2, A2: 1, A3: 'none', A4: 'no', A6: 5 }).severity;
    expect(hidden.capsApplied?.map((cap) => cap.id)).toEqual(['scope-cap']);
    const shown = scoreOptions(capped, { A1: 2, A2: 1, A3: 'none', A4: 'yes', A6: 5 }).severity;
    expect(shown).toMatchObject({ dimensionBand: 2, dimensions: { A6: 5 } });
    expect(shown.capsApplied?.map((cap) => cap.id)).toEqual(['scope-cap', 'hidden-cap']);
  });
});

describe('revisit prompts (methodology 1.1)', () => {
  it('list each prompt whose condition holds, in template order', () => {
    const result = scoreOptions(withRevisit, { A1: 2, A2: 4, A3: 'documented', A4: 'no' });
    expect(result.revisit).toEqual([
      { id: 'severe', questionId: 'A1', reason: 'Check intrusiveness' },
      { id: 'awareness', questionId: 'A4', reason: 'Awareness?' },
    ]);
  });

  it('give an empty list when configured and none holds; they never change the score', () => {
    const answers = { A1: 2, A2: 2, A3: 'none', A4: 'no' } as const;
    const result = scoreOptions(withRevisit, answers);
    expect(result.revisit).toEqual([]);
    const { revisit: _revisit, ...rest } = result;
    expect(rest).toEqual(scoreOptions(plain, answers));
  });
});

/** The result without the 1.1 keys, to compare with the result of the template that lacks them. */
function withoutOptionalKeys(result: ScoringResult): ScoringResult {
  const { revisit: _revisit, ...rest } = result;
  const { capsApplied: _caps, ...severity } = rest.severity;
  return { ...rest, severity };
}

describe('absent when not configured', () => {
  it('a template without caps, decisive or revisit yields no new key, not even an empty one', () => {
    const result = scoreOptions(plain, { A1: 2, A2: 5, A3: 'documented', A4: 'yes', A6: 3 });
    expect(Object.keys(result)).not.toContain('revisit');
    expect(Object.keys(result.severity)).not.toContain('capsApplied');
    expect(canonicalJson(result)).not.toMatch(/capsApplied|revisit/);
  });

  it('decisive answers and prompts never change the score; caps change only the severity they cap', () => {
    const random = seededRandom(11);
    const decisiveOnly = optionsTemplate(['decisive']);
    let uncapped = 0;
    for (let run = 0; run < 200; run += 1) {
      const answers = randomAnswers(plain, random, { unknownRate: 0.2, missingRate: 0.1 });
      const base = scoreAssessment(plain, answers);
      const all = scoreAssessment(withAll, answers);
      expect(scoringResultSchema.parse(all)).toEqual(all);
      expect(all.severity.capsApplied).toBeDefined();
      expect(all.revisit).toBeDefined();
      expect(all.severity.dimensionBand).toBeLessThanOrEqual(base.severity.dimensionBand);
      if (all.severity.capsApplied?.length === 0) {
        uncapped += 1;
        expect(withoutOptionalKeys(all)).toEqual(base);
      }
      expect(canonicalJson(scoreAssessment(decisiveOnly, answers))).toBe(canonicalJson(base));
    }
    expect(uncapped).toBeGreaterThan(50);
  });

  it('translation keys for the reasons exist only when configured', () => {
    const keys = [...translationKeys(withAll.template).keys()].filter((key) =>
      /^scoring\.(caps|decisive|revisit)\./.test(key),
    );
    expect(keys).toEqual([
      'scoring.caps.scope-cap',
      'scoring.caps.scope-cap-min',
      'scoring.caps.hidden-cap',
      'scoring.decisive.A3',
      'scoring.revisit.severe',
      'scoring.revisit.awareness',
    ]);
    expect([...translationKeys(plain.template).keys()].some((key) => /caps|decisive|revisit/.test(key))).toBe(
      false,
    );
  });
});

describe('decisive answers in the cliff analysis (methodology 1.1)', () => {
  const baseline = { A1: { value: 2 }, A2: { value: 2 }, A3: { value: 'none' }, A4: { value: 'no' } };

  it('move a decisive question’s big matrix jumps out of the cliffs, reported by question id', () => {
    const scoring = withAll.template.scoring;
    const plainScoring = plain.template.scoring;
    if (!scoring || !plainScoring) throw new Error('the fixture has a scoring block');
    const without = findCliffs(plain, plainScoring, baseline);
    const jumps = ['A3: none → documented', 'A3: none → unknown'];
    expect(without.matrixCliffs.map((cliff) => cliff.change.label)).toEqual(jumps);
    expect(without.decisiveChanges).toEqual([]);

    const report = findCliffs(withAll, scoring, baseline);
    expect(report.matrixCliffs).toEqual([]);
    expect(report.decisiveChanges.map((item) => [item.change.label, item.matrixSteps])).toEqual([
      [jumps[0], 3],
      [jumps[1], 2],
    ]);
    expect(decisiveCounts(report)).toEqual(new Map([['A3', 2]]));
    expect(report.variants).toBe(without.variants);
  });

  it('follow the probed scoring config, not the compiled template', () => {
    const scoring = withAll.template.scoring;
    if (!scoring) throw new Error('the fixture has a scoring block');
    const report = findCliffs(plain, scoring, baseline);
    expect(report.decisiveChanges).toHaveLength(2);
  });
});
