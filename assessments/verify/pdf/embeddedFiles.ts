import type { PdfObjects } from './pdfObjects';
import {
  dictOf,
  isArray,
  isRef,
  isStream,
  isString,
  PdfFormatError,
  type PdfDict,
  type PdfValue,
} from './pdfValues';

/** assessment.json with the full template embedded is well under a megabyte. */
export const MAX_EMBEDDED_FILE_BYTES = 8 * 1024 * 1024;

/** A PDF text string: UTF-16BE with a BOM, or PDFDocEncoding (read as Latin-1). */
export function decodeTextString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

/** The EmbeddedFiles name tree as (name, file specification) pairs, bounded in depth and size. */
export function embeddedFileSpecs(doc: PdfObjects): { name: string; spec: PdfDict }[] {
  const out: { name: string; spec: PdfDict }[] = [];
  const names = dictOf(doc.get(doc.catalog(), 'Names'));
  const seen = new Set<number>();
  const walk = (value: PdfValue | undefined, depth: number) => {
    if (depth > 16 || out.length > 1000) return;
    if (isRef(value)) {
      if (seen.has(value.num)) return;
      seen.add(value.num);
    }
    const node = dictOf(doc.resolve(value));
    if (!node) return;
    const pairs = doc.get(node, 'Names');
    if (isArray(pairs)) {
      for (let i = 0; i + 1 < pairs.items.length; i += 2) {
        const key = doc.resolve(pairs.items[i]);
        const spec = dictOf(doc.resolve(pairs.items[i + 1]));
        if (isString(key) && spec) out.push({ name: decodeTextString(key.bytes), spec });
      }
    }
    const kids = doc.get(node, 'Kids');
    if (isArray(kids)) for (const kid of kids.items) walk(kid, depth + 1);
  };
  walk(names?.entries.get('EmbeddedFiles'), 0);
  return out;
}

/** The decoded bytes of the embedded file named `name`, or undefined when there is none. */
export function readEmbeddedFile(doc: PdfObjects, name: string): Buffer | undefined {
  const match = embeddedFileSpecs(doc).find((entry) => entry.name === name);
  if (!match) return undefined;
  const ef = dictOf(doc.get(match.spec, 'EF'));
  const stream = doc.get(ef, 'F') ?? doc.get(ef, 'UF');
  if (!isStream(stream)) throw new PdfFormatError(`the file specification of ${name} has no embedded stream`);
  const data = doc.decode(stream);
  if (data.length > MAX_EMBEDDED_FILE_BYTES)
    throw new PdfFormatError(`${name} is larger than ${MAX_EMBEDDED_FILE_BYTES} bytes`);
  return data;
}
