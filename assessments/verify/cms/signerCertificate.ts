import { readWholeBerNode } from './berReader';
import { certificateFields } from './certificateFields';
import { derEncodingOfNode } from './derCanonical';
import type { CmsCertificate, SignerId } from './signedDataTypes';

/** A Name PKI.js read, in DER, to compare with names other structures carry. */
export const nameDerOf = (name: { valueBeforeDecode: ArrayBuffer }): Buffer =>
  derEncodingOfNode(readWholeBerNode(new Uint8Array(name.valueBeforeDecode)));

export const issuerDerOf = (cert: CmsCertificate): Buffer => certificateFields(cert).issuer;
export const subjectDerOf = (cert: CmsCertificate): Buffer => certificateFields(cert).subject;
export const serialDerOf = (cert: CmsCertificate): Buffer => certificateFields(cert).serial;

function names(sid: SignerId, cert: CmsCertificate): boolean {
  try {
    if ('keyId' in sid) return certificateFields(cert).subjectKeyId().equals(sid.keyId);
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
