import { decodeStream } from './decodeStream';
import { readIndirectObject } from './indirectObject';
import { isWhitespace, PdfLexer } from './pdfLexer';
import {
  isArray,
  isDict,
  isName,
  isStream,
  PdfFormatError,
  type Budget,
  type PdfDict,
  type PdfStream,
  type PdfValue,
} from './pdfValues';

export interface XrefEntry {
  kind: 'free' | 'offset' | 'compressed';
  offset?: number;
  gen?: number;
  stream?: number;
  index?: number;
}

/** One cross-reference section (a table, a stream, or a table with its /XRefStm) and its trailer. */
export interface XrefSection {
  offset: number;
  kind: 'table' | 'stream' | 'hybrid';
  trailer: PdfDict;
  entries: Map<number, XrefEntry>;
  /** One past the section's last byte: the trailer dictionary, or the stream object's `endobj`. */
  end: number;
  /** The byte ranges the section occupies (a hybrid's table and its stream). */
  spans: [number, number][];
}

/** Object numbers beyond this are not real documents (the scanning reader stops at 200,000 objects). */
export const MAX_OBJECT_NUMBER = 8_388_607;

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/** A cursor over a classic table: integers and keywords separated by whitespace, nothing else. */
class TableCursor {
  constructor(
    private readonly bytes: Buffer,
    public pos: number,
  ) {}

  skipSpace(): void {
    while (isWhitespace(this.bytes[this.pos])) this.pos += 1;
  }

  int(what: string): number {
    this.skipSpace();
    const from = this.pos;
    while (isDigit(this.bytes[this.pos]) && this.pos - from < 12) this.pos += 1;
    if (this.pos === from)
      throw new PdfFormatError(`${what} expected in the cross-reference table at byte ${from}`);
    return Number(this.bytes.toString('latin1', from, this.pos));
  }

  word(): string {
    this.skipSpace();
    const from = this.pos;
    const isLetter = (byte: number | undefined) => byte !== undefined && byte >= 0x61 && byte <= 0x7a;
    while (this.pos - from < 16 && isLetter(this.bytes[this.pos])) this.pos += 1;
    return this.bytes.toString('latin1', from, this.pos);
  }

  peekWord(): string {
    const at = this.pos;
    const word = this.word();
    this.pos = at;
    return word;
  }
}

function readTable(bytes: Buffer, offset: number, budget: Budget): XrefSection {
  const cursor = new TableCursor(bytes, offset);
  if (cursor.word() !== 'xref') throw new PdfFormatError(`no cross-reference table at byte ${offset}`);
  const entries = new Map<number, XrefEntry>();
  let first = true;
  while (cursor.peekWord() !== 'trailer') {
    let start = cursor.int('a subsection start');
    const count = cursor.int('a subsection size');
    // An entry takes 20 bytes (19 with a one-byte end of line, as some writers have it).
    if (count > (bytes.length - cursor.pos) / 18 + 1 || start + count > MAX_OBJECT_NUMBER + 1)
      throw new PdfFormatError(`the cross-reference subsection at byte ${offset} claims ${count} entries`);
    for (let i = 0; i < count; i += 1) {
      budget.check();
      const at = cursor.int('an entry offset');
      const gen = cursor.int('an entry generation');
      const type = cursor.word();
      if (type !== 'n' && type !== 'f')
        throw new PdfFormatError(`bad cross-reference entry type "${type}" at byte ${cursor.pos}`);
      // A known writer bug: a table starting at 1 whose first entry is object 0's free-list head.
      if (first && i === 0 && start === 1 && type === 'f' && gen === 65535) start = 0;
      const num = start + i;
      if (type === 'n') entries.set(num, { kind: 'offset', offset: at, gen });
      else entries.set(num, { kind: 'free', gen });
    }
    first = false;
  }
  cursor.word();
  const lexer = new PdfLexer(bytes, cursor.pos, budget);
  const trailer = lexer.value();
  if (!isDict(trailer))
    throw new PdfFormatError(`the trailer after the table at byte ${offset} is not a dictionary`);
  return { offset, kind: 'table', trailer, entries, end: lexer.pos, spans: [[offset, lexer.pos]] };
}

function intArray(value: PdfValue | undefined, what: string, offset: number): number[] {
  const bad = () => new PdfFormatError(`the cross-reference stream at byte ${offset} has a bad ${what}`);
  if (!isArray(value)) throw bad();
  return value.items.map((item) => {
    if (typeof item !== 'number' || !Number.isInteger(item) || item < 0) throw bad();
    return item;
  });
}

function readField(data: Buffer, at: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i += 1) value = value * 256 + (data[at + i] as number);
  return value;
}

/** Reads the /W-packed entries of a cross-reference stream (PDF 32000-1 §7.5.8). */
function streamEntries(stream: PdfStream, offset: number, budget: Budget): Map<number, XrefEntry> {
  const get = (key: string) => stream.dict.entries.get(key);
  const size = get('Size');
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || size > MAX_OBJECT_NUMBER + 1)
    throw new PdfFormatError(`the cross-reference stream at byte ${offset} has a bad /Size`);
  const widths = intArray(get('W'), '/W', offset);
  if (widths.length !== 3 || widths.some((w) => w > 8) || widths[1] === 0)
    throw new PdfFormatError(`the cross-reference stream at byte ${offset} has a bad /W`);
  const [w0, w1, w2] = widths as [number, number, number];
  const index = get('Index') === undefined ? [0, size] : intArray(get('Index'), '/Index', offset);
  if (index.length % 2 !== 0)
    throw new PdfFormatError(`the cross-reference stream at byte ${offset} has a bad /Index`);
  const data = decodeStream(stream, budget);
  const row = w0 + w1 + w2;
  const entries = new Map<number, XrefEntry>();
  let at = 0;
  for (let i = 0; i < index.length; i += 2) {
    const start = index[i] as number;
    const count = index[i + 1] as number;
    if (start + count > MAX_OBJECT_NUMBER + 1 || at + count * row > data.length)
      throw new PdfFormatError(
        `the cross-reference stream at byte ${offset} is shorter than its /Index says`,
      );
    for (let n = 0; n < count; n += 1, at += row) {
      budget.check();
      const type = w0 === 0 ? 1 : readField(data, at, w0);
      const a = readField(data, at + w0, w1);
      const b = readField(data, at + w0 + w1, w2);
      if (type === 0) entries.set(start + n, { kind: 'free', gen: b });
      else if (type === 1) entries.set(start + n, { kind: 'offset', offset: a, gen: b });
      else if (type === 2) entries.set(start + n, { kind: 'compressed', stream: a, index: b });
      // Other types are reserved: the spec says to read them as the null object, i.e. absent.
    }
  }
  return entries;
}

function readStreamSection(bytes: Buffer, offset: number, budget: Budget): XrefSection {
  let object;
  try {
    object = readIndirectObject(bytes, offset, budget);
  } catch (error) {
    if (error instanceof PdfFormatError && /no object is defined/.test(error.message))
      throw new PdfFormatError(`no cross-reference table or stream at byte ${offset}`);
    throw error;
  }
  const stream = object.value;
  if (!isStream(stream) || !isName(stream.dict.entries.get('Type'), 'XRef'))
    throw new PdfFormatError(`the object at byte ${offset} is not a cross-reference stream`);
  return {
    offset,
    kind: 'stream',
    trailer: stream.dict,
    entries: streamEntries(stream, offset, budget),
    end: object.end,
    spans: [[object.start, object.end]],
  };
}

/**
 * Reads the cross-reference section at `offset`: a classic table (with its trailer, and the
 * /XRefStm of a hybrid file, whose entries fill the gaps and free slots the table leaves for
 * readers that know no streams), or a cross-reference stream.
 */
export function readXrefSection(bytes: Buffer, offset: number, budget: Budget): XrefSection {
  const cursor = new TableCursor(bytes, offset);
  if (cursor.word() !== 'xref') return readStreamSection(bytes, offset, budget);
  const table = readTable(bytes, offset, budget);
  const hidden = table.trailer.entries.get('XRefStm');
  if (hidden === undefined) return table;
  if (typeof hidden !== 'number' || !Number.isInteger(hidden) || hidden < 0 || hidden >= bytes.length)
    throw new PdfFormatError(`the trailer at byte ${offset} has a bad /XRefStm`);
  const stream = readStreamSection(bytes, hidden, budget);
  const entries = new Map(table.entries);
  for (const [num, entry] of stream.entries) {
    if (entries.get(num)?.kind !== 'offset') entries.set(num, entry);
  }
  return { ...table, kind: 'hybrid', entries, spans: [...table.spans, ...stream.spans] };
}
