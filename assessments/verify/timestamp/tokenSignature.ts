import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import { getCrypto, type Attribute, type SignerInfo } from 'pkijs';
import type { Checks } from '../checks';
import type { TimestampTokenParts, TokenCertificate } from './readTimestampToken';
import { digestByOid, digestLabel, isAcceptedDigest, TS_OID } from './timestampOids';

const bytesOf = (view: Uint8Array) => Buffer.from(view);

function attributeOf(signerInfo: SignerInfo, type: string): Attribute[] {
  return signerInfo.signedAttrs?.attributes.filter((attribute) => attribute.type === type) ?? [];
}

/** The single value of a signed attribute that must occur exactly once with one value (RFC 5652 §11). */
function singleValue(signerInfo: SignerInfo, type: string): unknown {
  const found = attributeOf(signerInfo, type);
  const [attribute] = found;
  return found.length === 1 && attribute?.values.length === 1 ? attribute.values[0] : undefined;
}

interface EssCertId {
  attribute: 'signing-certificate' | 'signing-certificate-v2';
  hashOid: string;
  hash: Buffer;
  serial: Buffer | null;
}

const children = (block: unknown): unknown[] =>
  block instanceof asn1js.Sequence ? block.valueBlock.value : [];

/** IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber CertificateSerialNumber }. */
function issuerSerialNumber(block: unknown): Buffer | null {
  const serial = children(block)[1];
  return serial instanceof asn1js.Integer ? bytesOf(serial.valueBlock.valueHexView) : null;
}

/**
 * The first ESSCertID (v1: SHA-1 hash; v2: hash algorithm, SHA-256 by default) of the
 * signing-certificate attribute. RFC 5035 says the first one names the signer's certificate.
 */
function firstEssCertId(signerInfo: SignerInfo): EssCertId | null | 'absent' {
  const v2 = singleValue(signerInfo, TS_OID.signingCertificateV2);
  const v1 = singleValue(signerInfo, TS_OID.signingCertificate);
  if (v2 === undefined && v1 === undefined) return 'absent';
  const [certs] = children(v2 ?? v1);
  const [first] = children(certs);
  const parts = children(first);
  if (v2 !== undefined) {
    const hasAlgorithm = parts[0] instanceof asn1js.Sequence;
    const [algorithm, hash, issuerSerial] = hasAlgorithm ? parts : [undefined, ...parts];
    const [algorithmOid] = children(algorithm);
    if (!(hash instanceof asn1js.OctetString)) return null;
    return {
      attribute: 'signing-certificate-v2',
      hashOid:
        algorithmOid instanceof asn1js.ObjectIdentifier ? algorithmOid.valueBlock.toString() : TS_OID.sha256,
      hash: bytesOf(hash.valueBlock.valueHexView),
      serial: issuerSerial === undefined ? null : issuerSerialNumber(issuerSerial),
    };
  }
  const [hash, issuerSerial] = parts;
  if (!(hash instanceof asn1js.OctetString)) return null;
  return {
    attribute: 'signing-certificate',
    hashOid: TS_OID.sha1,
    hash: bytesOf(hash.valueBlock.valueHexView),
    serial: issuerSerial === undefined ? null : issuerSerialNumber(issuerSerial),
  };
}

/** content-type must be id-ct-TSTInfo and message-digest the digest of the TSTInfo as signed. */
function checkSignedAttributes(parts: TimestampTokenParts, checks: Checks): void {
  const { signerInfo, eContent } = parts;
  const contentType = singleValue(signerInfo, TS_OID.contentType);
  const contentTypeOid =
    contentType instanceof asn1js.ObjectIdentifier ? contentType.valueBlock.toString() : null;
  if (contentTypeOid !== TS_OID.tstInfo)
    checks.fail('timestamp-signed-attributes', 'tsContentTypeAttributeWrong', {
      found: contentTypeOid ?? 'none',
    });
  const digestOid = signerInfo.digestAlgorithm.algorithmId;
  const digest = digestByOid(digestOid);
  const algorithm = digestLabel(digestOid);
  if (!isAcceptedDigest(digest)) {
    checks.fail('timestamp-signed-attributes', 'tsSignerDigestRefused', { algorithm });
    return;
  }
  const messageDigest = singleValue(signerInfo, TS_OID.messageDigest);
  const expected = createHash(digest.node).update(eContent).digest();
  if (!(messageDigest instanceof asn1js.OctetString))
    checks.fail('timestamp-signed-attributes', 'tsMessageDigestMissing');
  else if (!bytesOf(messageDigest.valueBlock.valueHexView).equals(expected))
    checks.fail('timestamp-signed-attributes', 'tsMessageDigestMismatch', { algorithm });
  else if (contentTypeOid === TS_OID.tstInfo)
    checks.pass('timestamp-signed-attributes', 'tsSignedAttributesMatch', { algorithm });
}

/** The signing-certificate(-v2) attribute must name the certificate whose key verifies the token. */
function checkSigningCertificate(signerInfo: SignerInfo, signer: TokenCertificate, checks: Checks): void {
  const essCertId = firstEssCertId(signerInfo);
  if (essCertId === 'absent') {
    checks.fail('timestamp-signing-certificate', 'tsSigningCertificateMissing');
    return;
  }
  const digest = essCertId ? digestByOid(essCertId.hashOid) : undefined;
  if (!essCertId || !digest) {
    checks.fail('timestamp-signing-certificate', 'tsSigningCertificateUnreadable');
    return;
  }
  const hashMatches = createHash(digest.node).update(signer.der).digest().equals(essCertId.hash);
  const serial = bytesOf(signer.pkijs.serialNumber.valueBlock.valueHexView);
  if (!hashMatches || (essCertId.serial !== null && !essCertId.serial.equals(serial)))
    checks.fail('timestamp-signing-certificate', 'tsSigningCertificateMismatch', {
      attribute: essCertId.attribute,
    });
  else
    checks.pass('timestamp-signing-certificate', 'tsSigningCertificateMatches', {
      attribute: essCertId.attribute,
      algorithm: digest.label,
    });
}

/** Signature algorithms that name only the key type; the SignerInfo's digest algorithm completes them. */
const KEY_ONLY_ALGORITHMS = new Set(['1.2.840.113549.1.1.1', '1.2.840.10045.2.1']);

async function verifySignatureValue(signerInfo: SignerInfo, signer: TokenCertificate): Promise<boolean> {
  const crypto = getCrypto(true);
  const digest = digestByOid(signerInfo.digestAlgorithm.algorithmId);
  const { signatureAlgorithm } = signerInfo;
  const keyOnly = KEY_ONLY_ALGORITHMS.has(signatureAlgorithm.algorithmId);
  // sha1WithRSAEncryption and the like carry their own hash, which must not be SHA-1 either.
  if (
    !isAcceptedDigest(digest) ||
    (!keyOnly && /^SHA-?1$/i.test(crypto.getHashAlgorithm(signatureAlgorithm)))
  )
    return false;
  return crypto.verifyWithPublicKey(
    signerInfo.signedAttrs?.encodedValue ?? new ArrayBuffer(0),
    signerInfo.signature,
    signer.pkijs.subjectPublicKeyInfo,
    signatureAlgorithm,
    keyOnly ? digest.label : undefined,
  );
}

/**
 * The SignerInfo of a token: signed attributes present (RFC 3161 requires them), their content-type
 * and message-digest, the ESS signing-certificate naming the TSA certificate, and the signature
 * over the attributes with that certificate's key (PKI.js handles RSA, RSA-PSS and ECDSA).
 */
export async function checkTokenSignature(
  parts: TimestampTokenParts,
  signer: TokenCertificate,
  checks: Checks,
): Promise<void> {
  const { signerInfo } = parts;
  const signedAttributes = signerInfo.signedAttrs;
  if (!signedAttributes || signedAttributes.attributes.length === 0) {
    checks.fail('timestamp-signed-attributes', 'tsSignedAttributesMissing');
    return;
  }
  checkSignedAttributes(parts, checks);
  checkSigningCertificate(signerInfo, signer, checks);
  // An unknown algorithm or a malformed key or signature throws: the signature is not shown valid.
  const verified = await verifySignatureValue(signerInfo, signer).catch(() => false);
  if (verified) checks.pass('timestamp-signature', 'tsSignatureValid');
  else
    checks.fail('timestamp-signature', 'tsSignatureInvalid', {
      algorithm: signerInfo.signatureAlgorithm.algorithmId,
    });
}
