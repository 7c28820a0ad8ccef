import { X509Certificate } from 'node:crypto';
import { OID } from './oids';
import { readWholeBerNode, type BerNode } from './berReader';
import { oidOf, oidText } from './berNodeValues';
import { CmsFormatError } from './cmsFormatError';
import { derEncodingOfNode } from './derCanonical';
import {
  elementsOf,
  isContext,
  isInteger,
  isOid,
  isPlainName,
  isPrimitive,
  isSequence,
  isSet,
  plainAlgorithm,
  plainAttribute,
  plainCertificate,
} from './plainShapes';
import {
  MAX_CMS_CERTIFICATES,
  type CmsAttribute,
  type CmsCertificate,
  type ParsedSignedData,
  type ParsedSignerInfo,
  type SignerId,
} from './signedDataTypes';

const childrenOf = (node: BerNode | undefined): readonly BerNode[] =>
  node?.constructed ? node.children : [];

/** The [0] certificates and [1] revocation values, by their own encodings (as pkijsSignedData.ts finds them). */
function carriedValues(signedData: BerNode) {
  const fields = childrenOf(signedData);
  const certificates = fields.find((field) => field.is(3, 0));
  const revocation = fields.find((field) => field.is(3, 1));
  const certificateNodes = childrenOf(certificates).filter((cert) => cert.is(1, 16));
  if (certificateNodes.length > MAX_CMS_CERTIFICATES)
    throw new CmsFormatError('sigCmsTooManyCertificates', {
      count: certificateNodes.length,
      limit: MAX_CMS_CERTIFICATES,
    });
  const crls: Buffer[] = [];
  const ocsps: Buffer[] = [];
  for (const value of childrenOf(revocation)) {
    if (value.is(1, 16)) crls.push(value.raw());
    const [format, info] = childrenOf(value);
    if (value.is(3, 1) && format && info && oidOf(format) === OID.riOcspResponse) ocsps.push(info.raw());
  }
  return { certificateNodes, revocation, crls, ocsps };
}

function readCertificate(node: BerNode): CmsCertificate[] {
  try {
    return [{ der: node.raw(), x509: new X509Certificate(node.raw()) }];
  } catch {
    // Certificates nobody can read cannot be the signer's or in its path; a missing signer is reported.
    return [];
  }
}

function signerIdOf(sid: BerNode): SignerId | null {
  // subjectKeyIdentifier is [0] IMPLICIT OCTET STRING: primitive, its content the key identifier.
  if (isContext(sid, 0, false)) return { keyId: sid.content() };
  const parts = isSequence(sid) ? elementsOf(sid) : null;
  if (parts?.length !== 2 || !isPlainName(parts[0]) || !isInteger(parts[1])) return null;
  return { issuer: derEncodingOfNode(parts[0] as BerNode), serialNumber: derEncodingOfNode(parts[1]) };
}

function attributesOf(node: BerNode): CmsAttribute[] | null {
  const list = elementsOf(node);
  if (!list || list.length === 0) return null;
  const attributes: CmsAttribute[] = [];
  for (const element of list) {
    const attribute = plainAttribute(element);
    if (!attribute) return null;
    attributes.push({ type: oidText(attribute.type), values: attribute.values });
  }
  return attributes;
}

/** SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, [0] signedAttrs?, signatureAlgorithm, signature, [1] unsignedAttrs? }. */
function readSignerInfo(node: BerNode): ParsedSignerInfo | null {
  const parts = isSequence(node) ? [...(elementsOf(node) ?? [])] : [];
  const [version, sidNode, digestNode] = parts.splice(0, 3);
  const signedNode = isContext(parts[0], 0, true) ? parts.shift() : undefined;
  const [algorithmNode, signature, unsignedNode, ...rest] = parts;
  const sid = sidNode && signerIdOf(sidNode);
  const digest = plainAlgorithm(digestNode);
  const algorithm = plainAlgorithm(algorithmNode);
  const signed = signedNode ? attributesOf(signedNode) : [];
  const unsigned = unsignedNode && isContext(unsignedNode, 1, true) ? attributesOf(unsignedNode) : [];
  if (
    !isInteger(version) ||
    !sid ||
    !digest ||
    !algorithm ||
    !isPrimitive(signature, 1, 4) ||
    !signed ||
    !unsigned ||
    (unsignedNode && !isContext(unsignedNode, 1, true)) ||
    rest.length > 0
  )
    return null;
  const signedAttributes = signedNode ? Buffer.from(signedNode.raw()) : null;
  // The signature covers the attributes as a SET OF, not as the [0] they are tagged with here.
  if (signedAttributes) signedAttributes[0] = 0x31;
  const token = unsigned.find((attribute) => attribute.type === OID.signatureTimeStampToken)?.values[0];
  return {
    sid,
    digestAlgorithm: oidText(digest.oid),
    signedAttributes,
    attributes: signed,
    signatureAlgorithm: {
      algorithmId: oidText(algorithm.oid),
      ...(algorithm.params ? { algorithmParams: algorithm.params } : {}),
    },
    signatureValue: signature.content(),
    signatureTimestampToken: token ? (token as BerNode).raw() : null,
  };
}

/** EncapsulatedContentInfo ::= SEQUENCE { eContentType OID, [0] eContent OPTIONAL }. */
function readEncapsulated(node: BerNode | undefined): { eContentType: string; detached: boolean } | null {
  const parts = isSequence(node) ? elementsOf(node) : null;
  if (!parts || !isOid(parts[0]) || parts.length > 2) return null;
  const content = parts[1];
  if (content && (!isContext(content, 0, true) || elementsOf(content)?.length !== 1)) return null;
  return { eContentType: oidText(parts[0]), detached: content === undefined };
}

/** SignedData ::= SEQUENCE { version, digestAlgorithms SET, encapContentInfo, [0] certificates?, [1] crls?, signerInfos SET }. */
function readSignedData(
  node: BerNode,
  certificateNodes: readonly BerNode[],
  revocation: BerNode | undefined,
) {
  const parts = isSequence(node) ? [...(elementsOf(node) ?? [])] : [];
  const [version, digestAlgorithms, encapsulated] = parts.splice(0, 3);
  const certificates = isContext(parts[0], 0, true) ? parts.shift() : undefined;
  const [signerInfoSet, ...rest] = parts;
  const algorithms = isSet(digestAlgorithms) ? elementsOf(digestAlgorithms) : null;
  const encap = readEncapsulated(encapsulated);
  const signers = isSet(signerInfoSet) ? elementsOf(signerInfoSet) : null;
  // Revocation values, attribute certificates and other formats are read by PKI.js only.
  if (revocation || !isInteger(version) || !algorithms || !algorithms.every(plainAlgorithm) || !encap)
    return null;
  if (!signers || rest.length > 0) return null;
  if (certificates && elementsOf(certificates)?.length !== certificateNodes.length) return null;
  if (!certificateNodes.every(plainCertificate)) return null;
  const signerInfos: ParsedSignerInfo[] = [];
  for (const signer of signers) {
    const info = readSignerInfo(signer);
    if (!info) return null;
    signerInfos.push(info);
  }
  return { encap, signerInfos };
}

/** ContentInfo ::= SEQUENCE { contentType OID, [0] EXPLICIT content }. */
function readContentInfo(bytes: Buffer): { contentType: string; content: BerNode } | null {
  let root: BerNode;
  try {
    root = readWholeBerNode(bytes);
  } catch (error) {
    if (error instanceof CmsFormatError) throw error;
    throw new CmsFormatError('sigCmsMalformed', { part: 'ContentInfo' }, { cause: error });
  }
  const parts = isSequence(root) ? elementsOf(root) : null;
  const wrapped =
    parts?.length === 2 && isOid(parts[0]) && isContext(parts[1], 0, true) ? elementsOf(parts[1]) : null;
  if (wrapped?.length !== 1) return null;
  return { contentType: oidText(parts?.[0] as BerNode), content: wrapped[0] as BerNode };
}

/**
 * A CMS ContentInfo carrying SignedData, read from BER nodes without PKI.js, for the plain encodings
 * signers write. Null where PKI.js must decide (see plainShapes.ts); it throws only the errors the
 * PKI.js reading throws before PKI.js is involved, with the same keys and reasons.
 */
export function readLeanSignedData(bytes: Buffer): ParsedSignedData | null {
  const contentInfo = readContentInfo(bytes);
  if (!contentInfo) return null;
  if (contentInfo.contentType !== OID.signedData)
    throw new CmsFormatError('sigCmsNotSignedData', { contentType: contentInfo.contentType });
  const { certificateNodes, revocation, crls, ocsps } = carriedValues(contentInfo.content);
  const signedData = readSignedData(contentInfo.content, certificateNodes, revocation);
  if (!signedData) return null;
  return {
    eContentType: signedData.encap.eContentType,
    detached: signedData.encap.detached,
    certificates: certificateNodes.flatMap(readCertificate),
    crls,
    ocsps,
    signerInfos: signedData.signerInfos,
  };
}
