import type { PdfValue } from '../verify/pdf/pdfValues';
import type { NewestRevision } from './newestRevision';
import { serializePdfValue } from './pdfSerialize';

/** An object the update defines (new, or a new version of an existing one), as PDF syntax. */
export interface UpdatedObject {
  num: number;
  body: string;
}

const writeObject = (num: number, body: string) => `${num} 0 obj\n${body}\nendobj\n`;

/** The trailer keys an update carries over from the revision it builds on. */
function carriedOver(base: NewestRevision): [string, PdfValue][] {
  return ['Info', 'ID'].flatMap((key) => {
    const value = base.trailer.entries.get(key);
    return value === undefined ? [] : [[key, value] as [string, PdfValue]];
  });
}

const dictText = (entries: [string, PdfValue][]) =>
  serializePdfValue({ kind: 'dict', entries: new Map(entries), start: 0, end: 0 });

/** A classic table: one subsection per object, as every reader since PDF 1.0 understands. */
function classicTail(
  base: NewestRevision,
  offsets: [number, number][],
  size: number,
  xrefAt: number,
): string {
  const xref = offsets
    .map(([num, offset]) => `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`)
    .join('');
  const trailer = dictText([
    ['Size', size],
    ['Root', base.rootRef],
    ['Prev', base.xrefOffset],
    ...carriedOver(base),
  ]);
  return `xref\n${xref}trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF\n`;
}

/** Bytes a big-endian field needs for `value` (at least one). */
function widthOf(value: number): number {
  let width = 1;
  while (value >= 256 ** width) width += 1;
  return width;
}

/** Consecutive object numbers as /Index pairs [first count …]. */
function indexRuns(nums: number[]): number[] {
  const runs: number[] = [];
  for (const num of nums) {
    const last = runs.length - 2;
    if (last >= 0 && (runs[last] as number) + (runs[last + 1] as number) === num)
      runs[last + 1] = (runs[last + 1] as number) + 1;
    else runs.push(num, 1);
  }
  return runs;
}

/**
 * A cross-reference stream (PDF 32000-1 §7.5.8) listing the update's objects and itself. It is
 * left uncompressed: Flate output may change with the zlib version, and an update must come out
 * byte for byte the same on any machine (a timestamp request is made on one, applied on another).
 */
function streamTail(
  base: NewestRevision,
  offsets: [number, number][],
  xrefNum: number,
  xrefAt: number,
): string {
  const rows = [...offsets, [xrefNum, xrefAt] as [number, number]].sort(([a], [b]) => a - b);
  const width = widthOf(xrefAt);
  const data = Buffer.alloc(rows.length * (1 + width + 2));
  rows.forEach(([, offset], i) => {
    const at = i * (1 + width + 2);
    data[at] = 1;
    data.writeUIntBE(offset, at + 1, width);
  });
  const dict = dictText([
    ['Type', { kind: 'name', name: 'XRef' }],
    ['Size', xrefNum + 1],
    ['Root', base.rootRef],
    ['Prev', base.xrefOffset],
    ...carriedOver(base),
    ['W', { kind: 'array', items: [1, width, 2] }],
    ['Index', { kind: 'array', items: indexRuns(rows.map(([num]) => num)) }],
    ['Length', data.length],
  ]);
  const object = `${xrefNum} 0 obj\n${dict}\nstream\n${data.toString('latin1')}\nendstream\nendobj\n`;
  return `${object}startxref\n${xrefAt}\n%%EOF\n`;
}

/**
 * Appends one incremental update defining `objects` after the newest revision `base` of `pdf`. Its
 * cross-reference is written as the newest revision's is: a classic table after a table (or a
 * hybrid file's table), a cross-reference stream after a stream, so a reader that understood the
 * file still understands it. The original bytes are left untouched.
 */
export function writeIncrementalUpdate(pdf: Buffer, base: NewestRevision, objects: UpdatedObject[]): Buffer {
  let body = '\n';
  const offsets: [number, number][] = [];
  for (const { num, body: text } of objects) {
    offsets.push([num, pdf.length + Buffer.byteLength(body, 'latin1')]);
    body += writeObject(num, text);
  }
  offsets.sort(([a], [b]) => a - b);
  const xrefAt = pdf.length + Buffer.byteLength(body, 'latin1');
  const highest = Math.max(base.nextObjectNumber - 1, ...objects.map(({ num }) => num));
  body +=
    base.kind === 'stream'
      ? streamTail(base, offsets, highest + 1, xrefAt)
      : classicTail(base, offsets, highest + 1, xrefAt);
  return Buffer.concat([pdf, Buffer.from(body, 'latin1')]);
}
