import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto';
import {
  children,
  content,
  contextConstructed,
  derNull,
  derTime,
  expectTag,
  oid,
  readNode,
  seq,
  setOf,
  tlv,
  TAG,
} from './der';
import { OID } from './oids';

export interface CertificateSubject {
  name: string;
  organisation: string;
  email: string;
}

const ATTR = { commonName: '2.5.4.3', organisation: '2.5.4.10', emailAddress: '1.2.840.113549.1.9.1' };
const EXT = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  subjectAltName: '2.5.29.17',
};
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';

const utf8 = (text: string) => tlv(TAG.utf8String, Buffer.from(text, 'utf8'));
const ia5 = (text: string) => tlv(0x16, Buffer.from(text, 'ascii'));
const rdn = (type: string, value: Buffer) => setOf(seq(oid(type), value));

function extension(type: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(type), ...(critical ? [Buffer.from([0x01, 0x01, 0xff])] : []), tlv(TAG.octetString, value));
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING's bits. */
export function subjectKeyIdentifier(spkiDer: Buffer): Buffer {
  const spki = expectTag(readNode(spkiDer), TAG.sequence, 'subjectPublicKeyInfo');
  const bits = expectTag(children(spki)[1], TAG.bitString, 'subjectPublicKey');
  return createHash('sha1').update(content(bits).subarray(1)).digest();
}

function signatureAlgorithm(key: KeyObject): Buffer {
  if (key.asymmetricKeyType === 'rsa') return seq(oid(OID.sha256WithRsa), derNull());
  if (key.asymmetricKeyType === 'ec') return seq(oid(OID.ecdsaWithSha256));
  throw new Error(`unsupported key type ${key.asymmetricKeyType ?? 'unknown'}`);
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
  const name = seq(
    rdn(ATTR.commonName, utf8(subject.name)),
    rdn(ATTR.organisation, utf8(subject.organisation)),
    rdn(ATTR.emailAddress, ia5(subject.email)),
  );
  const spki = keys.publicKey.export({ type: 'spki', format: 'der' });
  const keyId = subjectKeyIdentifier(spki);
  const serial = randomBytes(16);
  serial[0] = ((serial[0] as number) & 0x3f) | 0x40; // positive and minimal, never a leading zero
  const algorithm = signatureAlgorithm(keys.privateKey);
  const tbs = seq(
    contextConstructed(0, tlv(TAG.integer, Buffer.from([2]))),
    tlv(TAG.integer, serial),
    algorithm,
    name,
    seq(derTime(validity.notBefore), derTime(validity.notAfter)),
    name,
    spki,
    contextConstructed(
      3,
      seq(
        extension(EXT.basicConstraints, true, seq()),
        // digitalSignature (bit 0) and nonRepudiation (bit 1): 6 unused bits of 0b11000000.
        extension(EXT.keyUsage, true, tlv(TAG.bitString, Buffer.from([0x06, 0xc0]))),
        extension(EXT.extKeyUsage, false, seq(oid(EMAIL_PROTECTION))),
        extension(EXT.subjectKeyIdentifier, false, tlv(TAG.octetString, keyId)),
        extension(EXT.authorityKeyIdentifier, false, seq(tlv(0x80, keyId))),
        extension(EXT.subjectAltName, false, seq(tlv(0x81, Buffer.from(subject.email, 'ascii')))),
      ),
    ),
  );
  const signature = sign('sha256', tbs, keys.privateKey);
  return seq(tbs, algorithm, tlv(TAG.bitString, Buffer.concat([Buffer.from([0]), signature])));
}
