import { constants, inflateSync } from 'node:zlib';
import { isArray, isName, PdfFormatError, type Budget, type PdfStream, type PdfValue } from './pdfValues';

/** No single stream the verifier reads (page content, CMap, object stream, attachment) is bigger. */
export const MAX_STREAM_BYTES = 16 * 1024 * 1024;

function filters(value: PdfValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (isName(value)) return [value.name];
  if (isArray(value)) return value.items.map((item) => (isName(item) ? item.name : '?'));
  throw new PdfFormatError('stream /Filter is neither a name nor an array');
}

/**
 * Decodes a stream with its filters; only FlateDecode without predictors is needed for what the
 * verifier reads. Output is capped per stream and across the document against decompression bombs.
 */
export function decodeStream(
  stream: PdfStream,
  budget: Budget,
  resolveFilter?: (v: PdfValue | undefined) => PdfValue | undefined,
): Buffer {
  budget.check();
  const get = (key: string) => {
    const value = stream.dict.entries.get(key);
    return resolveFilter ? resolveFilter(value) : value;
  };
  let data = stream.raw;
  for (const filter of filters(get('Filter'))) {
    if (filter !== 'FlateDecode' && filter !== 'Fl') {
      throw new PdfFormatError(`unsupported stream filter /${filter}`);
    }
    const remaining = Math.min(MAX_STREAM_BYTES, budget.maxInflatedBytes - budget.inflated);
    if (remaining <= 0) throw new PdfFormatError('decompressed streams exceed the size limit');
    try {
      data = inflateSync(data, { maxOutputLength: remaining, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new PdfFormatError(
          `a compressed stream expands beyond ${remaining} bytes (decompression bomb?)`,
        );
      }
      throw new PdfFormatError(`corrupt compressed stream: ${(error as Error).message}`);
    }
    budget.spendInflate(data.length);
  }
  const params = get('DecodeParms');
  if (params && typeof params === 'object' && params.kind === 'dict') {
    const predictor = params.entries.get('Predictor');
    if (typeof predictor === 'number' && predictor > 1) {
      throw new PdfFormatError(`unsupported stream predictor ${predictor}`);
    }
  }
  return data;
}
