import {
  children,
  content,
  DerError,
  expectTag,
  raw,
  readNode,
  readOid,
  readTime,
  TAG,
  type DerNode,
} from '../signing/der';
import { OID } from '../signing/oids';

export interface ParsedSignerInfo {
  /** issuerAndSerialNumber (raw issuer Name + serial INTEGER) or a subjectKeyIdentifier. */
  sid: { issuer: Buffer; serial: Buffer } | { keyId: Buffer };
  digestAlgorithm: string;
  /** The signed attributes re-tagged as the SET OF the signature was computed over. */
  signedAttributesDer: Buffer | null;
  attributes: Map<string, DerNode[]>;
  signatureAlgorithm: string;
  signature: Buffer;
}

export interface ParsedSignedData {
  detached: boolean;
  certificates: Buffer[];
  signerInfos: ParsedSignerInfo[];
}

function algorithmOid(node: DerNode | undefined, what: string): string {
  const seq = expectTag(node, TAG.sequence, what);
  return readOid(expectTag(children(seq)[0], TAG.oid, `${what} algorithm`));
}

function parseSignerInfo(node: DerNode): ParsedSignerInfo {
  const fields = children(expectTag(node, TAG.sequence, 'SignerInfo'));
  let i = 1; // skip the version
  const sidNode = fields[i++];
  let sid: ParsedSignerInfo['sid'];
  if (sidNode?.tag === TAG.sequence) {
    const [issuer, serial] = children(sidNode);
    sid = {
      issuer: raw(expectTag(issuer, TAG.sequence, 'issuer')),
      serial: raw(expectTag(serial, TAG.integer, 'serialNumber')),
    };
  } else if (sidNode?.tag === 0x80) {
    sid = { keyId: content(sidNode) };
  } else throw new DerError('SignerInfo has no signer identifier');
  const digestAlgorithm = algorithmOid(fields[i++], 'digestAlgorithm');
  let signedAttributesDer: Buffer | null = null;
  const attributes = new Map<string, DerNode[]>();
  if (fields[i]?.tag === 0xa0) {
    const attrsNode = fields[i++] as DerNode;
    signedAttributesDer = Buffer.concat([Buffer.from([TAG.set]), raw(attrsNode).subarray(1)]);
    for (const attr of children(attrsNode, 64)) {
      const [type, values] = children(expectTag(attr, TAG.sequence, 'Attribute'));
      const key = readOid(expectTag(type, TAG.oid, 'attribute type'));
      if (attributes.has(key)) throw new DerError(`signed attribute ${key} appears twice`);
      attributes.set(key, children(expectTag(values, TAG.set, 'attribute values'), 16));
    }
  }
  const signatureAlgorithm = algorithmOid(fields[i++], 'signatureAlgorithm');
  const signature = content(expectTag(fields[i], TAG.octetString, 'signature'));
  return { sid, digestAlgorithm, signedAttributesDer, attributes, signatureAlgorithm, signature };
}

/** Parses a CMS ContentInfo carrying SignedData; throws DerError naming the broken field. */
export function parseSignedData(der: Buffer): ParsedSignedData {
  const contentInfo = readNode(der);
  const [type, wrapped] = children(expectTag(contentInfo, TAG.sequence, 'ContentInfo'));
  if (readOid(expectTag(type, TAG.oid, 'contentType')) !== OID.signedData)
    throw new DerError('not a CMS SignedData');
  const signedData = expectTag(children(expectTag(wrapped, 0xa0, 'content'))[0], TAG.sequence, 'SignedData');
  const fields = children(signedData);
  const encap = children(expectTag(fields[2], TAG.sequence, 'encapContentInfo'));
  let i = 3;
  const certificates: Buffer[] = [];
  if (fields[i]?.tag === 0xa0) {
    for (const cert of children(fields[i++] as DerNode, 64))
      if (cert.tag === TAG.sequence) certificates.push(raw(cert));
  }
  if (fields[i]?.tag === 0xa1) i += 1; // CRLs: not used for B-B
  const signerInfos = children(expectTag(fields[i], TAG.set, 'signerInfos'), 16).map(parseSignerInfo);
  return { detached: encap.length === 1, certificates, signerInfos };
}

export function attributeOctets(info: ParsedSignerInfo, oid: string): Buffer | undefined {
  const node = info.attributes.get(oid)?.[0];
  return node && node.tag === TAG.octetString ? content(node) : undefined;
}

export function attributeOid(info: ParsedSignerInfo, oid: string): string | undefined {
  const node = info.attributes.get(oid)?.[0];
  return node && node.tag === TAG.oid ? readOid(node) : undefined;
}

export function attributeTime(info: ParsedSignerInfo, oid: string): Date | undefined {
  const node = info.attributes.get(oid)?.[0];
  return node ? readTime(node) : undefined;
}

/** The first ESSCertIDv2 of a signing-certificate-v2 attribute. */
export function signingCertificateV2(
  info: ParsedSignerInfo,
):
  | { hashAlgorithm: string; hash: Buffer; issuerSerial: { issuer: Buffer; serial: Buffer } | null }
  | undefined {
  const value = info.attributes.get(OID.signingCertificateV2)?.[0];
  if (!value) return undefined;
  const [certs] = children(expectTag(value, TAG.sequence, 'SigningCertificateV2'));
  const [first] = children(expectTag(certs, TAG.sequence, 'certs'));
  const parts = children(expectTag(first, TAG.sequence, 'ESSCertIDv2'));
  let j = 0;
  let hashAlgorithm: string = OID.sha256;
  if (parts[0]?.tag === TAG.sequence) hashAlgorithm = algorithmOid(parts[j++], 'hashAlgorithm');
  const hash = content(expectTag(parts[j++], TAG.octetString, 'certHash'));
  let issuerSerial = null;
  const serialNode = parts[j];
  if (serialNode) {
    const [names, serial] = children(expectTag(serialNode, TAG.sequence, 'issuerSerial'));
    const directory = children(expectTag(names, TAG.sequence, 'GeneralNames')).find((n) => n.tag === 0xa4);
    if (directory) {
      issuerSerial = {
        issuer: raw(expectTag(children(directory)[0], TAG.sequence, 'directoryName')),
        serial: raw(expectTag(serial, TAG.integer, 'serialNumber')),
      };
    }
  }
  return { hashAlgorithm, hash, issuerSerial };
}
