import { createHash } from 'node:crypto';
import type { EmbeddedAssessment } from './embeddedAssessment';
import { scoreAssessment } from '../scoring/scoreAssessment';
import { canonicallyEqual } from '../shared/canonicalJson';
import type { Checks } from './checks';
import { uncachedTemplateLookup, type TemplateLookup } from './templateLookup';

/** The shipped HRIA template with six translations is about 600 kB of canonical JSON. */
export const MAX_TEMPLATE_CHARS = 2 * 1024 * 1024;

const flagIds = (r: { flags: { id: string }[] }) =>
  r.flags
    .map((f) => f.id)
    .sort()
    .join(',');

/**
 * The embedded template must hash to the pinned reference, and the score recomputed from it and the
 * embedded answers must equal the embedded result byte for byte (frozen scoring versions, DESIGN §2a).
 */
export function recomputeScore(
  data: EmbeddedAssessment,
  templates: TemplateLookup | undefined,
  checks: Checks,
) {
  const ref = data.templateRef;
  if (data.templateCanonical.length > MAX_TEMPLATE_CHARS) {
    checks.fail('template-hash', 'contentTemplateTooLarge', { limit: MAX_TEMPLATE_CHARS });
    return;
  }
  const hash = /#([0-9a-f]{64})$/.exec(ref)?.[1];
  // A template the lookup has checked is the very same string when the report carries it unchanged.
  const actual =
    templates?.known.find((entry) => entry.canonical === data.templateCanonical)?.hash ??
    createHash('sha256').update(data.templateCanonical, 'utf8').digest('hex');
  const pinned = data.assessment.template?.hash;
  if (!hash || hash !== actual || (pinned !== undefined && pinned !== hash)) {
    checks.fail('template-hash', 'contentTemplateHashMismatch', { ref });
    return;
  }
  checks.pass('template-hash', 'contentTemplateHashOk', { ref });
  let recomputed;
  try {
    const compiled = (templates ?? uncachedTemplateLookup).compile(hash, data.templateCanonical);
    const evidenceCounts = Object.fromEntries(
      Object.entries(data.evidenceLinks).map(([q, ids]) => [q, ids.length]),
    );
    recomputed = scoreAssessment(compiled, data.answers, {
      evidenceCounts,
      evidenceLinks: data.evidenceLinks,
    });
  } catch (error) {
    checks.fail('score', 'contentScoreNotRecomputable', { reason: (error as Error).message });
    return;
  }
  const differences = [
    recomputed.tier !== data.result.tier && `tier ${data.result.tier} ≠ ${recomputed.tier}`,
    recomputed.recommendation !== data.result.recommendation &&
      `recommendation ${data.result.recommendation} ≠ ${recomputed.recommendation}`,
    flagIds(recomputed) !== flagIds(data.result) &&
      `flags [${flagIds(data.result)}] ≠ [${flagIds(recomputed)}]`,
  ].filter(Boolean);
  if (differences.length > 0)
    checks.fail('score', 'contentScoreDiffers', { differences: differences.join('; ') });
  else if (!canonicallyEqual(recomputed, data.result)) checks.fail('score', 'contentScoreDetailsDiffer');
  else
    checks.pass('score', 'contentScoreOk', {
      tier: recomputed.tier,
      recommendation: recomputed.recommendation,
      flags: recomputed.flags.length,
    });
}
