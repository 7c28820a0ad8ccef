import { X509Certificate } from 'node:crypto';

export const fingerprintHex = (cert: X509Certificate) => cert.fingerprint256.replace(/:/g, '').toLowerCase();

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
