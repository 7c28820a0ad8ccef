import { isDelimiter, isWhitespace, PdfLexer } from './pdfLexer';
import { isDict, PdfFormatError, type Budget, type PdfDict, type PdfValue } from './pdfValues';

/** One `num gen obj … endobj` read at a known offset. */
export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Where `num` starts, and one past `endobj` (or past the value when `endobj` is missing). */
  start: number;
  end: number;
}

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/** `num gen obj` at `offset` (after any whitespace), without reading the value; undefined if absent. */
export function objectHeaderAt(
  bytes: Buffer,
  offset: number,
  budget: Budget,
): { num: number; gen: number; start: number; valueStart: number } | undefined {
  budget.check();
  let p = offset;
  while (p < bytes.length && p - offset < 64 && isWhitespace(bytes[p])) p += 1;
  const start = p;
  const int = (): number | undefined => {
    const from = p;
    while (isDigit(bytes[p]) && p - from < 12) p += 1;
    return p > from && isDelimiter(bytes[p]) ? Number(bytes.toString('latin1', from, p)) : undefined;
  };
  const space = (): boolean => {
    const from = p;
    while (isWhitespace(bytes[p])) p += 1;
    return p > from;
  };
  const num = int();
  if (num === undefined || !space()) return undefined;
  const gen = int();
  if (gen === undefined) return undefined;
  space();
  if (bytes.toString('latin1', p, p + 3) !== 'obj' || !isDelimiter(bytes[p + 3])) return undefined;
  return { num, gen, start, valueStart: p + 3 };
}

/**
 * The `num gen` just before the keyword `obj` at `objAt`, read backwards (for scanning a file for
 * definitions); undefined unless the bytes there really are a header.
 */
export function headerBefore(
  bytes: Buffer,
  objAt: number,
): { num: number; gen: number; start: number } | undefined {
  if (!isDelimiter(bytes[objAt + 3])) return undefined;
  let p = objAt - 1;
  if (!isWhitespace(bytes[p])) return undefined;
  while (p >= 0 && objAt - p < 64 && isWhitespace(bytes[p])) p -= 1;
  const genEnd = p + 1;
  while (p >= 0 && genEnd - p <= 6 && isDigit(bytes[p])) p -= 1;
  if (p + 1 === genEnd || genEnd - p > 6 || !isWhitespace(bytes[p])) return undefined;
  const gen = Number(bytes.toString('latin1', p + 1, genEnd));
  while (p >= 0 && genEnd - p < 64 && isWhitespace(bytes[p])) p -= 1;
  const numEnd = p + 1;
  while (p >= 0 && numEnd - p <= 11 && isDigit(bytes[p])) p -= 1;
  if (p + 1 === numEnd || numEnd - p > 11 || (p >= 0 && !isDelimiter(bytes[p]))) return undefined;
  return { num: Number(bytes.toString('latin1', p + 1, numEnd)), gen, start: p + 1 };
}

/**
 * A stream's data: /Length when it is sound (followed by `endstream`), else up to the next
 * `endstream`, as lenient readers do. `length` is the resolved /Length, if there is one.
 */
export function streamData(
  bytes: Buffer,
  afterKeyword: number,
  length: PdfValue | undefined,
  budget: Budget,
): { raw: Buffer; end: number } {
  let start = afterKeyword;
  if (bytes[start] === 0x0d) start += 1;
  if (bytes[start] === 0x0a) start += 1;
  if (
    typeof length === 'number' &&
    Number.isInteger(length) &&
    length >= 0 &&
    start + length <= bytes.length
  ) {
    const after = new PdfLexer(bytes, start + length, budget);
    after.skipSpace();
    if (after.peekWord() === 'endstream')
      return { raw: bytes.subarray(start, start + length), end: after.pos + 9 };
  }
  const endAt = bytes.indexOf('endstream', start, 'latin1');
  budget.chargeBytes((endAt < 0 ? bytes.length : endAt) - start);
  if (endAt < 0) throw new PdfFormatError(`stream at byte ${start} has no endstream`);
  let dataEnd = endAt;
  if (bytes[dataEnd - 1] === 0x0a) dataEnd -= 1;
  if (bytes[dataEnd - 1] === 0x0d) dataEnd -= 1;
  return { raw: bytes.subarray(start, Math.max(start, dataEnd)), end: endAt + 9 };
}

/**
 * Reads the object defined at `offset`. `resolveLength` turns an indirect /Length into a number
 * (a revision resolves it through its own cross-reference); without it only a direct one is used.
 */
export function readIndirectObject(
  bytes: Buffer,
  offset: number,
  budget: Budget,
  resolveLength?: (value: PdfValue | undefined) => PdfValue | undefined,
): IndirectObject {
  const head = objectHeaderAt(bytes, offset, budget);
  if (!head) throw new PdfFormatError(`no object is defined at byte ${offset}`);
  const lexer = new PdfLexer(bytes, head.valueStart, budget);
  let value = lexer.value();
  lexer.skipSpace();
  if (isDict(value) && lexer.peekWord() === 'stream') {
    const dict: PdfDict = value;
    const lengthValue = dict.entries.get('Length');
    const length = resolveLength ? resolveLength(lengthValue) : lengthValue;
    const data = streamData(bytes, lexer.pos + 6, length, budget);
    value = { kind: 'stream', dict, raw: data.raw };
    lexer.pos = data.end;
    lexer.skipSpace();
  }
  const end = lexer.peekWord() === 'endobj' ? lexer.pos + 6 : lexer.pos;
  return { num: head.num, gen: head.gen, value, start: head.start, end };
}
