import { decodeStream } from './decodeStream';
import { isDelimiter, isWhitespace, PdfLexer } from './pdfLexer';
import type { PdfObjects } from './pdfObjects';
import type { Budget } from './pdfValues';
import {
  BudgetExceededError,
  dictOf,
  isDict,
  isName,
  isRef,
  PdfFormatError,
  type PdfDict,
  type PdfStream,
  type PdfValue,
} from './pdfValues';

interface StoredObject {
  /** Where the definition starts; a later definition (an incremental update) wins. */
  offset: number;
  value: PdfValue;
}

/** A dictionary with /ByteRange and /Contents, wherever it was defined (superseded ones too). */
export interface SignatureCandidate {
  num: number;
  offset: number;
  dict: PdfDict;
}

export const MAX_OBJECTS = 200_000;

/**
 * A tolerant, bounded reader: it finds every `N G obj … endobj` in the file by scanning (so a broken
 * or missing xref table does not matter), expands object streams, and resolves references with a
 * depth limit. The latest definition of an object number wins, as with incremental updates.
 */
export class PdfDocument implements PdfObjects {
  private readonly objects = new Map<number, StoredObject>();
  private trailerDict: PdfDict | undefined;
  private trailerOffset = -1;
  readonly signatureCandidates: SignatureCandidate[] = [];

  constructor(
    readonly bytes: Buffer,
    readonly budget: Budget,
  ) {
    this.scanObjects();
    this.scanTrailers();
    this.expandObjectStreams();
  }

  get objectCount(): number {
    return this.objects.size;
  }

  private store(num: number, offset: number, value: PdfValue): void {
    const existing = this.objects.get(num);
    if (existing && existing.offset > offset) return;
    if (!existing && this.objects.size >= MAX_OBJECTS)
      throw new PdfFormatError(`more than ${MAX_OBJECTS} objects`);
    this.objects.set(num, { offset, value });
  }

  /** `num gen` immediately before position `at` (where "obj" starts), or undefined. */
  private header(at: number): { num: number; gen: number; start: number } | undefined {
    const { bytes } = this;
    let p = at - 1;
    if (!isWhitespace(bytes[p])) return undefined;
    while (p >= 0 && isWhitespace(bytes[p])) p -= 1;
    const genEnd = p + 1;
    while (p >= 0 && (bytes[p] as number) >= 0x30 && (bytes[p] as number) <= 0x39) p -= 1;
    if (p + 1 === genEnd || genEnd - p > 6) return undefined;
    const gen = Number(bytes.toString('latin1', p + 1, genEnd));
    if (!isWhitespace(bytes[p])) return undefined;
    while (p >= 0 && isWhitespace(bytes[p])) p -= 1;
    const numEnd = p + 1;
    while (p >= 0 && (bytes[p] as number) >= 0x30 && (bytes[p] as number) <= 0x39) p -= 1;
    if (p + 1 === numEnd || numEnd - p > 11) return undefined;
    if (p >= 0 && !isDelimiter(bytes[p])) return undefined;
    return { num: Number(bytes.toString('latin1', p + 1, numEnd)), gen, start: p + 1 };
  }

  private scanObjects(): void {
    const { bytes } = this;
    let from = 0;
    for (;;) {
      const at = bytes.indexOf('obj', from, 'latin1');
      this.budget.chargeBytes((at < 0 ? bytes.length : at) - from);
      if (at < 0) break;
      from = at + 3;
      if (!isDelimiter(bytes[at + 3])) continue;
      const head = this.header(at);
      if (!head) continue;
      // Each definition costs a lexer, a header parse and a stored entry besides its tokens.
      this.budget.check(4);
      const lexer = new PdfLexer(bytes, at + 3, this.budget);
      let value: PdfValue;
      try {
        value = lexer.value();
      } catch (error) {
        if (error instanceof BudgetExceededError) throw error;
        if (error instanceof PdfFormatError && /nested deeper/.test(error.message)) throw error;
        continue;
      }
      if (isDict(value)) {
        lexer.skipSpace();
        if (lexer.peekWord() === 'stream') {
          const stream = this.readStream(value, lexer.pos + 6);
          if (stream) {
            value = stream.stream;
            from = stream.end;
          }
        }
      }
      if (from < lexer.pos) from = lexer.pos;
      if (isDict(value) && value.entries.has('ByteRange') && value.entries.has('Contents')) {
        if (this.signatureCandidates.length >= 64)
          throw new PdfFormatError('more than 64 signature dictionaries');
        this.signatureCandidates.push({ num: head.num, offset: head.start, dict: value });
      }
      this.store(head.num, head.start, value);
    }
  }

  private readStream(dict: PdfDict, afterKeyword: number): { stream: PdfStream; end: number } | undefined {
    const { bytes } = this;
    let start = afterKeyword;
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] === 0x0a) start += 1;
    const length = dict.entries.get('Length');
    if (
      typeof length === 'number' &&
      Number.isInteger(length) &&
      length >= 0 &&
      start + length <= bytes.length
    ) {
      const after = new PdfLexer(bytes, start + length, this.budget);
      after.skipSpace();
      if (after.peekWord() === 'endstream') {
        return {
          stream: { kind: 'stream', dict, raw: bytes.subarray(start, start + length) },
          end: after.pos + 9,
        };
      }
    }
    const endAt = bytes.indexOf('endstream', start, 'latin1');
    this.budget.chargeBytes((endAt < 0 ? bytes.length : endAt) - start);
    if (endAt < 0) return undefined;
    let dataEnd = endAt;
    if (bytes[dataEnd - 1] === 0x0a) dataEnd -= 1;
    if (bytes[dataEnd - 1] === 0x0d) dataEnd -= 1;
    return {
      stream: { kind: 'stream', dict, raw: bytes.subarray(start, Math.max(start, dataEnd)) },
      end: endAt + 9,
    };
  }

  /** The last trailer dictionary (classic `trailer` or an xref stream's) that names a /Root. */
  private scanTrailers(): void {
    const { bytes } = this;
    let previous = 0;
    for (
      let at = bytes.indexOf('trailer', 0, 'latin1');
      at >= 0;
      at = bytes.indexOf('trailer', at + 7, 'latin1')
    ) {
      this.budget.chargeBytes(at - previous);
      previous = at;
      try {
        const value = new PdfLexer(bytes, at + 7, this.budget).value();
        if (isDict(value) && value.entries.has('Root') && at > this.trailerOffset) {
          this.trailerDict = value;
          this.trailerOffset = at;
        }
      } catch (error) {
        if (error instanceof BudgetExceededError) throw error;
        // A damaged trailer: another one (or an xref stream) may still name the root.
      }
    }
    for (const { offset, value } of this.objects.values()) {
      const dict = dictOf(value);
      if (
        dict &&
        isName(dict.entries.get('Type'), 'XRef') &&
        dict.entries.has('Root') &&
        offset > this.trailerOffset
      ) {
        this.trailerDict = dict;
        this.trailerOffset = offset;
      }
    }
  }

  private expandObjectStreams(): void {
    const containers = [...this.objects.values()].filter(
      ({ value }) =>
        value !== null &&
        typeof value === 'object' &&
        value.kind === 'stream' &&
        isName(value.dict.entries.get('Type'), 'ObjStm'),
    );
    for (const { offset, value } of containers) {
      const stream = value as PdfStream;
      try {
        this.readObjectStream(stream, offset);
      } catch (error) {
        if (error instanceof BudgetExceededError) throw error;
        // One damaged object stream loses only its own objects.
      }
    }
  }

  private readObjectStream(stream: PdfStream, offset: number): void {
    const count = stream.dict.entries.get('N');
    const first = stream.dict.entries.get('First');
    if (typeof count !== 'number' || typeof first !== 'number' || count < 0 || count > 100_000 || first < 0) {
      throw new PdfFormatError('object stream without valid /N and /First');
    }
    const data = decodeStream(stream, this.budget);
    const header = new PdfLexer(data, 0, this.budget, Math.min(first, data.length));
    const pairs: [number, number][] = [];
    for (let i = 0; i < count; i += 1) {
      const num = header.value();
      const at = header.value();
      if (typeof num !== 'number' || typeof at !== 'number')
        throw new PdfFormatError('bad object stream header');
      pairs.push([num, at]);
    }
    for (const [num, at] of pairs) {
      if (first + at >= data.length) continue;
      try {
        this.store(num, offset, new PdfLexer(data, first + at, this.budget).value());
      } catch (error) {
        if (error instanceof BudgetExceededError) throw error;
        // Skip the one malformed object.
      }
    }
  }

  get trailer(): PdfDict | undefined {
    return this.trailerDict;
  }

  /** Follows references (bounded) to a direct value; a dangling reference is null, as in PDF. */
  resolve(value: PdfValue | undefined, hops = 0): PdfValue | undefined {
    if (!isRef(value)) return value;
    if (hops > 32) throw new PdfFormatError('reference chain longer than 32 hops');
    return this.resolve(this.objects.get(value.num)?.value ?? null, hops + 1);
  }

  get(dict: PdfDict | undefined, key: string): PdfValue | undefined {
    return dict ? this.resolve(dict.entries.get(key)) : undefined;
  }

  /** The catalog: the trailer's /Root, or failing that the last /Type /Catalog object. */
  catalog(): PdfDict | undefined {
    const fromTrailer = dictOf(this.get(this.trailerDict, 'Root'));
    if (fromTrailer) return fromTrailer;
    let best: StoredObject | undefined;
    for (const stored of this.objects.values()) {
      if (
        isDict(stored.value) &&
        isName(stored.value.entries.get('Type'), 'Catalog') &&
        (!best || stored.offset > best.offset)
      )
        best = stored;
    }
    return best && isDict(best.value) ? best.value : undefined;
  }

  decode(stream: PdfStream): Buffer {
    return decodeStream(stream, this.budget, (v) => this.resolve(v));
  }

  /** Every directly stored value (for finding signature dictionaries anywhere in the file). */
  *values(): Iterable<{ num: number; offset: number; value: PdfValue }> {
    for (const [num, stored] of this.objects) yield { num, ...stored };
  }
}
