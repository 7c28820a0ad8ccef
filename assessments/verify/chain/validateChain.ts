import { X509Certificate } from 'node:crypto';
import { readWholeBerNode } from '../cms/berReader';
import { plainCertificate } from '../cms/plainShapes';
import type { RevocationStatus } from './revocationStatus';

export type { RevocationStatus };

export interface ChainInput {
  /** The signer's certificate (DER). */
  signer: Buffer;
  /** Certificates the signature carries (DER): intermediates, perhaps the signer and its root. */
  carried: readonly Buffer[];
  /** The certificates the verifier trusts (DER). */
  anchors: readonly Buffer[];
  /** The time every certificate on the path must be valid at. */
  at: Date;
  /** CRLs (DER), from the verifier or the document; any issuer's, only the relevant ones are used. */
  crls: readonly Buffer[];
  /** OCSP responses (DER OCSPResponse or BasicOCSPResponse). */
  ocsps: readonly Buffer[];
}

export type UntrustedReason = 'no-anchors' | 'no-path' | 'not-valid-at-time' | 'issuer-not-ca' | 'invalid';

export interface CertificateRevocation {
  subject: string;
  revocation: RevocationStatus;
}

export interface ChainValidation {
  trusted: boolean;
  /** The signer's certificate is itself one of the anchors (a pinned, usually self-signed, identity). */
  signerIsAnchor: boolean;
  /** Subjects from the signer to the anchor; only the signer's when not trusted. */
  chain: string[];
  untrusted: { reason: UntrustedReason; detail: string } | null;
  /** Each certificate of the path below the anchor, signer first; empty unless trusted. */
  revocation: CertificateRevocation[];
}

/** Whether PKI.js reads the certificate: certainly for the plain form, else PKI.js is asked. */
async function pkijsReads(der: Buffer): Promise<boolean> {
  try {
    if (plainCertificate(readWholeBerNode(der))) return true;
  } catch {
    // Not BER the plain way: PKI.js decides below, as it always did.
  }
  const { pathCertificate } = await import('./chainEngine');
  return pathCertificate(der) !== null;
}

async function readSigner(der: Buffer): Promise<X509Certificate | null> {
  try {
    const x509 = new X509Certificate(der);
    return (await pkijsReads(der)) ? x509 : null;
  } catch {
    return null;
  }
}

/**
 * Validates the signer's certificate path to one of the anchors at `input.at` with PKI.js's
 * CertificateChainValidationEngine (signatures, validity, CA constraints, policies), then asks
 * the given CRLs and OCSP responses about each certificate below the anchor. Nothing is fetched:
 * revocation values come only from the caller. A signer that is itself an anchor is recognised
 * by its DER, without PKI.js, which is loaded only for a real path. Never throws.
 */
export async function validateChain(input: ChainInput): Promise<ChainValidation> {
  const signer = await readSigner(input.signer);
  const subject = signer?.subject ?? '';
  const notTrusted = (reason: UntrustedReason, detail = ''): ChainValidation => ({
    trusted: false,
    signerIsAnchor: false,
    chain: [subject],
    untrusted: { reason, detail },
    revocation: [],
  });
  if (!signer) return notTrusted('invalid', 'the signer certificate cannot be read');
  if (input.anchors.length === 0) return notTrusted('no-anchors');
  // PKI.js takes the last certificate as the one to validate and drops duplicates of anchors, so a
  // pinned signer certificate is recognised here rather than handed to the engine.
  if (input.anchors.some((anchor) => anchor.equals(input.signer)))
    return { trusted: true, signerIsAnchor: true, chain: [subject], untrusted: null, revocation: [] };
  const { pathCertificate, validatePath } = await import('./chainEngine');
  const path = pathCertificate(input.signer);
  if (!path) return notTrusted('invalid', 'the signer certificate cannot be read');
  return validatePath(path, input, notTrusted);
}
