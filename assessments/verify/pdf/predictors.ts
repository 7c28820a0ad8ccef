import { PdfFormatError } from './pdfValues';

/** Predictor parameters from a stream's /DecodeParms (PDF 32000-1 table 8). */
export interface PredictorParams {
  predictor: number;
  colors: number;
  bitsPerComponent: number;
  columns: number;
}

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const pa = Math.abs(p - left);
  const pb = Math.abs(p - up);
  const pc = Math.abs(p - upLeft);
  if (pa <= pb && pa <= pc) return left;
  return pb <= pc ? up : upLeft;
}

/** PNG predictors (10–15): each row starts with its own filter-type byte, whatever /Predictor says. */
function undoPng(data: Buffer, rowBytes: number, pixelBytes: number): Buffer {
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = Buffer.alloc(rows * rowBytes);
  for (let row = 0; row < rows; row += 1) {
    const type = data[row * (rowBytes + 1)] as number;
    const src = row * (rowBytes + 1) + 1;
    const dst = row * rowBytes;
    for (let i = 0; i < rowBytes; i += 1) {
      const raw = data[src + i] as number;
      const left = i >= pixelBytes ? (out[dst + i - pixelBytes] as number) : 0;
      const up = row > 0 ? (out[dst - rowBytes + i] as number) : 0;
      const upLeft = row > 0 && i >= pixelBytes ? (out[dst - rowBytes + i - pixelBytes] as number) : 0;
      let value: number;
      if (type === 0) value = raw;
      else if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) value = raw + paeth(left, up, upLeft);
      else throw new PdfFormatError(`unknown PNG predictor row type ${type}`);
      out[dst + i] = value & 0xff;
    }
  }
  return out;
}

/** TIFF predictor 2 for 8-bit components: each byte is a difference from the same component left. */
function undoTiff(data: Buffer, rowBytes: number, pixelBytes: number): Buffer {
  const out = Buffer.from(data);
  for (let start = 0; start + rowBytes <= out.length; start += rowBytes) {
    for (let i = pixelBytes; i < rowBytes; i += 1) {
      out[start + i] = ((out[start + i] as number) + (out[start + i - pixelBytes] as number)) & 0xff;
    }
  }
  return out;
}

/**
 * Undoes a predictor. Cross-reference and object streams written by qpdf, Acrobat and others use
 * PNG "Up" rows; the other PNG types and TIFF are here so any conforming writer's streams read.
 */
export function undoPredictor(data: Buffer, params: PredictorParams): Buffer {
  const { predictor, colors, bitsPerComponent, columns } = params;
  if (predictor <= 1) return data;
  const valid =
    Number.isInteger(colors) &&
    colors >= 1 &&
    colors <= 32 &&
    [1, 2, 4, 8, 16].includes(bitsPerComponent) &&
    Number.isInteger(columns) &&
    columns >= 1 &&
    columns <= 1 << 20;
  if (!valid) throw new PdfFormatError('stream predictor parameters are out of range');
  const rowBytes = Math.ceil((colors * bitsPerComponent * columns) / 8);
  const pixelBytes = Math.max(1, Math.ceil((colors * bitsPerComponent) / 8));
  if (predictor >= 10 && predictor <= 15) return undoPng(data, rowBytes, pixelBytes);
  if (predictor === 2 && bitsPerComponent === 8) return undoTiff(data, rowBytes, pixelBytes);
  throw new PdfFormatError(`unsupported stream predictor ${predictor}`);
}
