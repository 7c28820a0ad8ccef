import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import type { Certificate } from 'pkijs';
import {
  BasicOCSPResponse,
  ExtKeyUsage,
  OCSPResponse,
  RelativeDistinguishedNames,
  type SingleResponse,
} from 'pkijs';
import { OID } from '../cms/oids';
import { bytesOf, childrenOf, isBerBlock, octetStringValue, readWholeBer, timeValue } from '../cms/berValues';
import { derEncodingOf } from '../cms/derEncoding';
import type { PathCertificate } from './pathCertificate';
import { issuerDerOf, nameDerOf, serialDerOf, subjectDerOf } from '../cms/signerCertificate';
import { isSchemeProblem, signatureSchemeOf, verifyWithScheme } from '../cms/signatureAlgorithm';
import { answerCovers, REVOCATION_REASONS, type RevocationStatus } from './revocationStatus';

const SUCCESSFUL = 0;
/** CertID hashes only identify a certificate (the response is signed), so SHA-1 is fine there. */
const CERT_ID_HASHES: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

/** OCSPResponse (as DSS and `openssl ocsp -respout` hold them) or a bare BasicOCSPResponse. */
export function readOcsps(ders: readonly Buffer[]): BasicOCSPResponse[] {
  return ders.flatMap((der) => {
    try {
      const block = readWholeBer(der);
      try {
        const response = new OCSPResponse({ schema: block });
        const bytes = response.responseBytes;
        if (
          response.responseStatus.valueBlock.valueDec !== SUCCESSFUL ||
          bytes?.responseType !== OID.ocspBasic
        )
          return [];
        return [new BasicOCSPResponse({ schema: readWholeBer(bytesOf(bytes.response.getValue())) })];
      } catch {
        return [new BasicOCSPResponse({ schema: block })];
      }
    } catch {
      return [];
    }
  });
}

const keyBits = (cert: Certificate) => cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;

function namesResponder(basic: BasicOCSPResponse, cert: Certificate): boolean {
  const id: unknown = basic.tbsResponseData.responderID;
  if (id instanceof RelativeDistinguishedNames) return nameDerOf(id).equals(nameDerOf(cert.subject));
  const keyHash = octetStringValue(id);
  return !!keyHash && createHash('sha1').update(keyBits(cert)).digest().equals(keyHash);
}

const publicKeyOf = (cert: Certificate): KeyObject =>
  createPublicKey({
    key: bytesOf(cert.subjectPublicKeyInfo.toSchema().toBER()),
    format: 'der',
    type: 'spki',
  });

/**
 * RFC 6960 §4.2.2.2: a delegated responder's certificate is issued by the CA itself, is meant for
 * OCSP signing and was valid when the response was produced.
 */
function authorisedResponder(responder: Certificate, issuer: PathCertificate, producedAt: Date): boolean {
  if (!nameDerOf(responder.issuer).equals(subjectDerOf(issuer))) return false;
  if (producedAt < responder.notBefore.value || producedAt > responder.notAfter.value) return false;
  const eku: unknown = responder.extensions?.find((ext) => ext.extnID === OID.extKeyUsage)?.parsedValue;
  if (!(eku instanceof ExtKeyUsage) || !eku.keyPurposes.includes(OID.ocspSigning)) return false;
  const scheme = signatureSchemeOf(responder.signatureAlgorithm, null);
  if (isSchemeProblem(scheme)) return false;
  const signature = responder.signatureValue.valueBlock.valueHexView;
  return verifyWithScheme(scheme, issuer.x509.publicKey, responder.tbsView, signature).outcome === 'valid';
}

/** The key that may sign answers about certificates `issuer` issued: its own or a delegate's. */
function responderKey(basic: BasicOCSPResponse, issuer: PathCertificate): KeyObject | null {
  if (namesResponder(basic, issuer.pkijs)) return issuer.x509.publicKey;
  const producedAt = basic.tbsResponseData.producedAt;
  const delegate = basic.certs?.find(
    (cert) => namesResponder(basic, cert) && authorisedResponder(cert, issuer, producedAt),
  );
  return delegate ? publicKeyOf(delegate) : null;
}

function signedByResponder(basic: BasicOCSPResponse, issuer: PathCertificate): boolean {
  const key = responderKey(basic, issuer);
  const scheme = signatureSchemeOf(basic.signatureAlgorithm, null);
  if (!key || isSchemeProblem(scheme)) return false;
  const signature = basic.signature.valueBlock.valueHexView;
  return verifyWithScheme(scheme, key, basic.tbsResponseData.tbsView, signature).outcome === 'valid';
}

function isAbout(single: SingleResponse, cert: PathCertificate, issuer: PathCertificate): boolean {
  const hash = CERT_ID_HASHES[single.certID.hashAlgorithm.algorithmId];
  if (!hash) return false;
  const digest = (data: Uint8Array) => createHash(hash).update(data).digest();
  return (
    derEncodingOf(single.certID.serialNumber).equals(serialDerOf(cert)) &&
    digest(issuerDerOf(cert)).equals(bytesOf(single.certID.issuerNameHash.getValue())) &&
    digest(keyBits(issuer.pkijs)).equals(bytesOf(single.certID.issuerKeyHash.getValue()))
  );
}

function statusOf(single: SingleResponse, at: Date): RevocationStatus | null {
  const certStatus: unknown = single.certStatus;
  if (!isBerBlock(certStatus) || certStatus.idBlock.tagClass !== 3) return null;
  const issuedAt = single.thisUpdate;
  if (certStatus.idBlock.tagNumber === 0)
    return answerCovers(issuedAt, single.nextUpdate, at)
      ? { status: 'good', source: 'ocsp', issuedAt }
      : null;
  if (certStatus.idBlock.tagNumber !== 1) return null;
  const [time, reasonTag] = childrenOf(certStatus);
  const revokedAt = timeValue(time);
  if (!revokedAt) return null;
  const reasonValue: unknown = reasonTag ? childrenOf(reasonTag)[0] : undefined;
  const reason = reasonValue instanceof asn1js.Enumerated ? reasonValue.valueBlock.valueDec : 0;
  return {
    status: 'revoked',
    source: 'ocsp',
    issuedAt,
    revokedAt,
    reason: REVOCATION_REASONS[reason] ?? 'unspecified',
  };
}

/** Every answer the OCSP responses give about `cert`, whose issuer in the validated path is `issuer`. */
export function ocspStatuses(
  responses: readonly BasicOCSPResponse[],
  cert: PathCertificate,
  issuer: PathCertificate,
  at: Date,
): RevocationStatus[] {
  return responses.flatMap((basic) => {
    try {
      const singles = basic.tbsResponseData.responses.filter((single) => isAbout(single, cert, issuer));
      if (singles.length === 0 || !signedByResponder(basic, issuer)) return [];
      return singles.map((single) => statusOf(single, at)).filter((s): s is RevocationStatus => s !== null);
    } catch {
      return [];
    }
  });
}
