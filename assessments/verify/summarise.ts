import { subjectAttribute } from '../shared/distinguishedName';
import type { PdfVerification, SignatureVerification } from './verificationSchema';

const HEADLINE: Record<PdfVerification['verdict'], string> = {
  valid: 'VALID: the signatures are intact, made by trusted signers, and the report is consistent.',
  'valid-untrusted':
    'VALID BUT UNTRUSTED: the document is intact and consistent, but a signer does not chain to a certificate you trust. Compare the signer fingerprint with the one the assessor gave you, or pass it with --trust.',
  indeterminate:
    'INDETERMINATE: the document is intact, but the time evidence cannot show a certificate was valid when it signed (expired, with no trusted timestamp).',
  invalid: 'INVALID: do not rely on this document.',
  'modified-after-signing':
    'MODIFIED AFTER SIGNING: the document was changed after it was signed; do not rely on what it shows. Only the signed revision is the report.',
  'not-verified':
    "NOT VERIFIED: the file could not be verified within the verifier's work limits; nothing is said about it.",
  'not-signed': 'NOT SIGNED: the document carries no digital signature.',
};

const commonName = (subject: string) => subjectAttribute(subject, 'CN') || subject;

function signatureLine(signature: SignatureVerification): string {
  const who = signature.signer
    ? `${commonName(signature.signer.subject)}, certificate SHA-256 ${signature.signer.fingerprint}`
    : signature.timestampAuthority
      ? `TSA ${commonName(signature.timestampAuthority.subject)}`
      : 'an unknown signer';
  const time = signature.provenTime
    ? `proven time ${signature.provenTime}`
    : signature.signingTime
      ? `claimed time ${signature.signingTime}`
      : 'no time';
  const certifying = signature.certification
    ? `, certifying (DocMDP P=${signature.certification.permissions})`
    : '';
  return `Signature ${signature.index + 1} (${signature.role}${certifying}${signature.revision ? `, revision ${signature.revision}` : ''}) by ${who}, ${time}: ${signature.status}.`;
}

/** ETSI's names for the commitment types Assay writes (see docs/signing.md, Countersigning). */
const COMMITMENT_WORDS: Record<string, string> = {
  approval: 'proof of approval',
  creation: 'proof of creation',
};

/** A signer's stated conclusion: the signed commitment type, then the /Reason that words it. */
function conclusionLine({ commitment, reason }: NonNullable<SignatureVerification['conclusion']>): string {
  const stated = COMMITMENT_WORDS[commitment] ?? `commitment type ${commitment}`;
  return `  Conclusion (signed): ${stated}${reason ? `; reason "${reason}"` : ''}.`;
}

/**
 * Plain-language lines for a person: the verdict first, then the decision the report carries, each
 * signer with role, fingerprint and time, and every check that did not pass.
 */
export function summarise(result: PdfVerification): string[] {
  const lines = [HEADLINE[result.verdict]];
  if (result.error) lines.push(result.error.message);
  const facts = result.content.facts;
  if (facts)
    lines.push(
      `Tier ${facts.tier}; final decision ${facts.finalRecommendation ?? 'none recorded'} (computed ${facts.computedRecommendation}); review date ${facts.reviewDate ?? 'none'}.`,
    );
  for (const signature of result.signatures) {
    lines.push(signatureLine(signature));
    if (signature.conclusion) lines.push(conclusionLine(signature.conclusion));
    for (const check of signature.checks)
      if (check.status !== 'pass') lines.push(`  ${check.status.toUpperCase()}: ${check.message}`);
  }
  for (const check of result.revisions.checks)
    if (check.status !== 'pass') lines.push(`  ${check.status.toUpperCase()}: ${check.message}`);
  for (const change of result.revisions.changes)
    if (change.verdict !== 'allowed')
      lines.push(`  ${change.verdict === 'disallowed' ? 'CHANGED' : 'WARN'}: ${change.message}`);
  if (result.content.assessmentId)
    lines.push(
      `Assessment ${result.content.assessmentId}, template ${result.content.templateRef ?? 'unknown'}.`,
    );
  for (const check of result.content.checks)
    if (check.status !== 'pass') lines.push(`  ${check.status.toUpperCase()}: ${check.message}`);
  return lines;
}
