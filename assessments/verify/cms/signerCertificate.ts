import { createHash } from 'node:crypto';
import { OID } from './oids';
import { bytesOf, octetStringValue, readWholeBer, type BerBlock } from './berValues';
import { derEncodingOf } from './derEncoding';
import type { CmsCertificate, SignerId } from './parseSignedData';

/** A Name PKI.js read, in DER, to compare with names other structures carry. */
export const nameDerOf = (name: { valueBeforeDecode: ArrayBuffer }): Buffer =>
  derEncodingOf(readWholeBer(bytesOf(name.valueBeforeDecode)) as BerBlock);

export const issuerDerOf = (cert: CmsCertificate): Buffer => nameDerOf(cert.pkijs.issuer);
export const subjectDerOf = (cert: CmsCertificate): Buffer => nameDerOf(cert.pkijs.subject);

export const serialDerOf = (cert: CmsCertificate): Buffer => derEncodingOf(cert.pkijs.serialNumber);

/**
 * The subjectKeyIdentifier extension, or else RFC 5280 §4.2.1.2 method 1 (SHA-1 of the public
 * key bits), which is what signers fall back to for certificates without the extension.
 */
function subjectKeyIdOf(cert: CmsCertificate): Buffer {
  const extension = cert.pkijs.extensions?.find((ext) => ext.extnID === OID.subjectKeyIdentifier);
  const fromExtension = extension ? octetStringValue(extension.parsedValue) : null;
  if (fromExtension) return fromExtension;
  const keyBits = cert.pkijs.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  return createHash('sha1').update(keyBits).digest();
}

function names(sid: SignerId, cert: CmsCertificate): boolean {
  try {
    if ('keyId' in sid) return subjectKeyIdOf(cert).equals(sid.keyId);
    return serialDerOf(cert).equals(sid.serialNumber) && issuerDerOf(cert).equals(sid.issuer);
  } catch {
    return false;
  }
}

/** The carried certificate the SignerInfo names, by issuer and serial or by key identifier. */
export const findSignerCertificate = (
  sid: SignerId,
  certificates: readonly CmsCertificate[],
): CmsCertificate | undefined => certificates.find((cert) => names(sid, cert));
