import { createHash } from 'node:crypto';
import { DerError, readNode } from '../signing/der';
import type { SignatureCandidate } from './pdf/pdfDocument';
import { isArray, isString } from './pdf/pdfValues';
import type { VerificationCheck } from './verificationSchema';

/** The checks of one signature, in the order they ran. */
export class Checks {
  readonly list: VerificationCheck[] = [];
  pass(id: string, message: string) {
    this.list.push({ id, status: 'pass', message });
  }
  fail(id: string, message: string) {
    this.list.push({ id, status: 'fail', message });
  }
  warn(id: string, message: string) {
    this.list.push({ id, status: 'warn', message });
  }
  get failed() {
    return this.list.some((check) => check.status === 'fail');
  }
}

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
    checks.fail('byte-range', '/ByteRange is not four non-negative integers.');
    return null;
  }
  const [a, b, c, d] = range.items as [number, number, number, number];
  if (!isString(contents) || !contents.hex) {
    checks.fail('byte-range', '/Contents is not a hexadecimal string.');
    return null;
  }
  if (a !== 0) {
    checks.fail('byte-range', `The signed range starts at byte ${a}, not at the beginning of the file.`);
    return null;
  }
  if (!(b > 0 && c > b && c + d <= bytes.length)) {
    checks.fail(
      'byte-range',
      `/ByteRange [${a} ${b} ${c} ${d}] points outside the file (${bytes.length} bytes) or overlaps itself.`,
    );
    return null;
  }
  if (contents.start !== b || contents.end !== c) {
    checks.fail(
      'byte-range',
      `The unsigned gap [${b}, ${c}) is not exactly this signature's /Contents (bytes ${contents.start}–${contents.end}).`,
    );
    return null;
  }
  const tail = bytes.toString('latin1', Math.max(c, c + d - 16), c + d);
  if (!/%%EOF\s*$/.test(tail)) {
    checks.fail('byte-range', 'The signed range does not end at the end of a file revision (%%EOF).');
    return null;
  }
  const after = bytes.length - (c + d);
  checks.pass(
    'byte-range',
    `The signature covers bytes 0–${c + d} except its own /Contents${after > 0 ? `; ${after} byte(s) follow it` : ', to the end of the file'}.`,
  );
  return { ranges: [a, b, c, d], contents: contents.bytes };
}

export function digestOf(bytes: Buffer, [, b, c, d]: ByteRange['ranges'], algorithm: string): Buffer {
  return createHash(algorithm)
    .update(bytes.subarray(0, b))
    .update(bytes.subarray(c, c + d))
    .digest();
}

/**
 * The CMS DER followed only by the placeholder's zero padding. Anything else in /Contents is
 * unsigned data riding along, so it is refused rather than ignored.
 */
export function cmsBytes(contents: Buffer): Buffer {
  const end = readNode(contents).end;
  if (contents.subarray(end).some((byte) => byte !== 0)) {
    throw new DerError('non-zero bytes follow the CMS structure inside /Contents');
  }
  return contents.subarray(0, end);
}

/** /Contents must be plain hex in one letter case, so no two encodings of it verify the same. */
export function regularHex(bytes: Buffer, [, b, c]: ByteRange['ranges']): boolean {
  const hex = bytes.toString('latin1', b + 1, c - 1);
  return /^[0-9a-f]*$/.test(hex) || /^[0-9A-F]*$/.test(hex);
}
