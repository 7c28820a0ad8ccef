import type { BerNode } from './berReader';
import { TAG } from './berNodeValues';

/**
 * Shapes the lean CMS reader takes on itself. Each is a plain form of a PKI.js schema: whatever
 * matches here, PKI.js's schema matching also accepts, and reads to the same values. Anything
 * else (extra or missing elements, end-of-contents markers inside definite lengths, forms PKI.js
 * reads in odd ways) is left to PKI.js, which then answers as it always did.
 */

const UNIVERSAL = 1;
const CONTEXT = 3;

/** The elements PKI.js's schema matching walks: a constructed node's elements as asn1js keeps them. */
export const elementsOf = (node: BerNode | undefined): readonly BerNode[] | null =>
  node?.constructed ? node.elements : null;

export const isPrimitive = (
  node: BerNode | undefined,
  tagClass: number,
  tagNumber: number,
): node is BerNode => !!node && !node.constructed && node.is(tagClass, tagNumber);

export const isConstructed = (
  node: BerNode | undefined,
  tagClass: number,
  tagNumber: number,
): node is BerNode => !!node && node.constructed && node.is(tagClass, tagNumber);

export const isOid = (node: BerNode | undefined): node is BerNode => isPrimitive(node, UNIVERSAL, TAG.oid);
export const isInteger = (node: BerNode | undefined): node is BerNode =>
  isPrimitive(node, UNIVERSAL, TAG.integer);
export const isSequence = (node: BerNode | undefined): node is BerNode =>
  isConstructed(node, UNIVERSAL, TAG.sequence);
export const isSet = (node: BerNode | undefined): node is BerNode => isConstructed(node, UNIVERSAL, TAG.set);
export const isContext = (
  node: BerNode | undefined,
  tagNumber: number,
  constructed: boolean,
): node is BerNode =>
  constructed ? isConstructed(node, CONTEXT, tagNumber) : isPrimitive(node, CONTEXT, tagNumber);

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }. */
export function plainAlgorithm(
  node: BerNode | undefined,
): { oid: BerNode; params: BerNode | undefined } | null {
  const parts = isSequence(node) ? elementsOf(node) : null;
  if (!parts || parts.length < 1 || parts.length > 2 || !isOid(parts[0])) return null;
  return { oid: parts[0], params: parts[1] };
}

/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY }. */
export function isPlainName(node: BerNode | undefined): boolean {
  const sets = isSequence(node) ? elementsOf(node) : null;
  return (
    sets !== null &&
    sets.every((set) => {
      const pairs = isSet(set) ? elementsOf(set) : null;
      return (
        pairs !== null &&
        pairs.every((pair) => {
          const parts = isSequence(pair) ? elementsOf(pair) : null;
          return parts !== null && parts.length === 2 && isOid(parts[0]);
        })
      );
    })
  );
}

const isTime = (node: BerNode | undefined) =>
  isPrimitive(node, UNIVERSAL, TAG.utcTime) || isPrimitive(node, UNIVERSAL, TAG.generalizedTime);

/** Extension ::= SEQUENCE { extnID OID, critical BOOLEAN OPTIONAL, extnValue OCTET STRING }. */
function isPlainExtension(node: BerNode): boolean {
  const parts = isSequence(node) ? elementsOf(node) : null;
  if (!parts || !isOid(parts[0])) return false;
  if (parts.length === 2) return isPrimitive(parts[1], UNIVERSAL, TAG.octetString);
  return (
    parts.length === 3 &&
    isPrimitive(parts[1], UNIVERSAL, TAG.boolean) &&
    isPrimitive(parts[2], UNIVERSAL, TAG.octetString)
  );
}

/** The parts of a plainly encoded TBSCertificate, or null. */
export interface PlainTbs {
  serial: BerNode;
  issuer: BerNode;
  subject: BerNode;
  publicKey: BerNode;
  extensions: readonly BerNode[];
}

function plainTbs(node: BerNode | undefined): PlainTbs | null {
  const parts = isSequence(node) ? elementsOf(node) : null;
  if (!parts) return null;
  let at = 0;
  if (isContext(parts[0], 0, true)) {
    const version = elementsOf(parts[0]);
    if (!version || version.length !== 1 || !isInteger(version[0])) return null;
    at = 1;
  }
  const [serial, signature, issuer, validity, subject, keyInfo, ...rest] = parts.slice(at);
  const times = isSequence(validity) ? elementsOf(validity) : null;
  const key = isSequence(keyInfo) ? elementsOf(keyInfo) : null;
  if (
    !isInteger(serial) ||
    !plainAlgorithm(signature) ||
    !isPlainName(issuer) ||
    !times ||
    times.length !== 2 ||
    !times.every(isTime) ||
    !isPlainName(subject) ||
    !key ||
    key.length !== 2 ||
    !plainAlgorithm(key[0]) ||
    !isPrimitive(key[1], UNIVERSAL, TAG.bitString)
  )
    return null;
  if (isContext(rest[0], 1, false)) rest.shift();
  if (isContext(rest[0], 2, false)) rest.shift();
  let extensions: readonly BerNode[] = [];
  if (rest.length > 0) {
    const wrapped = isContext(rest[0], 3, true) ? elementsOf(rest[0]) : null;
    const list = wrapped?.length === 1 && isSequence(wrapped[0]) ? elementsOf(wrapped[0]) : null;
    if (rest.length !== 1 || !list || !list.every(isPlainExtension)) return null;
    extensions = list;
  }
  return {
    serial,
    issuer: issuer as BerNode,
    subject: subject as BerNode,
    publicKey: key[1] as BerNode,
    extensions,
  };
}

/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }. */
export function plainCertificate(node: BerNode | undefined): PlainTbs | null {
  const parts = isSequence(node) ? elementsOf(node) : null;
  if (
    !parts ||
    parts.length !== 3 ||
    !plainAlgorithm(parts[1]) ||
    !isPrimitive(parts[2], UNIVERSAL, TAG.bitString)
  )
    return null;
  return plainTbs(parts[0]);
}

/** Attribute ::= SEQUENCE { attrType OID, attrValues SET OF ANY } with at least one value. */
export function plainAttribute(node: BerNode): { type: BerNode; values: readonly BerNode[] } | null {
  const parts = isSequence(node) ? elementsOf(node) : null;
  const values = parts?.length === 2 && isOid(parts[0]) && isSet(parts[1]) ? elementsOf(parts[1]) : null;
  return values && values.length > 0 ? { type: parts?.[0] as BerNode, values } : null;
}
