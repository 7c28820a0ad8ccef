import * as asn1js from 'asn1js';
import { CertificateRevocationList, type RevokedCertificate } from 'pkijs';
import { REVOCATION_REASONS } from '../chain/revocationStatus';
import type { Checks } from '../checks';
import { parseWholeBer, subjectLine, type TokenCertificate } from './readTimestampToken';

const CRL_REASON = '2.5.29.21';
/** RFC 5280 CRLReason codes that say the key itself could sign anything, at any time. */
const COMPROMISE_CODES = new Set([1, 2]);

const iso = (date: Date) => date.toISOString();

function reasonCode(entry: RevokedCertificate): number | null {
  const extension = entry.crlEntryExtensions?.extensions.find((ext) => ext.extnID === CRL_REASON);
  const value: unknown = extension?.parsedValue;
  return value instanceof asn1js.Enumerated ? value.valueBlock.valueDec : null;
}

function readCrls(crls: readonly Buffer[], checks: Checks): CertificateRevocationList[] {
  return crls.flatMap((der, index) => {
    try {
      return [new CertificateRevocationList({ schema: parseWholeBer(der, 'CRL') })];
    } catch {
      checks.warn('timestamp-tsa-revocation', 'tsRevocationListUnreadable', { index: index + 1 });
      return [];
    }
  });
}

/** The CRLs among `crls` that `issuer` signed for `cert`'s issuer name. */
async function crlsFrom(
  crls: readonly CertificateRevocationList[],
  cert: TokenCertificate,
  issuer: TokenCertificate,
): Promise<CertificateRevocationList[]> {
  const signed: CertificateRevocationList[] = [];
  for (const crl of crls) {
    if (!crl.issuer.isEqual(cert.pkijs.issuer)) continue;
    try {
      if (await crl.verify({ issuerCertificate: issuer.pkijs })) signed.push(crl);
    } catch {
      // A CRL whose signature cannot be checked says nothing.
    }
  }
  return signed;
}

/**
 * One certificate of the TSA path against the CRLs its issuer signed. Revoked before genTime, or
 * for key compromise at any time, the token proves nothing. Revoked later for another reason, the
 * token stays good: it was made while the certificate stood. Not listed, a CRL issued at or after
 * genTime shows the certificate was not revoked then.
 */
async function checkOne(
  cert: TokenCertificate,
  issuer: TokenCertificate,
  crls: readonly CertificateRevocationList[],
  genTime: Date,
  checks: Checks,
): Promise<void> {
  const subject = subjectLine(cert.x509);
  const signed = await crlsFrom(crls, cert, issuer);
  if (signed.length === 0) {
    checks.warn('timestamp-tsa-revocation', 'tsRevocationNoList', { subject });
    return;
  }
  const serial = cert.pkijs.serialNumber;
  const entry = signed
    .flatMap((crl) => crl.revokedCertificates ?? [])
    .find((revoked) => revoked.userCertificate.isEqual(serial));
  if (entry) {
    const code = reasonCode(entry);
    const params = {
      subject,
      date: iso(entry.revocationDate.value),
      reason: code === null ? 'unstated' : (REVOCATION_REASONS[code] ?? String(code)),
      time: iso(genTime),
    };
    const compromised = code !== null && COMPROMISE_CODES.has(code);
    if (compromised || entry.revocationDate.value <= genTime)
      checks.fail('timestamp-tsa-revocation', 'tsTsaRevoked', params);
    else checks.warn('timestamp-tsa-revocation', 'tsTsaRevokedAfterGenTime', params);
    return;
  }
  const latest = signed.reduce((a, b) => (a.thisUpdate.value >= b.thisUpdate.value ? a : b));
  const params = { subject, issued: iso(latest.thisUpdate.value), time: iso(genTime) };
  if (latest.thisUpdate.value >= genTime) checks.pass('timestamp-tsa-revocation', 'tsTsaNotRevoked', params);
  else checks.warn('timestamp-tsa-revocation', 'tsRevocationListTooOld', params);
}

/**
 * Revocation of the TSA certificate and its CA certificates, from CRLs the caller supplies (the
 * verifier never fetches one). `path` runs from the TSA certificate to its anchor; without a path
 * there is no issuer whose CRLs could be believed.
 */
export async function checkTsaRevocation(
  path: readonly TokenCertificate[] | null,
  crlsDer: readonly Buffer[] | undefined,
  genTime: Date,
  checks: Checks,
): Promise<void> {
  if (!crlsDer || crlsDer.length === 0) {
    checks.skip('timestamp-tsa-revocation', 'tsRevocationNotChecked');
    return;
  }
  if (!path || path.length < 2) {
    checks.skip('timestamp-tsa-revocation', 'tsRevocationNoIssuer');
    return;
  }
  const crls = readCrls(crlsDer, checks);
  for (let index = 0; index + 1 < path.length; index += 1) {
    const [cert, issuer] = [path[index], path[index + 1]];
    if (cert && issuer) await checkOne(cert, issuer, crls, genTime, checks);
  }
}
