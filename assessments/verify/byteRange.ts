import { createHash } from 'node:crypto';
import type { Checks } from './checks';
import { readBerNode } from './cms/berReader';
import { CmsFormatError } from './cms/cmsFormatError';
import type { SignatureCandidate } from './pdf/pdfDocument';
import { isArray, isString } from './pdf/pdfValues';

export interface ByteRange {
  ranges: [number, number, number, number];
  contents: Buffer;
}

/** The ByteRange must be four integers covering [0, end) except exactly this dictionary's /Contents. */
export function checkByteRange(
  bytes: Buffer,
  candidate: SignatureCandidate,
  checks: Checks,
): ByteRange | null {
  const range = candidate.dict.entries.get('ByteRange');
  const contents = candidate.dict.entries.get('Contents');
  if (
    !isArray(range) ||
    range.items.length !== 4 ||
    !range.items.every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0)
  ) {
    checks.fail('byte-range', 'sigByteRangeNotIntegers');
    return null;
  }
  const [a, b, c, d] = range.items as [number, number, number, number];
  if (!isString(contents) || !contents.hex) {
    checks.fail('byte-range', 'sigContentsNotHex');
    return null;
  }
  if (a !== 0) {
    checks.fail('byte-range', 'sigByteRangeNotFromStart', { start: a });
    return null;
  }
  if (!(b > 0 && c > b && c + d <= bytes.length)) {
    checks.fail('byte-range', 'sigByteRangeOutsideFile', { a, b, c, d, size: bytes.length });
    return null;
  }
  if (contents.start !== b || contents.end !== c) {
    checks.fail('byte-range', 'sigByteRangeGapNotContents', {
      from: b,
      to: c,
      contentsStart: contents.start,
      contentsEnd: contents.end,
    });
    return null;
  }
  const tail = bytes.toString('latin1', Math.max(c, c + d - 16), c + d);
  if (!/%%EOF\s*$/.test(tail)) {
    checks.fail('byte-range', 'sigByteRangeNotAtEof');
    return null;
  }
  const after = bytes.length - (c + d);
  if (after > 0) checks.pass('byte-range', 'sigByteRangeBytesFollow', { end: c + d, after });
  else checks.pass('byte-range', 'sigByteRangeToEnd', { end: c + d });
  return { ranges: [a, b, c, d], contents: contents.bytes };
}

export function digestOf(bytes: Buffer, [, b, c, d]: ByteRange['ranges'], algorithm: string): Buffer {
  return createHash(algorithm)
    .update(bytes.subarray(0, b))
    .update(bytes.subarray(c, c + d))
    .digest();
}

/**
 * The CMS structure followed only by the placeholder's zero padding. The structure may be BER, so
 * its end is where a BER reader stops (indefinite lengths included). Anything else in /Contents is
 * unsigned data riding along, so it is refused rather than ignored.
 */
export function cmsBytes(contents: Buffer): Buffer {
  const { end } = readBerNode(contents);
  for (let at = end; at < contents.length; at += 1)
    if (contents[at] !== 0) throw new CmsFormatError('sigCmsTrailingBytes');
  return contents.subarray(0, end);
}

/** /Contents must be plain hex in one letter case, so no two encodings of it verify the same. */
export function regularHex(bytes: Buffer, [, b, c]: ByteRange['ranges']): boolean {
  const hex = bytes.toString('latin1', b + 1, c - 1);
  return /^[0-9a-f]*$/.test(hex) || /^[0-9A-F]*$/.test(hex);
}
