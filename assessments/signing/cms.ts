import { createHash, sign, type KeyObject } from 'node:crypto';
import { certificateIds } from './certificateFields';
import { contextConstructed, derNull, integer, octets, oid, seq, setOf, tlv } from './der';
import { OID } from './oids';

export interface CadesInput {
  /** SHA-256 of the signed byte ranges. */
  contentDigest: Buffer;
  signerCertificate: Buffer;
  /** Intermediate certificates to carry along (DER), signer first is not required. */
  chain: readonly Buffer[];
  privateKey: KeyObject;
}

const attribute = (type: string, value: Buffer) => seq(oid(type), setOf(value));

/**
 * ESS signing-certificate-v2 (RFC 5035): the SHA-256 of the signer's certificate plus its issuer
 * and serial, so the certificate cannot be swapped for another one with the same key. The hash
 * algorithm is SHA-256, the DEFAULT, and therefore omitted as DER requires.
 */
export function signingCertificateV2(certDer: Buffer): Buffer {
  const { issuer, serial } = certificateIds(certDer);
  const certHash = createHash('sha256').update(certDer).digest();
  const issuerSerial = seq(seq(tlv(0xa4, issuer)), serial);
  return seq(seq(seq(octets(certHash), issuerSerial)));
}

function signatureAlgorithm(key: KeyObject): Buffer {
  if (key.asymmetricKeyType === 'rsa') return seq(oid(OID.rsaEncryption), derNull());
  if (key.asymmetricKeyType === 'ec') return seq(oid(OID.ecdsaWithSha256));
  throw new Error(`Signing with ${key.asymmetricKeyType ?? 'this'} keys is not supported; use RSA or P-256.`);
}

/**
 * A CAdES-detached CMS SignedData as PAdES baseline B-B wants it: SHA-256, signed attributes
 * contentType, messageDigest and signing-certificate-v2. The claimed signing time lives in the
 * signature dictionary's /M, because EN 319 142-1 forbids the CMS signing-time attribute there.
 */
export function buildCadesSignedData({
  contentDigest,
  signerCertificate,
  chain,
  privateKey,
}: CadesInput): Buffer {
  const sha256 = seq(oid(OID.sha256));
  const signedAttributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(contentDigest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(signerCertificate)),
  ];
  // The signature covers the attributes encoded as a SET OF; the SignerInfo carries the same bytes
  // under the [0] IMPLICIT tag.
  const attributesSet = setOf(...signedAttributes);
  const signature = sign('sha256', attributesSet, privateKey);
  const signedAttrs = Buffer.concat([Buffer.from([0xa0]), attributesSet.subarray(1)]);

  const { issuer, serial } = certificateIds(signerCertificate);
  const signerInfo = seq(
    integer(1),
    seq(issuer, serial),
    sha256,
    signedAttrs,
    signatureAlgorithm(privateKey),
    octets(signature),
  );
  const certificates = [signerCertificate, ...chain.filter((der) => !der.equals(signerCertificate))];
  const signedData = seq(
    integer(1),
    setOf(sha256),
    seq(oid(OID.data)),
    contextConstructed(0, ...[...certificates].sort(Buffer.compare)),
    setOf(signerInfo),
  );
  return seq(oid(OID.signedData), contextConstructed(0, signedData));
}
