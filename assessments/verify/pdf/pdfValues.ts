/** The PDF object model the reader produces. Strings keep their byte offsets in the file. */
export type PdfValue =
  null | boolean | number | PdfName | PdfString | PdfRef | PdfArray | PdfDict | PdfStream;

export interface PdfName {
  kind: 'name';
  name: string;
}
export interface PdfString {
  kind: 'string';
  bytes: Buffer;
  hex: boolean;
  /** Offsets of the opening and one past the closing delimiter in the parsed buffer. */
  start: number;
  end: number;
}
export interface PdfRef {
  kind: 'ref';
  num: number;
  gen: number;
}
export interface PdfArray {
  kind: 'array';
  items: PdfValue[];
}
export interface PdfDict {
  kind: 'dict';
  entries: Map<string, PdfValue>;
  start: number;
  end: number;
}
export interface PdfStream {
  kind: 'stream';
  dict: PdfDict;
  /** The encoded data, a view into the file. */
  raw: Buffer;
}

export const isName = (value: PdfValue | undefined, name?: string): value is PdfName =>
  typeof value === 'object' &&
  value !== null &&
  value.kind === 'name' &&
  (name === undefined || value.name === name);
export const isDict = (value: PdfValue | undefined): value is PdfDict =>
  typeof value === 'object' && value !== null && value.kind === 'dict';
export const isStream = (value: PdfValue | undefined): value is PdfStream =>
  typeof value === 'object' && value !== null && value.kind === 'stream';
export const isArray = (value: PdfValue | undefined): value is PdfArray =>
  typeof value === 'object' && value !== null && value.kind === 'array';
export const isString = (value: PdfValue | undefined): value is PdfString =>
  typeof value === 'object' && value !== null && value.kind === 'string';
export const isRef = (value: PdfValue | undefined): value is PdfRef =>
  typeof value === 'object' && value !== null && value.kind === 'ref';

/** The dictionary of a dict or a stream. */
export function dictOf(value: PdfValue | undefined): PdfDict | undefined {
  if (isDict(value)) return value;
  if (isStream(value)) return value.dict;
  return undefined;
}

/** A malformed or hostile file; the message says where and what. */
export class PdfFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfFormatError';
  }
}

/** Limits that keep a hostile file from exhausting time or memory. */
export class Budget {
  inflated = 0;
  constructor(
    private deadline: number,
    readonly maxInflatedBytes: number,
    readonly maxDepth = 64,
  ) {}

  /**
   * Gives back time spent on work whose cost the file cannot inflate (size-capped template
   * validation), so the limit measures only reading the file.
   */
  extend(ms: number): void {
    this.deadline += ms;
  }

  check(): void {
    if (performance.now() > this.deadline)
      throw new PdfFormatError(
        'the file took too long to read (time limit reached; a very slow machine may need a longer limit)',
      );
  }

  spendInflate(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.maxInflatedBytes) {
      throw new PdfFormatError(`decompressed streams exceed ${this.maxInflatedBytes} bytes`);
    }
  }
}
