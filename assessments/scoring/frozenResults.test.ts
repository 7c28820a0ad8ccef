import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../questionnaire/answers';
import { canonicalJson } from '../shared/canonicalJson';
import { scoringResultSchema } from './resultSchema';
import { scoreAssessment } from './scoreAssessment';
import frozen from './testing/frozenResults-1.0.0.json';
import { surveillanceExportHria } from './testing/realTemplate';

/**
 * DESIGN §2a: `surveillance-export-hria@1.0.0` with `se-hria-scoring/1.0` scores byte-identically
 * forever, because a verifier re-scores signed reports and compares the canonical JSON of the whole
 * result. The fixture holds answer sets (worked examples, calibration cases, seeded random sets and
 * an Unknown-dimension variant) with the SHA-256 of the canonical result the engine produced before
 * methodology 1.1's optional features (caps, decisive answers, revisit prompts) were added.
 */

interface FrozenCase {
  name: string;
  resultSha256: string;
  summary: unknown;
  answers: Record<string, unknown>;
  evidence: Record<string, string[]>;
}

const compiled = surveillanceExportHria();
const cases = frozen.cases as FrozenCase[];

function score(frozenCase: FrozenCase) {
  const evidenceCounts = Object.fromEntries(
    Object.entries(frozenCase.evidence).map(([id, items]) => [id, items.length]),
  );
  return scoreAssessment(compiled, frozenCase.answers as Answers, {
    evidenceCounts,
    evidenceLinks: frozenCase.evidence,
  });
}

describe('se-hria-scoring/1.0 is frozen (DESIGN §2a)', () => {
  it('the fixture pins the shipped template and methodology', () => {
    expect(compiled.template).toMatchObject({ id: 'surveillance-export-hria', version: '1.0.0' });
    expect(compiled.template.scoring?.version).toBe(frozen.scoring);
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s scores to the same canonical JSON as before',
    (_name, frozenCase) => {
      const result = score(frozenCase);
      const canonical = canonicalJson(result);
      const digest = createHash('sha256').update(canonical, 'utf8').digest('hex');
      // The summary first, so a regression names what moved; the digest covers every byte.
      expect({
        tier: result.tier,
        recommendation: result.recommendation,
        matrixTier: result.matrixTier,
        severity: result.severity.band,
        likelihood: result.likelihood.finalBand,
        flags: result.flags.map((flag) => flag.id),
      }).toEqual(frozenCase.summary);
      expect(digest).toBe(frozenCase.resultSha256);
      expect(scoringResultSchema.parse(result)).toEqual(result);
    },
  );

  it('results of an unconfigured template carry none of the 1.1 keys, not even empty', () => {
    for (const frozenCase of cases) {
      const result = score(frozenCase);
      expect(Object.keys(result)).not.toContain('revisit');
      expect(Object.keys(result.severity)).not.toContain('capsApplied');
    }
  });
});
