import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeStream } from './decodeStream';
import { undoPredictor } from './predictors';
import { Budget, PdfFormatError, type PdfStream, type PdfValue } from './pdfValues';

const name = (value: string): PdfValue => ({ kind: 'name', name: value });
const dict = (entries: [string, PdfValue][]) => ({
  kind: 'dict' as const,
  entries: new Map(entries),
  start: 0,
  end: 0,
});

/** PNG-filters rows of `columns` bytes with the given filter type, as a PDF writer would. */
function pngEncode(data: Buffer, columns: number, type: number): Buffer {
  const rows: Buffer[] = [];
  for (let at = 0; at < data.length; at += columns) {
    const row = data.subarray(at, at + columns);
    const up = at >= columns ? data.subarray(at - columns, at) : Buffer.alloc(columns);
    const out = Buffer.alloc(columns + 1);
    out[0] = type;
    for (let i = 0; i < columns; i += 1) {
      const left = i > 0 ? (row[i - 1] as number) : 0;
      const above = up[i] as number;
      const predicted = type === 1 ? left : type === 2 ? above : type === 3 ? (left + above) >> 1 : 0;
      out[i + 1] = ((row[i] as number) - predicted) & 0xff;
    }
    rows.push(out);
  }
  return Buffer.concat(rows);
}

describe('predictors', () => {
  const data = Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 37 + (i >> 2)) & 0xff));

  it('undoes PNG None, Sub, Up and Average rows', () => {
    for (const type of [0, 1, 2, 3]) {
      const params = { predictor: 12, colors: 1, bitsPerComponent: 8, columns: 6 };
      expect(undoPredictor(pngEncode(data, 6, type), params)).toEqual(data);
    }
  });

  it('decodes a Flate stream with a PNG predictor, as cross-reference streams are written', () => {
    const stream: PdfStream = {
      kind: 'stream',
      dict: dict([
        ['Filter', name('FlateDecode')],
        [
          'DecodeParms',
          dict([
            ['Predictor', 12],
            ['Columns', 6],
          ]),
        ],
      ]),
      raw: deflateSync(pngEncode(data, 6, 2)),
    };
    expect(decodeStream(stream, new Budget(1000, 1 << 20))).toEqual(data);
  });

  it('refuses unknown row types and absurd parameters', () => {
    const params = { predictor: 12, colors: 1, bitsPerComponent: 8, columns: 2 };
    expect(() => undoPredictor(Buffer.from([9, 1, 2]), params)).toThrow(PdfFormatError);
    expect(() => undoPredictor(Buffer.from([0]), { ...params, columns: 0 })).toThrow(PdfFormatError);
  });
});
