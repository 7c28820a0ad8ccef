import { webcrypto, X509Certificate } from 'node:crypto';
import {
  Certificate,
  CertificateChainValidationEngine,
  CryptoEngine,
  type CertificateChainValidationEngineVerifyResult,
  type FindIssuerCallback,
} from 'pkijs';
import { OID } from '../cms/oids';
import { readWholeBer } from '../cms/berValues';
import type { CmsCertificate } from '../cms/parseSignedData';
import { crlStatuses, readCrls } from './crlStatus';
import { ocspStatuses, readOcsps } from './ocspStatus';
import { combineStatuses, type RevocationStatus } from './revocationStatus';

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

/** Paths longer than real ones; the bound also stops cycles among crafted certificates. */
const MAX_ISSUER_LOOKUPS = 64;
/** Certificates signed with these hashes cannot vouch for a path (collisions make rogue CAs). */
const WEAK_SIGNATURES = new Set<string>([OID.md5WithRsa, OID.sha1WithRsa, OID.ecdsaWithSha1]);

/** PKI.js's crypto from node:crypto's WebCrypto, passed to each call: no global engine is set. */
const nodeCryptoEngine = () =>
  new CryptoEngine({ name: 'node:crypto', crypto: webcrypto as unknown as CryptoEngine['crypto'] });

function parts(der: Buffer): CmsCertificate | null {
  try {
    return { der, pkijs: new Certificate({ schema: readWholeBer(der) }), x509: new X509Certificate(der) };
  } catch {
    return null;
  }
}

/** Issuer look-up as PKI.js does it, within a budget and never through weakly signed certificates. */
function boundedFindIssuer(): FindIssuerCallback {
  let lookups = 0;
  return async (certificate, engine, crypto) => {
    lookups += 1;
    if (lookups > MAX_ISSUER_LOOKUPS) throw new Error('too many candidate paths');
    if (WEAK_SIGNATURES.has(certificate.signatureAlgorithm.algorithmId)) return [];
    return engine.defaultFindIssuer(certificate, engine, crypto);
  };
}

function untrustedReason(result: CertificateChainValidationEngineVerifyResult): UntrustedReason {
  const code = result.resultCode;
  if (code === 60 || code === 97 || /no valid certificate paths/i.test(result.resultMessage))
    return 'no-path';
  if (code === 8) return 'not-valid-at-time';
  if ([3, 4, 5, 7, 14].includes(code)) return 'issuer-not-ca';
  return 'invalid';
}

function revocationOf(path: readonly CmsCertificate[], input: ChainInput): CertificateRevocation[] {
  const crls = readCrls(input.crls);
  const ocsps = readOcsps(input.ocsps);
  return path.slice(0, -1).map((cert, index) => {
    const issuer = path[index + 1] as CmsCertificate;
    const statuses = [
      ...crlStatuses(crls, cert, issuer, input.at),
      ...ocspStatuses(ocsps, cert, issuer, input.at),
    ];
    return { subject: cert.x509.subject, revocation: combineStatuses(statuses) };
  });
}

/**
 * Validates the signer's certificate path to one of the anchors at `input.at` with PKI.js's
 * CertificateChainValidationEngine (signatures, validity, CA constraints, policies), then asks
 * the given CRLs and OCSP responses about each certificate below the anchor. Nothing is fetched:
 * revocation values come only from the caller. Never throws.
 */
export async function validateChain(input: ChainInput): Promise<ChainValidation> {
  const signer = parts(input.signer);
  const subject = signer?.x509.subject ?? '';
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
  if (input.anchors.some((anchor) => anchor.equals(signer.der)))
    return { trusted: true, signerIsAnchor: true, chain: [subject], untrusted: null, revocation: [] };
  const anchors = input.anchors.flatMap((der) => parts(der) ?? []);
  // Each certificate once: the engine's own de-duplication would otherwise decide which copy stays.
  const seen = [signer.der, ...input.anchors];
  const carried = input.carried.flatMap((der) => {
    if (seen.some((known) => known.equals(der))) return [];
    seen.push(der);
    return parts(der) ?? [];
  });
  const all = [...anchors, ...carried, signer];
  const engine = new CertificateChainValidationEngine({
    trustedCerts: anchors.map((a) => a.pkijs),
    certs: [...carried.map((c) => c.pkijs), signer.pkijs],
    checkDate: input.at,
    findIssuer: boundedFindIssuer(),
  });
  let result: CertificateChainValidationEngineVerifyResult;
  try {
    result = await engine.verify({}, nodeCryptoEngine());
  } catch (error) {
    return notTrusted('invalid', error instanceof Error ? error.message : String(error));
  }
  if (!result.result) return notTrusted(untrustedReason(result), result.resultMessage);
  const path = (result.certificatePath ?? []).map((cert) => all.find((c) => c.pkijs === cert));
  if (path.length < 2 || path.some((cert) => cert === undefined))
    return notTrusted('invalid', 'the validated path does not consist of the given certificates');
  const certificates = path as CmsCertificate[];
  return {
    trusted: true,
    signerIsAnchor: false,
    chain: certificates.map((cert) => cert.x509.subject),
    untrusted: null,
    revocation: revocationOf(certificates, input),
  };
}
