import type { Checks } from './checks';

export interface SignatureTimeInput {
  certificate: { notBefore: Date; notAfter: Date };
  /** The signer's claim: /M, else the CMS signing-time attribute. */
  claimedTime: Date | undefined;
  /** A verified RFC 3161 timestamp over this signature, when it carries one. */
  timestamp: { genTime: Date; trusted: boolean } | null;
  now: Date;
}

export interface SignatureTimeResult {
  /** genTime of a trusted timestamp: proof that the signature existed then. */
  provenTime: Date | null;
  /** The time evidence cannot settle whether the certificate was valid when the signature was made. */
  indeterminate: boolean;
}

const iso = (date: Date) => date.toISOString();
const within = (at: Date, { notBefore, notAfter }: SignatureTimeInput['certificate']) =>
  at >= notBefore && at <= notAfter;

/**
 * `/M` and signing-time are only the signer's claims. A trusted timestamp proves when the signature
 * existed, and the certificate must have been valid then. Without one the certificate must be valid
 * both at the claimed time and now: a certificate that has expired since cannot show the signature
 * was made while it was valid, so the result is indeterminate rather than valid.
 */
export function checkSignatureTime(input: SignatureTimeInput, checks: Checks): SignatureTimeResult {
  const { certificate, claimedTime, timestamp, now } = input;
  const validity = { from: iso(certificate.notBefore), to: iso(certificate.notAfter) };
  if (timestamp?.trusted) {
    const proven = timestamp.genTime;
    if (!within(proven, certificate)) {
      checks.fail('certificate-validity', 'timeCertNotValidAtProvenTime', { time: iso(proven), ...validity });
      return { provenTime: proven, indeterminate: false };
    }
    // The timestamp is taken over the finished signature, so the claim cannot be later (whole seconds).
    if (claimedTime && Math.floor(claimedTime.getTime() / 1000) > Math.floor(proven.getTime() / 1000)) {
      checks.fail('signing-time', 'timeClaimAfterProof', { claimed: iso(claimedTime), time: iso(proven) });
      return { provenTime: proven, indeterminate: false };
    }
    checks.pass('certificate-validity', 'timeCertValidAtProvenTime', { time: iso(proven), ...validity });
    return { provenTime: proven, indeterminate: false };
  }
  if (claimedTime && !within(claimedTime, certificate)) {
    checks.fail('certificate-validity', 'timeCertNotValidAtClaimedTime', {
      time: iso(claimedTime),
      ...validity,
    });
    return { provenTime: null, indeterminate: false };
  }
  if (!within(now, certificate)) {
    checks.warn(
      'certificate-validity',
      now > certificate.notAfter ? 'timeCertExpiredNoProof' : 'timeCertNotYetValid',
      { now: iso(now), ...validity },
    );
    return { provenTime: null, indeterminate: true };
  }
  if (claimedTime)
    checks.pass('certificate-validity', 'timeCertValidAtClaimAndNow', {
      time: iso(claimedTime),
      now: iso(now),
      ...validity,
    });
  else checks.pass('certificate-validity', 'timeCertValidNowNoClaim', { now: iso(now), ...validity });
  return { provenTime: null, indeterminate: false };
}
