import type { X509Certificate } from 'node:crypto';
import type { Checks } from '../checks';
import { subjectLine, tokenCertificateOf, type TokenCertificate } from './readTimestampToken';

const fingerprintOf = (cert: X509Certificate) => cert.fingerprint256.replace(/:/g, '').toLowerCase();

/** `issuer` is a CA whose key signed `cert` (names and key identifiers checked by OpenSSL). */
function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return issuer.ca && cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** Chains longer than this are not TSA chains; the bound also stops loops. */
const MAX_DEPTH = 8;

/**
 * The TSA certificate's path to one of the anchors: through CA certificates the token carries, to
 * an anchor that issued the last of them, or ending at a certificate that is itself an anchor (a
 * TSA certificate the regulator pinned). Certificates in the token never become anchors, however
 * self-signed. Returns the path, TSA first and anchor last, or null.
 */
export function tsaPathToAnchor(
  tsa: TokenCertificate,
  carried: readonly TokenCertificate[],
  anchors: readonly X509Certificate[],
): TokenCertificate[] | null {
  const anchorPrints = new Set(anchors.map(fingerprintOf));
  const path = [tsa];
  let current = tsa;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    if (anchorPrints.has(fingerprintOf(current.x509))) return path;
    const anchor = anchors.find((candidate) => issuedBy(current.x509, candidate));
    const anchorCertificate = anchor && tokenCertificateOf(anchor);
    if (anchorCertificate) return [...path, anchorCertificate];
    const next = carried.find(
      (candidate) =>
        !path.some((seen) => seen.der.equals(candidate.der)) && issuedBy(current.x509, candidate.x509),
    );
    if (!next) return null;
    path.push(next);
    current = next;
  }
  return null;
}

const iso = (date: Date) => date.toISOString();

/**
 * Trust in the TSA: a path to an anchor whose CA certificates (between the TSA certificate and the
 * anchor) were valid at genTime. The anchor itself is trusted as given, as RFC 5280 treats trust
 * anchors. No path is not a failure: the token may still be sound, only its TSA is not one the
 * verifier was told to trust. Returns the path when trusted.
 */
export function checkTsaTrust(
  tsa: TokenCertificate,
  carried: readonly TokenCertificate[],
  anchors: readonly X509Certificate[],
  genTime: Date,
  checks: Checks,
): TokenCertificate[] | null {
  const path = tsaPathToAnchor(tsa, carried, anchors);
  if (!path) {
    checks.warn('timestamp-tsa-chain', anchors.length === 0 ? 'tsTsaNoAnchors' : 'tsTsaUntrusted', {
      subject: subjectLine(tsa.x509),
    });
    return null;
  }
  const expired = path
    .slice(1, -1)
    .find(({ x509 }) => genTime < x509.validFromDate || genTime > x509.validToDate);
  if (expired) {
    checks.fail('timestamp-tsa-chain', 'tsTsaChainNotValidAtGenTime', {
      subject: subjectLine(expired.x509),
      time: iso(genTime),
      from: iso(expired.x509.validFromDate),
      to: iso(expired.x509.validToDate),
    });
    return null;
  }
  checks.pass('timestamp-tsa-chain', 'tsTsaTrusted', {
    anchor: subjectLine((path[path.length - 1] ?? tsa).x509),
    length: path.length,
  });
  return path;
}
