import { createHash, type X509Certificate } from 'node:crypto';
import type { TSTInfo } from 'pkijs';
import { Checks } from '../checks';
import type { VerificationCheck } from '../verificationSchema';
import {
  findSignerCertificate,
  readTimestampToken,
  tokenCertificateOf,
  type TimestampTokenParts,
  type TokenCertificate,
} from './readTimestampToken';
import { digestByOid, digestLabel, TS_OID } from './timestampOids';
import { checkTokenSignature } from './tokenSignature';
import { checkTsaKeyUsage, checkTsaName, checkTsaValidityAtGenTime } from './tsaCertificate';
import { checkTsaTrust } from './tsaChain';
import { checkTsaRevocation } from './tsaRevocation';

export interface TimestampVerification {
  status: 'valid' | 'valid-untrusted' | 'invalid';
  genTime: Date | null;
  /** The certificate that signed the token; `fingerprint` is the SHA-256 of its DER, lowercase hex. */
  tsa: { subject: string; fingerprint: string } | null;
  /** The TSA chains to one of `tsaAnchors`. */
  trusted: boolean;
  checks: VerificationCheck[];
}

export interface TimestampVerifyOptions {
  /** TSA certificates or their CA certificates the verifier trusts. */
  tsaAnchors: readonly X509Certificate[];
  now: Date;
  /** CRLs (DER) for the TSA chain, as the caller has them; none are ever fetched. */
  crls?: readonly Buffer[];
}

/** A TSA clock a little ahead of ours is normal; a token from further in the future is not. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const iso = (date: Date) => date.toISOString();

/** The imprint must be a hash (SHA-1 refused) of exactly the bytes the caller says were stamped. */
function checkImprint(tstInfo: TSTInfo, imprintedData: Buffer, checks: Checks): void {
  const oid = tstInfo.messageImprint.hashAlgorithm.algorithmId;
  const digest = digestByOid(oid);
  const algorithm = digestLabel(oid);
  if (!digest) {
    checks.fail('timestamp-imprint', 'tsImprintAlgorithmUnknown', { algorithm });
    return;
  }
  if (digest.node === 'sha1') {
    checks.fail('timestamp-imprint', 'tsImprintAlgorithmRefused', { algorithm });
    return;
  }
  const imprint = Buffer.from(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView);
  if (createHash(digest.node).update(imprintedData).digest().equals(imprint))
    checks.pass('timestamp-imprint', 'tsImprintMatches', { algorithm });
  else checks.fail('timestamp-imprint', 'tsImprintMismatch', { algorithm });
}

function checkGenTime(genTime: Date, now: Date, checks: Checks): void {
  if (genTime.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    checks.fail('timestamp-time', 'tsGenTimeInFuture', { time: iso(genTime), now: iso(now) });
  else checks.pass('timestamp-time', 'tsGenTime', { time: iso(genTime) });
}

/** The TSA certificate: from the token, else an anchor (a pinned TSA certificate need not ride along). */
function tsaCertificate(
  parts: TimestampTokenParts,
  anchors: readonly X509Certificate[],
): TokenCertificate | null {
  const pinned = anchors.flatMap((anchor) => tokenCertificateOf(anchor) ?? []);
  return (
    findSignerCertificate(parts.signerInfo, parts.certificates) ??
    findSignerCertificate(parts.signerInfo, pinned) ??
    null
  );
}

async function checkParts(
  parts: TimestampTokenParts,
  imprintedData: Buffer,
  options: TimestampVerifyOptions,
  checks: Checks,
  result: TimestampVerification,
): Promise<void> {
  if (parts.eContentType !== TS_OID.tstInfo) {
    checks.fail('timestamp-content-type', 'tsContentTypeWrong', { found: parts.eContentType });
    return;
  }
  checks.pass('timestamp-content-type', 'tsContentTypeOk');
  const { genTime } = parts.tstInfo;
  result.genTime = genTime;
  checkGenTime(genTime, options.now, checks);
  checkImprint(parts.tstInfo, imprintedData, checks);
  const tsa = tsaCertificate(parts, options.tsaAnchors);
  if (!tsa) {
    checks.fail('timestamp-tsa-certificate', 'tsTsaCertificateMissing');
    return;
  }
  result.tsa = {
    subject: tsa.x509.subject,
    fingerprint: tsa.x509.fingerprint256.replace(/:/g, '').toLowerCase(),
  };
  await checkTokenSignature(parts, tsa, checks);
  checkTsaKeyUsage(tsa, checks);
  checkTsaValidityAtGenTime(tsa, genTime, checks);
  checkTsaName(parts.tstInfo, tsa, checks);
  const path = checkTsaTrust(tsa, parts.certificates, options.tsaAnchors, genTime, checks);
  result.trusted = path !== null;
  await checkTsaRevocation(path, options.crls, genTime, checks);
}

/**
 * Verifies an RFC 3161 TimeStampToken over `imprintedData` (for a document timestamp the signed
 * byte ranges; for a signature timestamp the signature value): the TSTInfo content, the imprint,
 * the CMS signature and its signed attributes, the TSA certificate's time-stamping usage and
 * validity at genTime, its chain to `tsaAnchors` and, given CRLs, its revocation. Never throws on
 * hostile input. Async because PKI.js verifies signatures with WebCrypto.
 */
export async function verifyTimestampToken(
  token: Buffer,
  imprintedData: Buffer,
  options: TimestampVerifyOptions,
): Promise<TimestampVerification> {
  const checks = new Checks();
  const result: TimestampVerification = {
    status: 'invalid',
    genTime: null,
    tsa: null,
    trusted: false,
    checks: checks.list,
  };
  let parts: TimestampTokenParts;
  try {
    parts = readTimestampToken(token);
  } catch (error) {
    checks.fail('timestamp-token', 'tsTokenUnreadable', { reason: (error as Error).message });
    return result;
  }
  try {
    await checkParts(parts, imprintedData, options, checks, result);
  } catch (error) {
    // A structure PKI.js read but a check could not digest: reported, never thrown at the caller.
    checks.fail('timestamp-token', 'tsTokenUnreadable', { reason: (error as Error).message });
  }
  if (checks.failed) result.trusted = false;
  else result.status = result.trusted ? 'valid' : 'valid-untrusted';
  return result;
}
