import { readWholeBerNode, type BerNode } from './berReader';

const UNIVERSAL = 1;
const TAG = { boolean: 1, integer: 2, bitString: 3, octetString: 4, enumerated: 10, set: 17 };
/** Universal string types BER may split into segments (constructed); DER never does. */
const STRING_TAGS = new Set([3, 4, 12, 18, 19, 20, 21, 22, 25, 26, 27, 28, 30]);

/** How the DER re-encoding sees an element, whichever reader read it. */
export interface DerView<T> {
  tagClass(element: T): number;
  tagNumber(element: T): number;
  constructed(element: T): boolean;
  /** The elements inside (end-of-contents markers left out). */
  children(element: T): T[];
  /** The content octets of a primitive element, as read. */
  content(element: T): Buffer;
}

function identifier(tagClass: number, constructed: boolean, tagNumber: number): Buffer {
  const first = ((tagClass - 1) << 6) | (constructed ? 0x20 : 0);
  if (tagNumber < 31) return Buffer.from([first | tagNumber]);
  const bytes = [tagNumber & 0x7f];
  for (let n = Math.floor(tagNumber / 128); n > 0; n = Math.floor(n / 128)) bytes.unshift((n & 0x7f) | 0x80);
  return Buffer.from([first | 0x1f, ...bytes]);
}

function definiteLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** The content DER allows for a primitive value of this universal type (X.690 §10–11). */
function canonicalContent(tagNumber: number, content: Buffer): Buffer {
  if (tagNumber === TAG.boolean && content.length === 1 && content[0] !== 0) return Buffer.from([0xff]);
  if (tagNumber === TAG.integer || tagNumber === TAG.enumerated) {
    let start = 0;
    while (
      start + 1 < content.length &&
      ((content[start] === 0x00 && ((content[start + 1] as number) & 0x80) === 0) ||
        (content[start] === 0xff && ((content[start + 1] as number) & 0x80) !== 0))
    )
      start += 1;
    return content.subarray(start);
  }
  if (tagNumber === TAG.bitString && content.length > 1) {
    const unused = (content[0] as number) & 0x07;
    const out = Buffer.from(content);
    out[out.length - 1] = (out[out.length - 1] as number) & (0xff << unused);
    return out;
  }
  return content;
}

/** The value of a string split into BER segments, as one primitive content. */
function joinedSegments<T>(view: DerView<T>, element: T): Buffer {
  const segments = view
    .children(element)
    .map((child) => (view.constructed(child) ? joinedSegments(view, child) : view.content(child)));
  if (view.tagNumber(element) !== TAG.bitString) return Buffer.concat(segments);
  // Each BIT STRING segment starts with its count of unused bits; only the last one's stays.
  const last = segments[segments.length - 1];
  return Buffer.concat([Buffer.from([last?.[0] ?? 0]), ...segments.map((s) => s.subarray(1))]);
}

/**
 * The DER encoding of a value read from BER: definite minimal lengths, strings in one primitive
 * piece, SET OF elements sorted by their encodings, minimal integers, booleans as 0xFF, unused
 * bits zero. What a signer must have hashed, whatever encoding it then wrote.
 */
export function derEncodingWith<T>(view: DerView<T>, element: T): Buffer {
  const tagClass = view.tagClass(element);
  const tagNumber = view.tagNumber(element);
  const isConstructed = view.constructed(element);
  const universal = tagClass === UNIVERSAL;
  let content: Buffer;
  let constructed = isConstructed;
  if (isConstructed && universal && STRING_TAGS.has(tagNumber)) {
    content = canonicalContent(tagNumber, joinedSegments(view, element));
    constructed = false;
  } else if (isConstructed) {
    const parts = view.children(element).map((child) => derEncodingWith(view, child));
    if (universal && tagNumber === TAG.set) parts.sort(Buffer.compare);
    content = Buffer.concat(parts);
  } else {
    const raw = view.content(element);
    content = universal ? canonicalContent(tagNumber, raw) : raw;
  }
  return Buffer.concat([
    identifier(tagClass, constructed, tagNumber),
    definiteLength(content.length),
    content,
  ]);
}

const NODE_VIEW: DerView<BerNode> = {
  tagClass: (node) => node.tagClass,
  tagNumber: (node) => node.tagNumber,
  constructed: (node) => node.constructed,
  // A constructed node's children; a constructed string asn1js takes whole has none.
  children: (node) => [...node.children],
  content: (node) => node.content(),
};

export const derEncodingOfNode = (node: BerNode): Buffer => derEncodingWith(NODE_VIEW, node);

/** Whether `bytes` are one ASN.1 element already in DER, byte for byte. */
export function isDerEncoded(bytes: Buffer): boolean {
  try {
    return derEncodingOfNode(readWholeBerNode(bytes)).equals(bytes);
  } catch {
    return false;
  }
}
