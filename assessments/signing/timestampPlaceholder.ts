import { createHash } from 'node:crypto';
import { writeIncrementalUpdate } from './incrementalUpdate';
import { readNewestRevision } from './newestRevision';
import { signatureFieldObjects } from './signatureField';
import { BYTE_RANGE_PLACEHOLDER } from './signatureUpdate';

/**
 * Bytes a document timestamp's /Contents holds (32768 hex digits). A token is the TSTInfo, the
 * TSA's signature and usually its certificate chain: 3–8 KiB in practice, so twice the largest
 * seen leaves room for a long chain without bloating every report.
 */
export const DOCUMENT_TIMESTAMP_BYTES = 16384;

export interface TimestampPlaceholder {
  /** The PDF with the update appended: /ByteRange filled in, /Contents all zeros. */
  prepared: Buffer;
  /** [a, b, c, d]: the bytes [a, a+b) and [c, c+d) are what the token must timestamp. */
  byteRange: [number, number, number, number];
  /** SHA-256 of those bytes: the imprint the TSA is asked to sign. */
  digest: Buffer;
}

/**
 * The /Contents hex string's bounds in `prepared` (its `<` and one past its `>`): the first one
 * after the value dictionary's /ByteRange placeholder, which this update alone contains.
 */
function contentsBounds(prepared: Buffer, from: number): { byteRangeAt: number; start: number; end: number } {
  const byteRangeAt = prepared.indexOf(BYTE_RANGE_PLACEHOLDER, from, 'latin1');
  const start = prepared.indexOf('/Contents <', byteRangeAt, 'latin1') + '/Contents '.length;
  const end = prepared.indexOf('>', start, 'latin1') + 1;
  if (byteRangeAt < 0 || start < byteRangeAt || end <= start)
    throw new Error('the timestamp placeholder was not written as expected');
  return { byteRangeAt, start, end };
}

/**
 * Builds the incremental update that holds an invisible document-timestamp field (PAdES B-LTA:
 * /Type /DocTimeStamp, /SubFilter /ETSI.RFC3161, a zero-area widget on the first page) with room
 * for a 16 KiB token. Everything in it follows from `pdf` alone: object numbers from the trailer's
 * /Size, no /M or other time, no random field name. So the request made today and the response
 * applied next week rebuild the very same bytes, and the token's imprint matches them.
 */
export function timestampPlaceholder(pdf: Buffer): TimestampPlaceholder {
  const base = readNewestRevision(pdf);
  const valueDict = [
    '<<',
    '/Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161',
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(DOCUMENT_TIMESTAMP_BYTES * 2)}>`,
    '>>',
  ].join('\n');
  const objects = signatureFieldObjects(base, {
    valueDict,
    namePrefix: 'DocumentTimestamp',
    widget: { pageIndex: 0, rect: [0, 0, 0, 0] },
  });
  const withPlaceholder = writeIncrementalUpdate(pdf, base, objects);
  const { byteRangeAt, start, end } = contentsBounds(withPlaceholder, pdf.length);
  const byteRange: TimestampPlaceholder['byteRange'] = [0, start, end, withPlaceholder.length - end];
  // Same width as the placeholder, so no offset in the update moves.
  const filled = `/ByteRange [${byteRange.join(' ')}]`.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ');
  const prepared = Buffer.from(withPlaceholder);
  prepared.write(filled, byteRangeAt, 'latin1');
  const digest = createHash('sha256')
    .update(prepared.subarray(0, start))
    .update(prepared.subarray(end))
    .digest();
  return { prepared, byteRange, digest };
}

/** `placeholder.prepared` with `token` in /Contents, zero-padded; the caller has checked its size. */
export function withToken(placeholder: TimestampPlaceholder, token: Buffer): Buffer {
  const [, start] = placeholder.byteRange;
  const out = Buffer.from(placeholder.prepared);
  out.write(token.toString('hex'), start + 1, 'latin1');
  return out;
}
