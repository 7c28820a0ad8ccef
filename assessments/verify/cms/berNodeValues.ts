import { ASN1JS_DEFAULT_LIMITS, BER_LIMITS, BerNode, readBerNode, TAG_CLASS } from './berReader';

/**
 * Values of BER nodes, with the results asn1js gives for the same elements, so that a value read
 * here and one PKI.js read compare and print the same.
 */

const UNIVERSAL = TAG_CLASS.universal;
export const TAG = {
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  oid: 6,
  utf8String: 12,
  sequence: 16,
  set: 17,
  utcTime: 23,
  generalizedTime: 24,
} as const;

export const isUniversal = (node: BerNode | undefined, tagNumber: number): node is BerNode =>
  node !== undefined && node.is(UNIVERSAL, tagNumber);

/** An ASN.1 block asn1js read, by the bytes it kept (PKI.js objects hand these out as values). */
interface ReadBlock {
  valueBeforeDecodeView: Uint8Array;
}

const isReadBlock = (value: unknown): value is ReadBlock =>
  typeof value === 'object' &&
  value !== null &&
  (value as Partial<ReadBlock>).valueBeforeDecodeView instanceof Uint8Array &&
  (value as ReadBlock).valueBeforeDecodeView.length > 0;

/**
 * An element asn1js has read, re-read: under the larger of the limits it may have been read with
 * and without the length check only berValues.ts adds, so that whatever it read reads again.
 */
const REREAD = {
  limits: { maxDepth: ASN1JS_DEFAULT_LIMITS.maxDepth, maxNodes: BER_LIMITS.maxNodes },
  exactLengths: false,
};

/**
 * A value as a node: one of ours, or an element asn1js read (re-read from the bytes it was read
 * from, which gives the same element). Null for anything else.
 */
export function berNodeOf(value: unknown): BerNode | null {
  if (value instanceof BerNode) return value;
  if (!isReadBlock(value)) return null;
  try {
    return readBerNode(value.valueBeforeDecodeView, REREAD).node;
  } catch {
    return null;
  }
}

/**
 * One sub-identifier as asn1js prints it: decimal, or its base-128 digits in hex, braced, when it
 * has more than eight of them or does not fit a safe integer.
 */
function subIdentifier(content: Buffer, start: number, end: number): number | string {
  let value = 0;
  let decodable = end - start <= 8;
  for (let at = start; decodable && at < end; at += 1) {
    const digit = (content[at] as number) & 0x7f;
    if (value > (Number.MAX_SAFE_INTEGER - digit) / 128) decodable = false;
    else value = value * 128 + digit;
  }
  if (decodable) return value;
  const digits = Buffer.from(content.subarray(start, end).map((byte) => byte & 0x7f));
  return `{${digits.toString('hex')}}`;
}

/** An OBJECT IDENTIFIER in dotted form, as asn1js prints it (including its form for huge arcs). */
export function oidText(node: BerNode): string {
  const content = node.content();
  let result = '';
  let start = 0;
  while (start < content.length) {
    let end = start;
    // The reader refused an OID whose last sub-identifier runs off the end, so each one ends here.
    while (end < content.length - 1 && ((content[end] as number) & 0x80) !== 0) end += 1;
    const sid = subIdentifier(content, start, end + 1);
    if (start !== 0) result += '.';
    if (typeof sid === 'string') result = start === 0 ? `2.{${sid} - 80}` : result + sid;
    else if (start === 0) result += sid <= 39 ? `0.${sid}` : sid <= 79 ? `1.${sid - 40}` : `2.${sid - 80}`;
    else result += String(sid);
    start = end + 1;
  }
  return result;
}

/** asn1js's ObjectIdentifier.getValue(), or null for anything that is not one. */
export const oidOf = (value: unknown): string | null => {
  const node = berNodeOf(value);
  return isUniversal(node ?? undefined, TAG.oid) ? oidText(node as BerNode) : null;
};

/** An OCTET STRING's value as asn1js's getValue() gives it: segments joined, nested ones empty. */
export function octetStringBytes(node: BerNode): Buffer {
  if (!node.constructed) return node.content();
  return Buffer.concat(
    node.children
      .filter((child) => isUniversal(child, TAG.octetString) && !child.constructed)
      .map((child) => child.content()),
  );
}

export const octetStringOf = (value: unknown): Buffer | null => {
  const node = berNodeOf(value);
  return node && isUniversal(node, TAG.octetString) ? Buffer.from(octetStringBytes(node)) : null;
};
