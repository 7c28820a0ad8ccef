import { EMBEDDED_ASSESSMENT_FORMAT_V1, type EmbeddedAssessment } from './embeddedAssessment';
import type { Checks } from './checks';

/** What the content checks need of each signature, in file order (the first is the assessor's). */
export interface SignatureSummary {
  /** 1-based, as people count them. */
  number: number;
  kind: 'signature' | 'document-timestamp';
  fingerprint: string | null;
  /** /M or signing-time: a claim. */
  claimedTime: Date | null;
}

/**
 * The report names, inside the signed content, the certificate that must make its first signature,
 * so the genuine bytes re-signed with another key (even one with the same name) do not verify.
 */
export function checkSignerBinding(
  data: EmbeddedAssessment,
  signatures: readonly SignatureSummary[],
  checks: Checks,
): void {
  if (data.format === EMBEDDED_ASSESSMENT_FORMAT_V1) {
    checks.warn('signer-binding', 'contentSignerBindingNotRecorded', { format: data.format });
    return;
  }
  const first = signatures.find((s) => s.kind === 'signature');
  if (!first) return;
  if (!data.signer) {
    checks.fail('signer-binding', 'contentSignerNotNamed');
    return;
  }
  const expected = data.signer.fingerprint;
  if (first.fingerprint !== expected) {
    checks.fail('signer-binding', 'contentSignerMismatch', {
      expected,
      actual: first.fingerprint ?? '—',
      signature: first.number,
    });
    return;
  }
  checks.pass('signer-binding', 'contentSignerBound', { fingerprint: expected });
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * A claimed signing time earlier than the report's own generation or the decision it carries is
 * false. /M has whole seconds, so the comparison is at one-second resolution.
 */
export function checkSigningTimes(
  data: EmbeddedAssessment,
  signatures: readonly SignatureSummary[],
  checks: Checks,
): void {
  const generated = new Date(data.generatedAt);
  const decided = data.decision ? new Date(data.decision.decidedAt) : null;
  let ok = true;
  for (const signature of signatures) {
    const claimed = signature.claimedTime;
    if (!claimed) continue;
    const params = { signature: signature.number, claimed: claimed.toISOString() };
    if (!Number.isNaN(generated.getTime()) && seconds(claimed) < seconds(generated)) {
      checks.fail('signing-time', 'timeClaimBeforeGenerated', { ...params, time: data.generatedAt });
      ok = false;
    } else if (decided && !Number.isNaN(decided.getTime()) && seconds(claimed) < seconds(decided)) {
      checks.fail('signing-time', 'timeClaimBeforeDecision', { ...params, time: decided.toISOString() });
      ok = false;
    }
  }
  if (ok && signatures.some((s) => s.claimedTime))
    checks.pass('signing-time', 'timeClaimOrderOk', {
      generated: data.generatedAt,
      decided: data.decision?.decidedAt ?? '—',
    });
}
