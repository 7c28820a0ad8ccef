import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  Extension,
  ExtKeyUsage,
  GeneralName,
  GeneralNames,
  PublicKeyInfo,
  RelativeDistinguishedNames,
  Time,
} from 'pkijs';
import { OID } from '../verify/cms/oids';

export interface CertificateSubject {
  name: string;
  organisation: string;
  email: string;
}

const der = (block: { toBER(sizeOnly?: boolean): ArrayBuffer }) => Buffer.from(block.toBER(false));

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING's bits. */
export function subjectKeyIdentifier(spkiDer: Buffer): Buffer {
  const spki = new PublicKeyInfo({ schema: asn1js.fromBER(spkiDer).result });
  return createHash('sha1').update(spki.subjectPublicKey.valueBlock.valueHexView).digest();
}

/**
 * One attribute per RDN, in this order (PKI.js would put them all in one multi-valued RDN). Read
 * back from its encoding so the certificate keeps exactly these bytes.
 */
function distinguishedName(subject: CertificateSubject): RelativeDistinguishedNames {
  const rdn = (type: string, value: asn1js.BaseBlock) =>
    new asn1js.Set({
      value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), value] })],
    });
  const name = new asn1js.Sequence({
    value: [
      rdn(OID.commonName, new asn1js.Utf8String({ value: subject.name })),
      rdn(OID.organisation, new asn1js.Utf8String({ value: subject.organisation })),
      rdn(OID.emailAddress, new asn1js.IA5String({ value: subject.email })),
    ],
  });
  return new RelativeDistinguishedNames({ schema: asn1js.fromBER(der(name)).result });
}

/** UTCTime for years 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5), in whole seconds. */
function validityTime(date: Date): Time {
  const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const year = seconds.getUTCFullYear();
  return new Time({ type: year >= 1950 && year < 2050 ? 0 : 1, value: seconds });
}

function signatureAlgorithm(key: KeyObject): AlgorithmIdentifier {
  if (key.asymmetricKeyType === 'rsa')
    return new AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() });
  if (key.asymmetricKeyType === 'ec') return new AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
  throw new Error(`unsupported key type ${key.asymmetricKeyType ?? 'unknown'}`);
}

const extension = (extnID: string, critical: boolean, value: { toBER(sizeOnly?: boolean): ArrayBuffer }) =>
  new Extension({ extnID, critical, extnValue: value.toBER(false) });

function extensions(subject: CertificateSubject, keyId: Buffer): Extension[] {
  return [
    extension(OID.basicConstraints, true, new BasicConstraints({ cA: false }).toSchema()),
    // digitalSignature (bit 0) and nonRepudiation (bit 1): 6 unused bits of 0b11000000.
    extension(OID.keyUsage, true, new asn1js.BitString({ valueHex: new Uint8Array([0xc0]), unusedBits: 6 })),
    extension(OID.extKeyUsage, false, new ExtKeyUsage({ keyPurposes: [OID.emailProtection] }).toSchema()),
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: keyId })),
    extension(
      OID.authorityKeyIdentifier,
      false,
      new AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: keyId }) }).toSchema(),
    ),
    extension(
      OID.subjectAltName,
      false,
      new GeneralNames({ names: [new GeneralName({ type: 1, value: subject.email })] }).toSchema(),
    ),
  ];
}

/**
 * A self-signed X.509 v3 signing certificate: the assessor's name, organisation and email in the
 * subject; key usage digitalSignature + nonRepudiation (critical), email protection (what NSS and
 * therefore pdfsig check for document signers), SKI/AKI and the email as subjectAltName.
 */
export function createSelfSignedCertificate(
  subject: CertificateSubject,
  keys: { publicKey: KeyObject; privateKey: KeyObject },
  validity: { notBefore: Date; notAfter: Date },
): Buffer {
  const spki = keys.publicKey.export({ type: 'spki', format: 'der' });
  const keyId = subjectKeyIdentifier(spki);
  const serial = randomBytes(16);
  serial[0] = ((serial[0] as number) & 0x3f) | 0x40; // positive and minimal, never a leading zero
  const name = distinguishedName(subject);
  const certificate = new Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: serial }),
    signature: signatureAlgorithm(keys.privateKey),
    issuer: name,
    notBefore: validityTime(validity.notBefore),
    notAfter: validityTime(validity.notAfter),
    subject: name,
    subjectPublicKeyInfo: new PublicKeyInfo({ schema: asn1js.fromBER(spki).result }),
    extensions: extensions(subject, keyId),
    signatureAlgorithm: signatureAlgorithm(keys.privateKey),
  });
  const tbs = der(certificate.encodeTBS());
  certificate.tbsView = new Uint8Array(tbs);
  certificate.signatureValue = new asn1js.BitString({ valueHex: sign('sha256', tbs, keys.privateKey) });
  return der(certificate.toSchema());
}
