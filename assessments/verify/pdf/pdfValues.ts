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

/** Thrown when reading a file would exceed its work budget: the file is not verified, not judged. */
export class BudgetExceededError extends PdfFormatError {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetExceededError';
  }
}

/**
 * Steps one file may cost. A step is one parsed value or token, one definition or cross-reference
 * entry, or 64 bytes scanned, decoded or compared (costlier work, such as a CMap range, counts
 * more), so a step takes roughly 0.2–0.5 µs on a laptop. A signed 16–19 page report with the full
 * HRIA template embedded (800 kB of JSON) and four revisions costs 57,000–86,000 steps to scan, read
 * as revisions, diff, and read its attachment and cover text, and 373,000–737,000 when the text of
 * every page is read (pdfValues.test.ts measures it). 16 million is over 20 times the worst of these.
 */
export const DEFAULT_MAX_STEPS = 16_000_000;

/**
 * Limits that keep a hostile file from exhausting time or memory. Work is counted in steps, not
 * measured in time, so a slow or busy machine reaches the same verdict as a fast one.
 */
export class Budget {
  inflated = 0;
  steps = 0;
  constructor(
    readonly maxSteps: number,
    readonly maxInflatedBytes: number,
    readonly maxDepth = 64,
  ) {}

  /** Counts `cost` steps of work; throws once the file has cost more than its budget. */
  check(cost = 1): void {
    this.steps += cost;
    if (this.steps > this.maxSteps)
      throw new BudgetExceededError(`reading the file needs more than ${this.maxSteps} steps of work`);
  }

  /** Counts work over `bytes` bytes: one step, and one more per 64 bytes. */
  chargeBytes(bytes: number): void {
    this.check(1 + Math.floor(Math.max(0, bytes) / 64));
  }

  spendInflate(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.maxInflatedBytes) {
      throw new BudgetExceededError(`decompressed streams exceed ${this.maxInflatedBytes} bytes`);
    }
  }
}
