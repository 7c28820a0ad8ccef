import type { PdfVerification } from './verificationSchema';

const HEADLINE: Record<PdfVerification['verdict'], string> = {
  valid: 'VALID: the signature is intact, made by a trusted signer, and the report is consistent.',
  'valid-untrusted':
    'VALID BUT UNTRUSTED: the document is intact and consistent, but the signer does not chain to a certificate you trust. Compare the signer fingerprint with the one the assessor gave you, or pass it with --trust.',
  invalid: 'INVALID: do not rely on this document.',
  'modified-after-signing':
    'MODIFIED AFTER SIGNING: the signed part is intact, but bytes were added after the signature. Only the signed revision is the report.',
  'not-signed': 'NOT SIGNED: the document carries no digital signature.',
};

const commonName = (subject: string) => /(?:^|\n)CN=([^\n]*)/.exec(subject)?.[1] ?? subject;

/** Plain-language lines for a person: the verdict first, then what it rests on. */
export function summarise(result: PdfVerification): string[] {
  const lines = [HEADLINE[result.verdict]];
  if (result.error) lines.push(result.error);
  for (const signature of result.signatures) {
    const who = signature.signer
      ? `${commonName(signature.signer.subject)} (certificate SHA-256 ${signature.signer.fingerprint})`
      : 'an unknown signer';
    lines.push(
      `Signature ${signature.index + 1} by ${who}${signature.signingTime ? `, claimed signing time ${signature.signingTime}` : ''}: ${signature.status}.`,
    );
    for (const check of signature.checks)
      if (check.status !== 'pass') lines.push(`  ${check.status.toUpperCase()}: ${check.message}`);
  }
  if (result.content.assessmentId)
    lines.push(
      `Assessment ${result.content.assessmentId}, template ${result.content.templateRef ?? 'unknown'}.`,
    );
  for (const check of result.content.checks)
    if (check.status !== 'pass') lines.push(`  ${check.status.toUpperCase()}: ${check.message}`);
  return lines;
}
