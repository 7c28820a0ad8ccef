import { X509Certificate } from 'node:crypto';
import { Certificate, ContentInfo, IssuerAndSerialNumber, SignedData, type SignerInfo } from 'pkijs';
import { OID } from './oids';
import {
  bytesOf,
  childrenOf,
  hasTag,
  isBerBlock,
  oidValue,
  primitiveContent,
  rawBytes,
  readWholeBer,
  type BerBlock,
} from './berValues';
import { CmsFormatError } from './cmsFormatError';
import { derEncodingOf } from './derEncoding';
import {
  MAX_CMS_CERTIFICATES,
  type CmsCertificate,
  type ParsedSignedData,
  type ParsedSignerInfo,
  type SignerId,
} from './signedDataTypes';

/**
 * The SignedData as PKI.js reads it: for what the lean reader leaves to PKI.js (encodings it does
 * not take as plain, forms it does not handle), so every input gets the answer it always got.
 */

function build<T>(make: () => T, part: string): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof CmsFormatError) throw error;
    throw new CmsFormatError('sigCmsMalformed', { part }, { cause: error });
  }
}

const derOfRaw = (raw: ArrayBuffer | Uint8Array) => derEncodingOf(readWholeBer(bytesOf(raw)) as BerBlock);

function signerIdOf(sid: unknown): SignerId {
  if (sid instanceof IssuerAndSerialNumber)
    return {
      issuer: derOfRaw(sid.issuer.valueBeforeDecode),
      serialNumber: derEncodingOf(sid.serialNumber),
    };
  // subjectKeyIdentifier is [0] IMPLICIT OCTET STRING: primitive, its content the key identifier.
  if (isBerBlock(sid) && hasTag(sid, 3, 0) && !sid.idBlock.isConstructed)
    return { keyId: primitiveContent(sid) };
  throw new CmsFormatError('sigCmsMalformed', { part: 'SignerIdentifier' });
}

function unsignedValue(info: SignerInfo, type: string): Buffer | null {
  const value: unknown = info.unsignedAttrs?.attributes.find((attr) => attr.type === type)?.values[0];
  return isBerBlock(value) ? rawBytes(value) : null;
}

function parseSignerInfo(info: SignerInfo): ParsedSignerInfo {
  const signature = info.signature.getValue();
  return {
    sid: signerIdOf(info.sid),
    digestAlgorithm: info.digestAlgorithm.algorithmId,
    signedAttributes: info.signedAttrs ? bytesOf(info.signedAttrs.encodedValue) : null,
    attributes: info.signedAttrs?.attributes ?? [],
    signatureAlgorithm: info.signatureAlgorithm,
    signatureValue: bytesOf(signature),
    signatureTimestampToken: unsignedValue(info, OID.signatureTimeStampToken),
  };
}

function readCertificate(der: Buffer): CmsCertificate[] {
  try {
    return [{ der, pkijs: new Certificate({ schema: readWholeBer(der) }), x509: new X509Certificate(der) }];
  } catch {
    // Certificates nobody can read cannot be the signer's or in its path; a missing signer is reported.
    return [];
  }
}

/** The [0] certificates and [1] revocation values, by their own encodings. */
function carriedValues(signedData: BerBlock) {
  const fields = childrenOf(signedData);
  const certificates = fields.find((field) => hasTag(field, 3, 0));
  const revocation = fields.find((field) => hasTag(field, 3, 1));
  const certificateDers = (certificates ? childrenOf(certificates) : [])
    .filter((cert) => hasTag(cert, 1, 16))
    .map(rawBytes);
  if (certificateDers.length > MAX_CMS_CERTIFICATES)
    throw new CmsFormatError('sigCmsTooManyCertificates', {
      count: certificateDers.length,
      limit: MAX_CMS_CERTIFICATES,
    });
  const crls: Buffer[] = [];
  const ocsps: Buffer[] = [];
  for (const value of revocation ? childrenOf(revocation) : []) {
    if (hasTag(value, 1, 16)) crls.push(rawBytes(value));
    const [format, info] = childrenOf(value);
    if (hasTag(value, 3, 1) && format && info && oidValue(format) === OID.riOcspResponse)
      ocsps.push(rawBytes(info));
  }
  return { certificateDers, crls, ocsps };
}

/** Reads a CMS ContentInfo carrying SignedData with PKI.js (see parseSignedData). */
export function parseSignedDataWithPkijs(bytes: Buffer): ParsedSignedData {
  const contentInfo = build(() => new ContentInfo({ schema: readWholeBer(bytes) }), 'ContentInfo');
  if (contentInfo.contentType !== OID.signedData)
    throw new CmsFormatError('sigCmsNotSignedData', { contentType: contentInfo.contentType });
  const signedDataBlock: unknown = contentInfo.content;
  if (!isBerBlock(signedDataBlock)) throw new CmsFormatError('sigCmsMalformed', { part: 'SignedData' });
  const { certificateDers, crls, ocsps } = carriedValues(signedDataBlock);
  const signedData = build(() => new SignedData({ schema: signedDataBlock }), 'SignedData');
  return {
    eContentType: signedData.encapContentInfo.eContentType,
    detached: signedData.encapContentInfo.eContent === undefined,
    certificates: certificateDers.flatMap(readCertificate),
    crls,
    ocsps,
    signerInfos: signedData.signerInfos.map((info) => build(() => parseSignerInfo(info), 'SignerInfo')),
  };
}
