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
import { crlStatuses, readCrls } from './crlStatus';
import { ocspStatuses, readOcsps } from './ocspStatus';
import type { PathCertificate } from './pathCertificate';
import { combineStatuses } from './revocationStatus';
import type { CertificateRevocation, ChainInput, ChainValidation, UntrustedReason } from './validateChain';

/** Paths longer than real ones; the bound also stops cycles among crafted certificates. */
const MAX_ISSUER_LOOKUPS = 64;
/** Certificates signed with these hashes cannot vouch for a path (collisions make rogue CAs). */
const WEAK_SIGNATURES = new Set<string>([OID.md5WithRsa, OID.sha1WithRsa, OID.ecdsaWithSha1]);

/** PKI.js's crypto from node:crypto's WebCrypto, passed to each call: no global engine is set. */
const nodeCryptoEngine = () =>
  new CryptoEngine({ name: 'node:crypto', crypto: webcrypto as unknown as CryptoEngine['crypto'] });

/** A certificate as PKI.js and node:crypto both read it; null when either cannot. */
export function pathCertificate(der: Buffer): PathCertificate | null {
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

function revocationOf(path: readonly PathCertificate[], input: ChainInput): CertificateRevocation[] {
  const crls = readCrls(input.crls);
  const ocsps = readOcsps(input.ocsps);
  return path.slice(0, -1).map((cert, index) => {
    const issuer = path[index + 1] as PathCertificate;
    const statuses = [
      ...crlStatuses(crls, cert, issuer, input.at),
      ...ocspStatuses(ocsps, cert, issuer, input.at),
    ];
    return { subject: cert.x509.subject, revocation: combineStatuses(statuses) };
  });
}

/**
 * The path from a signer that is not itself an anchor, by PKI.js's CertificateChainValidationEngine
 * (signatures, validity, CA constraints, policies), and what the CRLs and OCSP responses say of
 * each certificate below the anchor. See validateChain.
 */
export async function validatePath(
  signer: PathCertificate,
  input: ChainInput,
  notTrusted: (reason: UntrustedReason, detail?: string) => ChainValidation,
): Promise<ChainValidation> {
  const anchors = input.anchors.flatMap((der) => pathCertificate(der) ?? []);
  // Each certificate once: the engine's own de-duplication would otherwise decide which copy stays.
  const seen = [signer.der, ...input.anchors];
  const carried = input.carried.flatMap((der) => {
    if (seen.some((known) => known.equals(der))) return [];
    seen.push(der);
    return pathCertificate(der) ?? [];
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
  const certificates = path as PathCertificate[];
  return {
    trusted: true,
    signerIsAnchor: false,
    chain: certificates.map((cert) => cert.x509.subject),
    untrusted: null,
    revocation: revocationOf(certificates, input),
  };
}
