import * as asn1js from 'asn1js';
import { CertificateRevocationList, type RevokedCertificate } from 'pkijs';
import { OID } from '../cms/oids';
import { readWholeBer } from '../cms/berValues';
import { derEncodingOf } from '../cms/derEncoding';
import type { PathCertificate } from './pathCertificate';
import { issuerDerOf, nameDerOf, serialDerOf } from '../cms/signerCertificate';
import { isSchemeProblem, signatureSchemeOf, verifyWithScheme } from '../cms/signatureAlgorithm';
import { answerCovers, REVOCATION_REASONS, type RevocationStatus } from './revocationStatus';

const CRL_NUMBER = '2.5.29.20';
/** CRL extensions whose meaning is understood; a CRL with any other critical one may be scoped. */
const UNDERSTOOD_CRL_EXTENSIONS = new Set([CRL_NUMBER, OID.authorityKeyIdentifier]);
const REMOVE_FROM_CRL = 8;

/** The CRLs that can be read; a broken one is skipped like one for another issuer. */
export function readCrls(ders: readonly Buffer[]): CertificateRevocationList[] {
  return ders.flatMap((der) => {
    try {
      return [new CertificateRevocationList({ schema: readWholeBer(der) })];
    } catch {
      return [];
    }
  });
}

/** RFC 5280 §4.2.1.3: a CA that states its key usages must list cRLSign to sign CRLs. */
function maySignCrls(issuer: PathCertificate): boolean {
  const usage = issuer.pkijs.extensions?.find((ext) => ext.extnID === OID.keyUsage);
  if (!usage) return true;
  const bits: unknown = usage.parsedValue;
  if (!(bits instanceof asn1js.BitString)) return false;
  return (((bits.valueBlock.valueHexView[0] ?? 0) as number) & 0x02) !== 0;
}

function signedBy(crl: CertificateRevocationList, issuer: PathCertificate): boolean {
  const scheme = signatureSchemeOf(crl.signatureAlgorithm, null);
  if (isSchemeProblem(scheme)) return false;
  const signature = crl.signatureValue.valueBlock.valueHexView;
  return verifyWithScheme(scheme, issuer.x509.publicKey, crl.tbsView, signature).outcome === 'valid';
}

function reasonOf(entry: RevokedCertificate): number | null {
  const extension = entry.crlEntryExtensions?.extensions.find((ext) => ext.extnID === OID.crlReason);
  const value: unknown = extension?.parsedValue;
  return value instanceof asn1js.Enumerated ? value.valueBlock.valueDec : null;
}

/** What one CRL, signed by `issuer` for `cert`'s issuer name, says about `cert`; null if it says nothing. */
function statusFromCrl(
  crl: CertificateRevocationList,
  cert: PathCertificate,
  issuer: PathCertificate,
  at: Date,
): RevocationStatus | null {
  if (!nameDerOf(crl.issuer).equals(issuerDerOf(cert)) || !maySignCrls(issuer) || !signedBy(crl, issuer))
    return null;
  const issuedAt = crl.thisUpdate.value;
  const serial = serialDerOf(cert);
  const entry = crl.revokedCertificates?.find((revoked) =>
    derEncodingOf(revoked.userCertificate).equals(serial),
  );
  const reason = entry ? reasonOf(entry) : null;
  if (entry && reason !== REMOVE_FROM_CRL)
    return {
      status: 'revoked',
      source: 'crl',
      issuedAt,
      revokedAt: entry.revocationDate.value,
      reason: REVOCATION_REASONS[reason ?? 0] ?? 'unspecified',
    };
  const scoped = crl.crlExtensions?.extensions.some(
    (ext) => ext.critical && !UNDERSTOOD_CRL_EXTENSIONS.has(ext.extnID),
  );
  if (scoped || !answerCovers(issuedAt, crl.nextUpdate?.value, at)) return null;
  return { status: 'good', source: 'crl', issuedAt };
}

/** Every answer the CRLs give about `cert`, whose issuer in the validated path is `issuer`. */
export function crlStatuses(
  crls: readonly CertificateRevocationList[],
  cert: PathCertificate,
  issuer: PathCertificate,
  at: Date,
): RevocationStatus[] {
  return crls.flatMap((crl) => {
    try {
      return [statusFromCrl(crl, cert, issuer, at)].filter((s): s is RevocationStatus => s !== null);
    } catch {
      return [];
    }
  });
}
