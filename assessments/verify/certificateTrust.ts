import { X509Certificate } from 'node:crypto';

export const fingerprintHex = (cert: X509Certificate) => cert.fingerprint256.replace(/:/g, '').toLowerCase();

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.issuer === issuer.subject && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/**
 * Does the signer chain to a trust anchor? An anchor may be the signer's own certificate (a
 * self-signed identity the regulator received out of band) or a CA certificate, reached directly or
 * through intermediates the signature carries. Returns the path of subjects, or null.
 */
export function chainToAnchor(
  signer: X509Certificate,
  intermediates: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
): string[] | null {
  const anchorPrints = new Set(anchors.map(fingerprintHex));
  const path: string[] = [];
  let current = signer;
  for (let depth = 0; depth < 8; depth += 1) {
    path.push(current.subject);
    if (anchorPrints.has(fingerprintHex(current))) return path;
    const anchor = anchors.find((candidate) => issuedBy(current, candidate));
    if (anchor) return [...path, anchor.subject];
    const next = intermediates.find(
      (candidate) => fingerprintHex(candidate) !== fingerprintHex(current) && issuedBy(current, candidate),
    );
    if (!next) return null;
    current = next;
  }
  return null;
}

/** Parses PEM text with any number of certificates; names the block that fails. */
export function parseCertificatesPem(pem: string, source: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0)
    throw new Error(`${source} contains no PEM certificate (-----BEGIN CERTIFICATE-----).`);
  return blocks.map((block, index) => {
    try {
      return new X509Certificate(block);
    } catch (error) {
      throw new Error(`${source}: certificate ${index + 1} cannot be read: ${(error as Error).message}`, {
        cause: error,
      });
    }
  });
}
