/** Object identifiers of RFC 3161 tokens and the CMS around them. */
export const TS_OID = {
  signedData: '1.2.840.113549.1.7.2',
  /** id-ct-TSTInfo (RFC 3161 §2.4.2): the eContentType of every TimeStampToken. */
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  /** ESS signing-certificate (RFC 2634, SHA-1 certificate hash). */
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  /** ESS signing-certificate-v2 (RFC 5035, any hash, SHA-256 by default). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** id-aa-signatureTimeStampToken (RFC 3161 appendix A): an unsigned attribute of a SignerInfo. */
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  /** id-kp-timeStamping. */
  timeStamping: '1.3.6.1.5.5.7.3.8',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
} as const;

export interface DigestAlgorithm {
  /** The name node:crypto hashes with. */
  node: 'sha1' | 'sha256' | 'sha384' | 'sha512';
  /** The name shown to people. */
  label: string;
}

const DIGESTS: Record<string, DigestAlgorithm> = {
  [TS_OID.sha1]: { node: 'sha1', label: 'SHA-1' },
  [TS_OID.sha256]: { node: 'sha256', label: 'SHA-256' },
  [TS_OID.sha384]: { node: 'sha384', label: 'SHA-384' },
  [TS_OID.sha512]: { node: 'sha512', label: 'SHA-512' },
};

/** The digest an OID names, or undefined when it is not one this verifier knows. */
export const digestByOid = (oid: string): DigestAlgorithm | undefined => DIGESTS[oid];

/** SHA-1 collisions are practical, so it is refused for anything a timestamp proves. */
export const isAcceptedDigest = (digest: DigestAlgorithm | undefined): digest is DigestAlgorithm =>
  digest !== undefined && digest.node !== 'sha1';

/** A digest's label, or its OID when it is unknown, for messages. */
export const digestLabel = (oid: string): string => DIGESTS[oid]?.label ?? oid;
