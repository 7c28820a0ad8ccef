import { constants, inflateSync } from 'node:zlib';
import { undoPredictor } from './predictors';
import {
  BudgetExceededError,
  dictOf,
  isArray,
  isName,
  PdfFormatError,
  type Budget,
  type PdfStream,
  type PdfValue,
} from './pdfValues';

/** No single stream the verifier reads (page content, CMap, object stream, attachment) is bigger. */
export const MAX_STREAM_BYTES = 16 * 1024 * 1024;

/**
 * zlib's output buffer: its default (16 KiB) makes a large attachment hundreds of buffers joined at
 * the end. Text and JSON deflate about fourfold, so a buffer that size usually holds all of it.
 */
const outputChunkBytes = (compressed: number) =>
  Math.min(MAX_STREAM_BYTES, Math.max(16 * 1024, compressed * 4));

function filters(value: PdfValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (isName(value)) return [value.name];
  if (isArray(value)) return value.items.map((item) => (isName(item) ? item.name : '?'));
  throw new PdfFormatError('stream /Filter is neither a name nor an array');
}

function numberOr(value: PdfValue | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function inflate(data: Buffer, budget: Budget): Buffer {
  const left = budget.maxInflatedBytes - budget.inflated;
  const remaining = Math.min(MAX_STREAM_BYTES, left);
  // Past the document's cap the file is not judged (not verified); one oversized stream is malformed.
  const LimitError = left <= MAX_STREAM_BYTES ? BudgetExceededError : PdfFormatError;
  if (remaining <= 0) throw new LimitError('decompressed streams exceed the size limit');
  let out: Buffer;
  try {
    out = inflateSync(data, {
      maxOutputLength: remaining,
      finishFlush: constants.Z_SYNC_FLUSH,
      chunkSize: outputChunkBytes(data.length),
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new LimitError(`a compressed stream expands beyond ${remaining} bytes (decompression bomb?)`);
    }
    throw new PdfFormatError(`corrupt compressed stream: ${(error as Error).message}`);
  }
  budget.spendInflate(out.length);
  budget.chargeBytes(out.length);
  return out;
}

/**
 * Decodes a stream with its filters: FlateDecode, with or without a PNG or TIFF predictor (as
 * cross-reference and object streams use), is all the verifier needs. Output is capped per stream
 * and across the document against decompression bombs, and charged to the work budget.
 */
export function decodeStream(
  stream: PdfStream,
  budget: Budget,
  resolveFilter?: (v: PdfValue | undefined) => PdfValue | undefined,
): Buffer {
  budget.chargeBytes(stream.raw.length);
  const resolve = (value: PdfValue | undefined) => (resolveFilter ? resolveFilter(value) : value);
  const params = resolve(stream.dict.entries.get('DecodeParms'));
  let data = stream.raw;
  for (const [index, filter] of filters(resolve(stream.dict.entries.get('Filter'))).entries()) {
    if (filter !== 'FlateDecode' && filter !== 'Fl') {
      throw new PdfFormatError(`unsupported stream filter /${filter}`);
    }
    data = inflate(data, budget);
    const own = dictOf(resolve(isArray(params) ? params.items[index] : index === 0 ? params : undefined));
    const predictor = numberOr(resolve(own?.entries.get('Predictor')), 1);
    if (own && predictor > 1) {
      data = undoPredictor(data, {
        predictor,
        colors: numberOr(resolve(own.entries.get('Colors')), 1),
        bitsPerComponent: numberOr(resolve(own.entries.get('BitsPerComponent')), 8),
        columns: numberOr(resolve(own.entries.get('Columns')), 1),
      });
      budget.chargeBytes(data.length);
    }
  }
  return data;
}
