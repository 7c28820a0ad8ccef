/**
 * Just enough DER to write and read CMS SignedData: every length and offset is bounds-checked,
 * because the reader is fed signatures out of untrusted PDFs.
 */

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  sequence: 0x30,
  set: 0x31,
  utcTime: 0x17,
  generalizedTime: 0x18,
} as const;

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

export const seq = (...content: Buffer[]) => tlv(TAG.sequence, ...content);

/** A DER SET OF: elements sorted by their encodings (X.690 §11.6). */
export function setOf(...elements: Buffer[]): Buffer {
  return tlv(TAG.set, ...[...elements].sort(Buffer.compare));
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = parts;
  const bytes: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const chunk: number[] = [arc & 0x7f];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128)) chunk.unshift((n & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(TAG.oid, Buffer.from(bytes));
}

export const integer = (value: number) => tlv(TAG.integer, Buffer.from([value]));
export const octets = (value: Buffer) => tlv(TAG.octetString, value);
export const derNull = () => Buffer.from([TAG.null, 0]);
/** [n] IMPLICIT constructed, replacing the universal tag of `element`'s content. */
export const contextConstructed = (n: number, ...content: Buffer[]) => tlv(0xa0 | n, ...content);

export class DerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DerError';
  }
}

export interface DerNode {
  tag: number;
  /** Offset of the tag byte in the buffer. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  end: number;
  buf: Buffer;
}

/** One element at `offset`, inside `[offset, limit)`. Rejects indefinite and over-long lengths. */
export function readNode(buf: Buffer, offset = 0, limit = buf.length): DerNode {
  if (offset + 2 > limit) throw new DerError(`truncated DER element at byte ${offset}`);
  const tag = buf[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`unsupported high tag number at byte ${offset}`);
  const first = buf[offset + 1] as number;
  let length: number;
  let contentStart: number;
  if (first < 0x80) {
    length = first;
    contentStart = offset + 2;
  } else {
    const count = first & 0x7f;
    if (count === 0) throw new DerError(`indefinite length at byte ${offset} (BER, not DER)`);
    if (count > 4) throw new DerError(`length of ${count} bytes at byte ${offset} is too large`);
    if (offset + 2 + count > limit) throw new DerError(`truncated length at byte ${offset}`);
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (buf[offset + 2 + i] as number);
    contentStart = offset + 2 + count;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError(`element at byte ${offset} runs past its container`);
  return { tag, start: offset, contentStart, end, buf };
}

export function children(node: DerNode, max = 10_000): DerNode[] {
  const out: DerNode[] = [];
  for (let at = node.contentStart; at < node.end;) {
    if (out.length >= max) throw new DerError(`more than ${max} elements in one container`);
    const child = readNode(node.buf, at, node.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

export const content = (node: DerNode) => node.buf.subarray(node.contentStart, node.end);
export const raw = (node: DerNode) => node.buf.subarray(node.start, node.end);

export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node) throw new DerError(`${what} is missing`);
  if (node.tag !== tag) {
    throw new DerError(`${what}: expected tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
  }
  return node;
}

export function readOid(node: DerNode): string {
  const bytes = content(expectTag(node, TAG.oid, 'object identifier'));
  const arcs: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 256) throw new DerError('object identifier arc too large');
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0)
        arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}

/** UTCTime (YYMMDDHHMMSSZ) for years before 2050, GeneralizedTime after, as RFC 5280 asks. */
export function derTime(date: Date): Buffer {
  const iso = date.toISOString();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return tlv(TAG.utcTime, Buffer.from(`${digits.slice(2)}Z`, 'latin1'));
  return tlv(TAG.generalizedTime, Buffer.from(`${digits}Z`, 'latin1'));
}

export function readTime(node: DerNode): Date {
  const text = content(node).toString('latin1');
  const match =
    node.tag === TAG.utcTime
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : node.tag === TAG.generalizedTime
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
        : null;
  if (!match) throw new DerError(`not a UTC time: ${JSON.stringify(text.slice(0, 40))}`);
  const [, y = '', mo, d, h, mi, s] = match;
  const year = y.length === 2 ? (Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y);
  return new Date(Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}
