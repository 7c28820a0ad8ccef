import type { Checks } from './checks';
import type { ChainValidation, RevocationStatus } from './chain/validateChain';

const iso = (date: Date) => date.toISOString();

/** The CN line of a node:crypto subject ("CN=…"), or the whole subject when it has none. */
export const commonNameLine = (subject: string) =>
  subject.split('\n').find((line) => line.startsWith('CN=')) ?? subject;

function recordRevocation(subject: string, revocation: RevocationStatus, checks: Checks): void {
  if (revocation.status === 'not-checked') {
    checks.warn('revocation', 'sigRevocationNotChecked', { subject });
    return;
  }
  const issuedAt = iso(revocation.issuedAt);
  if (revocation.status === 'good') {
    const key = revocation.source === 'crl' ? 'sigRevocationGoodCrl' : 'sigRevocationGoodOcsp';
    checks.pass('revocation', key, { subject, issuedAt });
    return;
  }
  checks.fail('revocation', revocation.source === 'crl' ? 'sigRevokedCrl' : 'sigRevokedOcsp', {
    subject,
    issuedAt,
    revokedAt: iso(revocation.revokedAt),
    reason: revocation.reason,
  });
}

/**
 * Records whether the signer chains to an anchor and, when it does, what revocation values say
 * about each certificate on the path. Not chaining is a warning (the document may be sound, only
 * its signer is not one the verifier trusts); a revoked certificate is a failure. Returns whether
 * the signer is trusted.
 */
export function checkTrust(validation: ChainValidation, at: Date, checks: Checks): boolean {
  if (!validation.trusted) {
    const reason = validation.untrusted?.reason ?? 'no-path';
    if (reason === 'no-anchors') checks.warn('trust', 'sigTrustNoAnchors');
    else if (reason === 'no-path') checks.warn('trust', 'sigTrustNoPath');
    else if (reason === 'not-valid-at-time')
      checks.warn('trust', 'sigTrustNotValidAtTime', { time: iso(at) });
    else if (reason === 'issuer-not-ca') checks.warn('trust', 'sigTrustIssuerNotCa');
    else checks.warn('trust', 'sigTrustChainInvalid', { reason: validation.untrusted?.detail ?? '' });
    return false;
  }
  checks.pass('trust', 'sigTrustChain', { chain: validation.chain.map(commonNameLine).join(' → ') });
  if (validation.signerIsAnchor) checks.skip('revocation', 'sigRevocationAnchor');
  for (const { subject, revocation } of validation.revocation)
    recordRevocation(commonNameLine(subject), revocation, checks);
  return true;
}
