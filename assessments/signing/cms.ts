import { createHash, sign, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Attribute,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  GeneralName,
  GeneralNames,
  IssuerAndSerialNumber,
  IssuerSerial,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';
import { COMMITMENT_OID } from '../verify/cms/commitmentType';
import { commitmentTypeIndication, type ReviewConclusion } from './commitmentType';
import { OID } from '../verify/cms/oids';

export interface CadesInput {
  /** SHA-256 of the signed byte ranges. */
  contentDigest: Buffer;
  signerCertificate: Buffer;
  /** Intermediate certificates to carry along (DER), signer first is not required. */
  chain: readonly Buffer[];
  privateKey: KeyObject;
  /** A reviewer's conclusion, signed as a CAdES commitment-type-indication (see commitmentType.ts). */
  commitment?: ReviewConclusion;
}

const der = (block: { toBER(sizeOnly?: boolean): ArrayBuffer }) => Buffer.from(block.toBER(false));

/**
 * A certificate as PKI.js reads it, refused unless PKI.js writes it back byte for byte: the
 * signing-certificate-v2 hash is over these bytes, so the embedded copy must be exactly them.
 */
function readCertificate(bytes: Buffer): Certificate {
  const certificate = new Certificate({ schema: asn1js.fromBER(bytes).result });
  if (!der(certificate.toSchema()).equals(bytes))
    throw new Error('The certificate is not DER-encoded; it cannot be embedded in a signature unchanged.');
  return certificate;
}

/**
 * ESS signing-certificate-v2 (RFC 5035): the SHA-256 of the signer's certificate plus its issuer
 * and serial, so the certificate cannot be swapped for another one with the same key. The hash
 * algorithm is SHA-256, the DEFAULT, and therefore omitted as DER requires.
 */
function signingCertificateV2(certDer: Buffer): asn1js.Sequence {
  const certificate = readCertificate(certDer);
  const issuerSerial = new IssuerSerial({
    issuer: new GeneralNames({ names: [new GeneralName({ type: 4, value: certificate.issuer })] }),
    serialNumber: certificate.serialNumber,
  });
  const certHash = new asn1js.OctetString({ valueHex: createHash('sha256').update(certDer).digest() });
  const essCertIdV2 = new asn1js.Sequence({ value: [certHash, issuerSerial.toSchema()] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function signatureAlgorithm(key: KeyObject): AlgorithmIdentifier {
  if (key.asymmetricKeyType === 'rsa')
    return new AlgorithmIdentifier({ algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() });
  if (key.asymmetricKeyType === 'ec') return new AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
  throw new Error(`Signing with ${key.asymmetricKeyType ?? 'this'} keys is not supported; use RSA or P-256.`);
}

/** DER orders a SET OF by its elements' encodings (X.690 §11.6). */
function inDerOrder<T>(items: readonly T[], encode: (item: T) => Buffer): T[] {
  return items
    .map((item) => ({ item, bytes: encode(item) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map(({ item }) => item);
}

/**
 * A CAdES-detached CMS SignedData as PAdES baseline B-B wants it: SHA-256, signed attributes
 * contentType, messageDigest and signing-certificate-v2, and with `commitment` a
 * commitment-type-indication, so the signer's intent is under the signature itself. The claimed
 * signing time lives in the signature dictionary's /M, because EN 319 142-1 forbids the CMS
 * signing-time attribute there.
 */
export function buildCadesSignedData({
  contentDigest,
  signerCertificate,
  chain,
  privateKey,
  commitment,
}: CadesInput): Buffer {
  const signer = readCertificate(signerCertificate);
  const sha256 = () => new AlgorithmIdentifier({ algorithmId: OID.sha256 });
  const attributes = inDerOrder(
    [
      new Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
      new Attribute({
        type: OID.messageDigest,
        values: [new asn1js.OctetString({ valueHex: contentDigest })],
      }),
      new Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(signerCertificate)] }),
      ...(commitment
        ? [
            new Attribute({
              type: COMMITMENT_OID.commitmentTypeIndication,
              values: [commitmentTypeIndication(commitment)],
            }),
          ]
        : []),
    ],
    (attribute) => der(attribute.toSchema()),
  );
  // The signature covers the attributes encoded as a SET OF; the SignerInfo carries the same
  // bytes under the [0] IMPLICIT tag.
  const attributesSet = der(new asn1js.Set({ value: attributes.map((attribute) => attribute.toSchema()) }));
  const signerInfo = new SignerInfo({
    version: 1,
    sid: new IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
    digestAlgorithm: sha256(),
    signedAttrs: new SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: signatureAlgorithm(privateKey),
    signature: new asn1js.OctetString({ valueHex: sign('sha256', attributesSet, privateKey) }),
  });
  const certificates = [signerCertificate, ...chain.filter((bytes) => !bytes.equals(signerCertificate))];
  const signedData = new SignedData({
    version: 1,
    digestAlgorithms: [sha256()],
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: inDerOrder(certificates, (bytes) => bytes).map(readCertificate),
    signerInfos: [signerInfo],
  });
  return der(new ContentInfo({ contentType: OID.signedData, content: signedData.toSchema() }).toSchema());
}
