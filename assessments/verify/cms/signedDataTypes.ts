import type { X509Certificate } from 'node:crypto';
import type { Certificate } from 'pkijs';

/**
 * A certificate the signature carries: its DER and node:crypto's reading. PKI.js's reading is
 * made only where PKI.js itself is needed (building a path, revocation), and then kept here.
 */
export interface CmsCertificate {
  der: Buffer;
  x509: X509Certificate;
  pkijs?: Certificate;
}

/** How a SignerInfo names its certificate; issuer and serial in DER, to compare byte for byte. */
export type SignerId = { issuer: Buffer; serialNumber: Buffer } | { keyId: Buffer };

/** An AlgorithmIdentifier: its OID, and its parameters as read (an ASN.1 element) when present. */
export interface AlgorithmRef {
  algorithmId: string;
  algorithmParams?: unknown;
}

/** A signed or unsigned attribute: its type and its values as read (ASN.1 elements). */
export interface CmsAttribute {
  type: string;
  values: readonly unknown[];
}

export interface ParsedSignerInfo {
  sid: SignerId;
  digestAlgorithm: string;
  /** The signed attributes re-tagged as the SET OF the signature covers, exactly as written. */
  signedAttributes: Buffer | null;
  attributes: readonly CmsAttribute[];
  signatureAlgorithm: AlgorithmRef;
  /** The signature value: what a signature timestamp's message imprint covers. */
  signatureValue: Buffer;
  /** The first unsigned id-aa-signatureTimeStampToken (an RFC 3161 TimeStampToken), as written. */
  signatureTimestampToken: Buffer | null;
}

export interface ParsedSignedData {
  eContentType: string;
  detached: boolean;
  certificates: CmsCertificate[];
  /** Revocation values the SignedData carries (CRLs, and OCSP responses as other formats), DER. */
  crls: Buffer[];
  ocsps: Buffer[];
  signerInfos: ParsedSignerInfo[];
}

/** More certificates than any real chain; the limit bounds the work of building a path. */
export const MAX_CMS_CERTIFICATES = 32;
