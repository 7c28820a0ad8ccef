import type { X509Certificate } from 'node:crypto';
import { algorithmName, DIGEST_BY_OID, OID, type DigestName } from './cms/oids';
import { digestOf, type ByteRange } from './byteRange';
import { fingerprintHex } from './certificateTrust';
import { validateChain } from './chain/validateChain';
import type { Checks } from './checks';
import { checkSigningCertificate, type SignatureRole } from './checkSigningCertificate';
import { checkTrust } from './checkTrust';
import { CmsFormatError } from './cms/cmsFormatError';
import { commitmentTypeOf } from './cms/commitmentType';
import { isDerEncoded } from './cms/derCanonical';
import type { CmsAttribute, CmsCertificate, ParsedSignedData, ParsedSignerInfo } from './cms/signedDataTypes';
import {
  isSchemeProblem,
  namedSignatureScheme,
  schemeName,
  verifyWithScheme,
  type SchemeProblem,
  type SignatureScheme,
} from './cms/signatureScheme';
import { attributesByType, contentTypeOf, messageDigestOf, signingTimeOf } from './cms/signedAttributes';
import { findSignerCertificate } from './cms/signerCertificate';
import type { VerifyMessageKey } from './messages';
import { checkSignatureTime } from './signatureTime';
import type { TimestampVerification } from './timestamp/verifyTimestampToken';
import type { SignatureVerification } from './verificationSchema';

export interface SignatureCheckOptions {
  /** Certificates the verifier trusts (a regulator's imported anchors). */
  anchors: readonly X509Certificate[];
  /** The time of verification. */
  now: Date;
  /** The document's first signature, or one added after it (a countersignature, maybe by another tool). */
  role: SignatureRole;
  /** CRLs (DER) the verifier was given or the document's DSS holds. */
  crls?: readonly Buffer[];
  /** OCSP responses (DER) the verifier was given or the document's DSS holds. */
  ocsps?: readonly Buffer[];
  /** Certificates (DER) from elsewhere in the document (its DSS) that may complete the signer's path. */
  extraCertificates?: readonly Buffer[];
  /** Certificates trusted to time-stamp; for the signature timestamp, once it is verified here. */
  tsaAnchors?: readonly X509Certificate[];
}

export interface CmsOutcome {
  /** The time evidence cannot settle whether the certificate was valid when the signature was made. */
  indeterminate: boolean;
  /** The signed commitment type ('approval', 'creation', …), or null when none is stated. */
  commitment: string | null;
}

/**
 * The commitment type the signer signed. It states intent, not integrity, so an unreadable one is
 * a warning and the signature is judged on everything else.
 */
function readCommitment(byType: ReadonlyMap<string, CmsAttribute>, checks: Checks): string | null {
  try {
    return commitmentTypeOf(byType);
  } catch (error) {
    if (!(error instanceof CmsFormatError)) throw error;
    checks.warn('commitment', error.key, error.params);
    return null;
  }
}

/** Structure PAdES requires before anything is hashed: detached id-data, one signer, DER attributes. */
function checkStructure(cms: ParsedSignedData, checks: Checks): ParsedSignerInfo | null {
  if (!cms.detached) checks.fail('cms', 'sigCmsNotDetached');
  const [info] = cms.signerInfos;
  if (!info || cms.signerInfos.length !== 1) {
    checks.fail('cms', 'sigCmsSignerCount', { count: cms.signerInfos.length });
    return null;
  }
  if (!info.signedAttributes) {
    checks.fail('cms', 'sigCmsNoSignedAttributes');
    return null;
  }
  // The signature is over the DER encoding; bytes written otherwise verify under some other
  // reading of them, so they are refused rather than re-encoded.
  if (!isDerEncoded(info.signedAttributes)) {
    checks.fail('cms', 'sigSignedAttributesNotDer');
    return null;
  }
  return info;
}

function checkDigest(
  bytes: Buffer,
  range: ByteRange,
  byType: ReadonlyMap<string, CmsAttribute>,
  eContentType: string,
  digestName: DigestName,
  checks: Checks,
): void {
  const expected = messageDigestOf(byType);
  const algorithm = digestName.toUpperCase().replace('SHA', 'SHA-');
  if (!expected) checks.fail('digest', 'sigMessageDigestMissing');
  else if (!expected.equals(digestOf(bytes, range.ranges, digestName)))
    checks.fail('digest', 'sigDigestMismatch', { algorithm });
  else checks.pass('digest', 'sigDigestMatches', { algorithm });
  if (contentTypeOf(byType) !== OID.data || eContentType !== OID.data)
    checks.fail('cms', 'sigContentTypeNotData');
}

/** RSASSA-PSS parameters are read by PKI.js, which loads only for a signature that has them. */
async function schemeOf(
  info: ParsedSignerInfo,
  digestName: DigestName,
): Promise<SignatureScheme | SchemeProblem> {
  if (info.signatureAlgorithm.algorithmId !== OID.rsassaPss)
    return namedSignatureScheme(info.signatureAlgorithm, digestName);
  const { signatureSchemeOf } = await import('./cms/signatureAlgorithm');
  return signatureSchemeOf(info.signatureAlgorithm, digestName);
}

async function checkSignatureValue(
  info: ParsedSignerInfo,
  signedAttributes: Buffer,
  digestName: DigestName,
  signer: CmsCertificate,
  checks: Checks,
): Promise<boolean> {
  const scheme = await schemeOf(info, digestName);
  if (isSchemeProblem(scheme)) {
    if (scheme.problem === 'pss-parameters') checks.fail('signature', 'sigPssParametersUnsupported');
    else if (scheme.problem === 'refused')
      checks.fail('signature', 'sigAlgorithmRefused', {
        algorithm: algorithmName(scheme.algorithm),
        digest: scheme.digest,
      });
    else checks.fail('signature', 'sigAlgorithmUnsupported', { algorithm: algorithmName(scheme.algorithm) });
    return false;
  }
  const verified = verifyWithScheme(scheme, signer.x509.publicKey, signedAttributes, info.signatureValue);
  const algorithm = schemeName(scheme);
  if (verified.outcome === 'valid') checks.pass('signature', 'sigValueValid', { algorithm });
  else if (verified.outcome === 'key-mismatch')
    checks.fail('signature', 'sigAlgorithmKeyMismatch', { algorithm, keyType: verified.keyType });
  else if (verified.outcome === 'curve-refused')
    checks.fail('signature', 'sigCurveRefused', { curve: verified.curve });
  else checks.fail('signature', 'sigValueInvalid');
  return verified.outcome === 'valid';
}

function describeSigner({ x509 }: CmsCertificate): NonNullable<SignatureVerification['signer']> {
  return {
    subject: x509.subject,
    issuer: x509.issuer,
    fingerprint: fingerprintHex(x509),
    serialNumber: x509.serialNumber,
    notBefore: x509.validFromDate.toISOString(),
    notAfter: x509.validToDate.toISOString(),
    selfSigned: x509.subject === x509.issuer,
  };
}

/**
 * The RFC 3161 signature timestamp in the unsigned attributes, over the signature value. Anyone can
 * add an unsigned attribute, so a token that does not verify is not proof of time and not a reason to
 * reject the signature: its failures are reported as warnings and the time stays a claim.
 */
async function signatureTimestamp(
  info: ParsedSignerInfo,
  options: SignatureCheckOptions,
  checks: Checks,
): Promise<TimestampVerification | null> {
  if (!info.signatureTimestampToken) return null;
  // PKI.js, which reads the token, loads only when a signature has one.
  const { verifyTimestampToken } = await import('./timestamp/verifyTimestampToken');
  const verified = await verifyTimestampToken(info.signatureTimestampToken, info.signatureValue, {
    tsaAnchors: options.tsaAnchors ?? [],
    now: options.now,
    crls: options.crls ?? [],
  });
  for (const check of verified.checks)
    checks.add(
      `signature-${check.id}`,
      check.status === 'fail' ? 'warn' : check.status,
      check.key as VerifyMessageKey,
      check.params,
    );
  return verified.status === 'invalid' ? null : verified;
}

/**
 * Every CMS-level check of one signature, in order: structure, digest, signer certificate,
 * signature value, signing-certificate, time, trust and revocation. Fills in the signer, the
 * claimed signing time and whether the signer is trusted.
 */
export async function verifyCms(
  bytes: Buffer,
  range: ByteRange,
  cms: ParsedSignedData,
  checks: Checks,
  result: SignatureVerification,
  options: SignatureCheckOptions,
  claimedTime: Date | undefined,
): Promise<CmsOutcome> {
  const none: CmsOutcome = { indeterminate: false, commitment: null };
  const info = checkStructure(cms, checks);
  if (!info?.signedAttributes) return none;
  const digestName = DIGEST_BY_OID[info.digestAlgorithm];
  if (!digestName) {
    checks.fail('digest', 'sigDigestAlgorithmRefused', { algorithm: algorithmName(info.digestAlgorithm) });
    return none;
  }
  const byType = attributesByType(info.attributes);
  checkDigest(bytes, range, byType, cms.eContentType, digestName, checks);
  const commitment = readCommitment(byType, checks);
  const signer = findSignerCertificate(info.sid, cms.certificates);
  if (!signer) {
    checks.fail('certificate', 'sigSignerCertificateMissing');
    return { ...none, commitment };
  }
  result.signer = describeSigner(signer);
  const signatureOk = await checkSignatureValue(info, info.signedAttributes, digestName, signer, checks);
  checkSigningCertificate(byType, signer, options.role, checks);

  const claimed = claimedTime ?? signingTimeOf(byType);
  result.signingTime = claimed?.toISOString() ?? null;
  const timestamp = await signatureTimestamp(info, options, checks);
  if (timestamp?.tsa) result.timestampAuthority = { ...timestamp.tsa, trusted: timestamp.trusted };
  const time = checkSignatureTime(
    {
      certificate: { notBefore: signer.x509.validFromDate, notAfter: signer.x509.validToDate },
      claimedTime: claimed,
      timestamp: timestamp?.genTime ? { genTime: timestamp.genTime, trusted: timestamp.trusted } : null,
      now: options.now,
    },
    checks,
  );
  // The path is judged when the signature says it was made: proven, else claimed, else now.
  const at = time.provenTime ?? claimed ?? options.now;
  const chain = await validateChain({
    signer: signer.der,
    carried: [...cms.certificates.map((cert) => cert.der), ...(options.extraCertificates ?? [])],
    anchors: options.anchors.map((anchor) => anchor.raw),
    at,
    crls: [...(options.crls ?? []), ...cms.crls],
    ocsps: [...(options.ocsps ?? []), ...cms.ocsps],
  });
  result.trusted = checkTrust(chain, at, checks) && signatureOk;
  result.provenTime = time.provenTime?.toISOString() ?? null;
  return { indeterminate: time.indeterminate, commitment };
}
