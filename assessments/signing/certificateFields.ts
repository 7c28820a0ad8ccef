import { children, expectTag, raw, readNode, TAG, type DerNode } from './der';

/** The parts of an X.509 certificate CMS needs verbatim: issuer Name and serial number. */
export interface CertificateIds {
  issuer: Buffer;
  serial: Buffer;
}

function tbsFields(certDer: Buffer): DerNode[] {
  const cert = expectTag(readNode(certDer), TAG.sequence, 'certificate');
  const tbs = expectTag(children(cert)[0], TAG.sequence, 'tbsCertificate');
  const fields = children(tbs);
  // The version is an optional [0] EXPLICIT field in front of the serial number.
  return fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
}

export function certificateIds(certDer: Buffer): CertificateIds {
  const [serial, , issuer] = tbsFields(certDer);
  return {
    serial: raw(expectTag(serial, TAG.integer, 'serialNumber')),
    issuer: raw(expectTag(issuer, TAG.sequence, 'issuer')),
  };
}
