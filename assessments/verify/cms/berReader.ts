import { BerNode, TAG_CLASS } from './berNode';
import { stringContentProblem } from './berStringContent';
import { CmsFormatError } from './cmsFormatError';

export { BerNode, isBerNode, TAG_CLASS } from './berNode';

/**
 * A BER reader that gives TLV nodes over the caller's bytes (views, no copies). It accepts and
 * refuses exactly what asn1js 4 (the reader PKI.js uses) accepts and refuses, with the same
 * reasons, because the verdict on a signature must not depend on which of the two read it: the
 * same limits, the same type rules for universal tags, even asn1js's quirks where they decide
 * acceptance (an element may run past its container and is refused afterwards; speculative reads
 * of OCTET and BIT STRING contents count towards the node limit). berReader.test.ts compares the
 * two on generated input.
 */

export interface BerLimits {
  maxDepth: number;
  maxNodes: number;
}

/**
 * Limits for ASN.1 read out of an untrusted PDF. A signature with its certificate chain and
 * revocation values is some tens of kilobytes and a few thousand elements, nested a dozen deep.
 */
export const BER_LIMITS: BerLimits = { maxDepth: 48, maxNodes: 20_000 };
/** asn1js's own defaults, which PKI.js reads with where it calls asn1js itself (extension values). */
export const ASN1JS_DEFAULT_LIMITS: BerLimits = { maxDepth: 100, maxNodes: 10_000 };
/** asn1js's default content limit, which the verifier never changed. */
const MAX_CONTENT_LENGTH = 16_777_216;

/**
 * A refusal while reading; becomes CmsFormatError at the top, is swallowed in speculative reads.
 * Not an Error: most speculative reads of string contents fail, and a stack trace for each would
 * cost more than the whole read.
 */
class BerRefusal {
  constructor(readonly message: string) {}
}

interface ReadContext {
  limits: BerLimits;
  nodes: number;
  depth: number;
  /** Inside a speculative read of a string's content (asn1js's parseEmbedded): nothing is kept. */
  speculative: boolean;
  /** Inside a primitive SEQUENCE or SET: the length check walks constructed elements only, never these. */
  unchecked: boolean;
  /** Some definite length is not exactly what the elements inside it fill. */
  overrun: boolean;
}

const INCONSISTENT =
  'End of input reached before message was fully decoded (inconsistent offset and length values)';
const TRUNCATED = 'End of input reached before message was fully decoded';
/** Universal types that asn1js reads only in primitive form. */
const PRIMITIVE_ONLY = new Set([1, 2, 5, 6, 9, 13, 14, 23, 24, 31, 32, 33, 34]);
/**
 * Universal types whose content asn1js takes whole, constructed or not: its strings, and ENUMERATED
 * (read as an INTEGER, which it does not refuse in constructed form).
 */
const TAKEN_WHOLE = new Set([10, 12, 14, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]);
const refuse = (reason: string): never => {
  throw new BerRefusal(reason);
};

/** Base-128 (identifier) or base-256 (length) digits as a safe integer; undefined when larger. */
function decodeDigits(bytes: Buffer, from: number, to: number, bits: 7 | 8): number | undefined {
  const radix = 2 ** bits;
  let result = 0;
  for (let i = from; i < to; i += 1) {
    const digit = bits === 7 ? (bytes[i] as number) & 0x7f : (bytes[i] as number);
    if (result > (Number.MAX_SAFE_INTEGER - digit) / radix) return undefined;
    result = result * radix + digit;
  }
  return result;
}

function checkBounds(buffer: Buffer, offset: number, length: number): void {
  if (buffer.length - offset - length < 0) refuse(INCONSISTENT);
}

/** asn1js reads the content of OCTET STRINGs and unused-bit-free BIT STRINGs as BER, just in case. */
function speculate(buffer: Buffer, from: number, to: number, context: ReadContext): void {
  if (to <= from) return;
  const view = buffer.subarray(from, to);
  const { speculative } = context;
  context.speculative = true;
  try {
    readChild(view, 0, view.length, context);
  } catch {
    // What does not read is left as plain octets, as asn1js leaves it.
  } finally {
    context.speculative = speculative;
  }
}

/** The elements of a constructed value; `value` keeps end-of-contents markers of a definite one. */
function readElements(
  buffer: Buffer,
  from: number,
  length: number,
  indefinite: boolean,
  context: ReadContext,
): { end: number; children: BerNode[]; value: BerNode[] } {
  checkBounds(buffer, from, length);
  const value: BerNode[] = [];
  let children = value;
  let offset = from;
  let left = length;
  if (length === 0) return { end: from, children, value };
  while (indefinite || left > 0) {
    const child = readChild(buffer, offset, left, context);
    offset = child.end;
    left -= child.end - child.start;
    const endOfContents = child.is(TAG_CLASS.universal, 0);
    if (endOfContents && indefinite) break;
    if (endOfContents && children === value) children = [...value];
    value.push(child);
    if (!endOfContents && children !== value) children.push(child);
  }
  if (!indefinite && !context.speculative && !context.unchecked) {
    const filled = children.reduce((sum, child) => sum + (child.end - child.start), 0);
    if (filled !== length) context.overrun = true;
  }
  return { end: offset, children, value };
}

/** BIT STRING unused bits as asn1js keeps them: the first octet, or a constructed one's last segment's. */
function unusedBitsOf(node: BerNode): number {
  if (!node.constructed) return node.end > node.contentStart ? (node.buffer[node.contentStart] as number) : 0;
  const last = node.children[node.children.length - 1];
  return last ? unusedBitsOf(last) : 0;
}

/** The segments of a constructed OCTET or BIT STRING must be of its own type. */
function checkSegments(tagNumber: 3 | 4, value: readonly BerNode[]): void {
  const name = tagNumber === 3 ? 'BIT STRING' : 'OCTET STRING';
  let unusedBits = 0;
  for (const segment of value) {
    if (segment.is(TAG_CLASS.universal, 0))
      refuse(`EndOfContent is unexpected, ${name} may consists of ${name}s only`);
    if (!segment.is(TAG_CLASS.universal, tagNumber)) refuse(`${name} may consists of ${name}s only`);
    if (tagNumber === 3) {
      const segmentBits = unusedBitsOf(segment);
      if (unusedBits > 0 && segmentBits > 0)
        refuse('Using of "unused bits" inside constructive BIT STRING allowed for least one only');
      unusedBits = segmentBits;
    }
  }
}

/** The content of a primitive element of a universal type with rules of its own; returns its end. */
function readPrimitiveContent(
  buffer: Buffer,
  tagNumber: number,
  from: number,
  length: number,
  context: ReadContext,
): number {
  if (tagNumber === 4 && length > 0) speculate(buffer, from, Math.min(from + length, buffer.length), context);
  if (tagNumber === 3 && length === 0) return from;
  checkBounds(buffer, from, length);
  const content = buffer.subarray(from, from + length);
  if (tagNumber === 3) {
    if ((content[0] as number) > 7) refuse('Unused bits for BitString must be in range 0-7');
    if (content[0] === 0) speculate(buffer, from + 1, from + length, context);
  } else if ((tagNumber === 6 || tagNumber === 13) && length > 0) {
    // The last sub-identifier must end within the content.
    if (((content[length - 1] as number) & 0x80) !== 0) refuse(TRUNCATED);
  }
  return from + length;
}

/** Identifier octets: class, form and number, and how many octets they took. */
function readIdentifier(buffer: Buffer, offset: number, available: number) {
  const first = buffer[offset] as number;
  const tagClass = (first >> 6) + 1;
  const constructed = (first & 0x20) !== 0;
  if ((first & 0x1f) !== 0x1f)
    return { tagClass, constructed, tagNumber: first & 0x1f, size: 1, long: false };
  let count = 0;
  for (;;) {
    if (count + 1 >= available) refuse(TRUNCATED);
    count += 1;
    if (((buffer[offset + count] as number) & 0x80) === 0) break;
  }
  const size = count + 1;
  const decoded = size <= 9 ? decodeDigits(buffer, offset + 1, offset + size, 7) : undefined;
  return { tagClass, constructed, tagNumber: decoded ?? -1, size, long: decoded === undefined };
}

/** Length octets: the definite length (0 when indefinite) and how many octets they took. */
function readLength(buffer: Buffer, offset: number, available: number) {
  if (available === 0) refuse('Zero buffer length');
  const first = buffer[offset] as number;
  if (first === 0xff) refuse('Length block 0xFF is reserved by standard');
  if (first === 0x80) return { indefinite: true, length: 0, size: 1 };
  if (first < 0x80) return { indefinite: false, length: first, size: 1 };
  const count = first & 0x7f;
  if (count > 8) refuse('Too big integer');
  if (count + 1 > available) refuse(TRUNCATED);
  const length = decodeDigits(buffer, offset + 1, offset + 1 + count, 8);
  if (length === undefined) return refuse('Too big integer');
  return { indefinite: false, length, size: count + 1 };
}

function readElement(buffer: Buffer, offset: number, available: number, context: ReadContext): BerNode {
  if (available < 0) refuse('Wrong parameter: inputLength less than zero');
  checkBounds(buffer, offset, available);
  if (available === 0) refuse('Zero buffer length');
  context.nodes += 1;
  if (context.nodes > context.limits.maxNodes) refuse('Maximum ASN.1 node count exceeded');
  const id = readIdentifier(buffer, offset, available);
  const universal = id.tagClass === TAG_CLASS.universal;
  if (universal && id.constructed && PRIMITIVE_ONLY.has(id.tagNumber))
    refuse('Constructed encoding used for primitive type');
  const len = readLength(buffer, offset + id.size, available - id.size);
  const contentStart = offset + id.size + len.size;
  const length = len.indefinite ? available - id.size - len.size : len.length;
  if (length > MAX_CONTENT_LENGTH) refuse('Maximum ASN.1 content length exceeded');
  if (!id.constructed && len.indefinite) refuse('Indefinite length form used for primitive encoding form');
  const node = (end: number, children: BerNode[] = [], elements = children) =>
    new BerNode(
      buffer,
      offset,
      contentStart,
      end,
      id.tagClass,
      id.tagNumber,
      id.constructed,
      len.indefinite,
      children,
      elements,
    );
  if (!universal || id.long) {
    if (!id.constructed) {
      checkBounds(buffer, contentStart, length);
      return node(contentStart + length);
    }
    const { end, children, value } = readElements(buffer, contentStart, length, len.indefinite, context);
    return node(end, children, value);
  }
  if (id.tagNumber >= 37) refuse('UNIVERSAL 37 and upper tags are reserved by ASN.1 standard');
  if (id.tagNumber === 0) {
    if (id.constructed && len.length > 0) refuse('Type [UNIVERSAL 0] is reserved');
    // asn1js takes an end-of-contents marker as its identifier and length only, whatever the length says.
    return node(contentStart);
  }
  if (id.tagNumber === 15) refuse('[UNIVERSAL 15] is reserved by ASN.1 standard');
  if (TAKEN_WHOLE.has(id.tagNumber)) {
    checkBounds(buffer, contentStart, length);
    const problem = stringContentProblem(id.tagNumber, buffer.subarray(contentStart, contentStart + length));
    if (problem) refuse(problem);
    const end = contentStart + length;
    // Taken whole, a constructed element's length is never filled by elements inside it.
    if (id.constructed && !len.indefinite && length > 0 && !context.speculative && !context.unchecked)
      context.overrun = true;
    return node(end);
  }
  if ((id.tagNumber === 3 || id.tagNumber === 4) && length === 0) return node(contentStart);
  const sequenceOrSet = id.tagNumber === 16 || id.tagNumber === 17;
  if (!id.constructed && !sequenceOrSet)
    return node(readPrimitiveContent(buffer, id.tagNumber, contentStart, length, context));
  const { unchecked } = context;
  // The length check walks constructed elements only; below a primitive SEQUENCE or SET it never looks.
  if (!id.constructed) context.unchecked = true;
  try {
    const { end, children, value } = readElements(buffer, contentStart, length, len.indefinite, context);
    if (id.tagNumber === 3 || id.tagNumber === 4) checkSegments(id.tagNumber, value);
    return node(end, children, value);
  } finally {
    context.unchecked = unchecked;
  }
}

function readChild(buffer: Buffer, offset: number, available: number, context: ReadContext): BerNode {
  if (context.depth + 1 > context.limits.maxDepth) refuse('Maximum ASN.1 nesting depth exceeded');
  context.depth += 1;
  try {
    return readElement(buffer, offset, available, context);
  } finally {
    context.depth -= 1;
  }
}

const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export interface BerReadOptions {
  limits: BerLimits;
  /** Refuse a definite length its elements do not fill exactly (asn1js alone reads past it). */
  exactLengths: boolean;
}

/**
 * The first BER element of `bytes` and the offset just past it (indefinite lengths included).
 * Throws CmsFormatError('sigCmsNotBer') for what is not BER, and, like asn1js, a plain Error for
 * a GeneralizedTime it cannot read. The options are for reading as PKI.js reads with asn1js's
 * defaults; everything read out of a PDF takes the defaults here.
 */
export function readBerNode(
  bytes: Uint8Array,
  { limits, exactLengths }: BerReadOptions = { limits: BER_LIMITS, exactLengths: true },
): { node: BerNode; end: number } {
  if (bytes.length === 0) throw new CmsFormatError('sigCmsNotBer', { reason: 'no data' });
  const context: ReadContext = {
    limits,
    nodes: 0,
    depth: 0,
    speculative: false,
    unchecked: false,
    overrun: false,
  };
  let node: BerNode;
  try {
    node = readElement(asBuffer(bytes), 0, bytes.length, context);
  } catch (error) {
    if (error instanceof BerRefusal) throw new CmsFormatError('sigCmsNotBer', { reason: error.message });
    throw error;
  }
  if (exactLengths && context.overrun)
    throw new CmsFormatError('sigCmsNotBer', {
      reason: 'an element runs past the end of the one containing it',
    });
  return { node, end: node.end };
}

/** One BER element that must fill `bytes` exactly. */
export function readWholeBerNode(bytes: Uint8Array): BerNode {
  const { node, end } = readBerNode(bytes);
  if (end !== bytes.length)
    throw new CmsFormatError('sigCmsNotBer', { reason: `${bytes.length - end} byte(s) follow the element` });
  return node;
}
