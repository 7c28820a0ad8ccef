import type { Budget } from './pdfValues';
import { PdfFormatError, type PdfArray, type PdfDict, type PdfValue } from './pdfValues';

/** Byte classes by table lookup: the lexer asks for every byte it reads, so this is the hot path. */
const CLASS = new Uint8Array(256);
const WHITE = 1;
const DELIMITER = 2;
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[byte] = WHITE | DELIMITER;
for (const byte of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASS[byte] = DELIMITER;

export const isWhitespace = (byte: number | undefined) =>
  byte !== undefined && ((CLASS[byte] as number) & WHITE) !== 0;
export const isDelimiter = (byte: number | undefined) =>
  byte === undefined || ((CLASS[byte] as number) & DELIMITER) !== 0;
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/** The code `readWordCode` gives for an operator of one to three bytes. */
export function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i += 1) code |= word.charCodeAt(i) << (8 * i);
  return code;
}

/** Single-character escapes in literal strings (backslash n, r, t, b, f). */
const ESCAPES = new Map([
  [0x6e, 10],
  [0x72, 13],
  [0x74, 9],
  [0x62, 8],
  [0x66, 12],
]);

/** 10^0 … 10^22, each read from its decimal literal: every one an exact double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/**
 * Reads PDF tokens and values from a buffer (a file, a content stream, an object stream). Every value
 * costs a budget step and every 64 bytes scanned another, so re-reading hostile bytes runs out of
 * budget instead of time.
 */
export class PdfLexer {
  constructor(
    readonly buf: Buffer,
    public pos: number,
    private readonly budget: Budget,
    readonly limit = buf.length,
  ) {}

  fail(what: string): never {
    throw new PdfFormatError(`${what} at byte ${this.pos}`);
  }

  /** Charges the bytes between `from` and the current position, when there are many of them. */
  private chargeScan(from: number): void {
    if (this.pos - from >= 64) this.budget.check(Math.floor((this.pos - from) / 64));
  }

  skipSpace(): void {
    const { buf, limit } = this;
    const from = this.pos;
    while (this.pos < limit) {
      const byte = buf[this.pos] as number;
      if (isWhitespace(byte)) this.pos += 1;
      else if (byte === 0x25) {
        while (this.pos < limit && buf[this.pos] !== 0x0a && buf[this.pos] !== 0x0d) this.pos += 1;
      } else break;
    }
    this.chargeScan(from);
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.limit;
  }

  /** A bare word (operator or keyword) starting at the current position, without consuming it. */
  peekWord(): string {
    let end = this.pos;
    while (end < this.limit && !isDelimiter(this.buf[end])) end += 1;
    if (end - this.pos >= 64) this.budget.check(Math.floor((end - this.pos) / 64));
    return this.buf.toString('latin1', this.pos, end);
  }

  readWord(): string {
    const word = this.peekWord();
    this.pos += word.length;
    return word;
  }

  /**
   * A bare word read as a number instead of a string, for the content-stream operators (one to three
   * bytes): `wordCode('Tj')` names the same word. 0 for no word; -1 for a longer one, skipped.
   */
  readWordCode(): number {
    const start = this.pos;
    let code = 0;
    while (this.pos < this.limit && !isDelimiter(this.buf[this.pos])) {
      if (this.pos - start < 3) code |= (this.buf[this.pos] as number) << (8 * (this.pos - start));
      this.pos += 1;
    }
    const length = this.pos - start;
    if (length >= 64) this.budget.check(Math.floor(length / 64));
    return length > 3 ? -1 : code;
  }

  value(depth = 0): PdfValue {
    if (depth > this.budget.maxDepth) this.fail(`objects nested deeper than ${this.budget.maxDepth} levels`);
    this.budget.check();
    this.skipSpace();
    if (this.pos >= this.limit) this.fail('unexpected end of data');
    const byte = this.buf[this.pos] as number;
    if (byte === 0x3c) return this.buf[this.pos + 1] === 0x3c ? this.dict(depth) : this.hexString();
    if (byte === 0x28) return this.literalString();
    if (byte === 0x5b) return this.array(depth);
    if (byte === 0x2f) return { kind: 'name', name: this.name() };
    if (isDigit(byte) || byte === 0x2d || byte === 0x2b || byte === 0x2e) return this.numberOrRef();
    const word = this.readWord();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    this.pos -= word.length;
    return this.fail(`unexpected ${word ? `"${word.slice(0, 20)}"` : `byte 0x${byte.toString(16)}`}`);
  }

  /** Digits from `at`: their value and where they end (no allocation; this is the hot path). */
  private digits(at: number): { value: number; end: number } {
    let value = 0;
    let end = at;
    while (end < this.limit && isDigit(this.buf[end])) {
      value = value * 10 + ((this.buf[end] as number) - 0x30);
      end += 1;
    }
    return { value, end };
  }

  private skipWhitespaceFrom(at: number): number {
    let p = at;
    while (p < this.limit && isWhitespace(this.buf[p])) p += 1;
    return p;
  }

  private numberOrRef(): PdfValue {
    const start = this.pos;
    const { buf } = this;
    const first = buf[start];
    if (isDigit(first)) {
      const num = this.digits(start);
      if (buf[num.end] !== 0x2e && isDelimiter(buf[num.end])) {
        this.pos = num.end;
        // `num gen R` is a reference; look ahead without consuming unless it is one.
        const genStart = this.skipWhitespaceFrom(num.end);
        if (genStart > num.end && isDigit(buf[genStart])) {
          const gen = this.digits(genStart);
          const r = this.skipWhitespaceFrom(gen.end);
          if (r > gen.end && buf[r] === 0x52 && isDelimiter(buf[r + 1])) {
            this.pos = r + 1;
            return { kind: 'ref', num: num.value, gen: gen.value };
          }
        }
        return num.value;
      }
    }
    const quick = this.plainReal(start);
    if (quick !== undefined) return quick;
    const word = this.readWord();
    const value = Number(word);
    if (word === '' || !Number.isFinite(value)) {
      this.pos = start;
      this.fail(`bad number "${word.slice(0, 20)}"`);
    }
    return value;
  }

  /**
   * A real such as `-12.375` or `.5` read without making a string, when the result is certainly what
   * Number() gives: at most 15 significant digits and 22 decimals, so the digits and the power of
   * ten are exact doubles and their quotient is the correctly rounded value. Anything else
   * (exponents, stray characters, longer numbers) is left to the general path.
   */
  private plainReal(start: number): number | undefined {
    const { buf, limit } = this;
    let p = start;
    const sign = buf[p] === 0x2d ? -1 : 1;
    if (buf[p] === 0x2d || buf[p] === 0x2b) p += 1;
    let mantissa = 0;
    let digits = 0;
    let decimals = 0;
    let point = false;
    for (; p < limit; p += 1) {
      const byte = buf[p] as number;
      if (byte >= 0x30 && byte <= 0x39) {
        mantissa = mantissa * 10 + (byte - 0x30);
        if (mantissa > 0 || digits > 0) digits += 1;
        if (point) decimals += 1;
      } else if (byte === 0x2e && !point) point = true;
      else break;
    }
    if (!isDelimiter(buf[p]) || digits > 15 || decimals > 22) return undefined;
    const length = p - start - (sign < 0 || buf[start] === 0x2b ? 1 : 0) - (point ? 1 : 0);
    if (length === 0) return undefined;
    if (p - start >= 64) this.budget.check(Math.floor((p - start) / 64));
    this.pos = p;
    return (sign * mantissa) / (POWERS_OF_TEN[decimals] as number);
  }

  name(): string {
    const from = this.pos;
    let end = from + 1;
    let escaped = false;
    while (end < this.limit && !isDelimiter(this.buf[end])) {
      if (this.buf[end] === 0x23) escaped = true;
      end += 1;
    }
    if (end - from >= 64) this.budget.check(Math.floor((end - from) / 64));
    if (!escaped) {
      this.pos = end;
      return this.buf.toString('latin1', from + 1, end);
    }
    // #xx escapes: rare, so decoded byte by byte, and charged as such.
    this.budget.check(Math.floor((end - from) / 16));
    const bytes: number[] = [];
    this.pos = from + 1;
    while (this.pos < end) {
      const byte = this.buf[this.pos] as number;
      if (byte === 0x23 && this.pos + 2 < end) {
        const hi = hexValue(this.buf[this.pos + 1] as number);
        const lo = hexValue(this.buf[this.pos + 2] as number);
        if (hi >= 0 && lo >= 0) {
          bytes.push(hi * 16 + lo);
          this.pos += 3;
          continue;
        }
      }
      bytes.push(byte);
      this.pos += 1;
    }
    return Buffer.from(bytes).toString('latin1');
  }

  private hexString(): PdfValue {
    const start = this.pos;
    const close = this.buf.indexOf(0x3e, start + 1);
    this.budget.check(Math.floor(((close < 0 ? this.buf.length : close) - start) / 64));
    if (close < 0 || close >= this.limit) this.fail('unterminated hex string');
    const out = Buffer.allocUnsafe(((close - start) >> 1) + 1);
    let length = 0;
    let high = -1;
    for (let p = start + 1; p < close; p += 1) {
      const byte = this.buf[p] as number;
      const value = hexValue(byte);
      if (value < 0) {
        // PDF whitespace (NUL included) may appear between the digits.
        if (!isWhitespace(byte)) this.fail('non-hex character in hex string');
      } else if (high < 0) high = value;
      else {
        out[length++] = high * 16 + value;
        high = -1;
      }
    }
    if (high >= 0) out[length++] = high * 16;
    this.pos = close + 1;
    return { kind: 'string', bytes: out.subarray(0, length), hex: true, start, end: this.pos };
  }

  /** Where the literal string starting at `start` closes (one past its `)`), or -1. */
  private literalEnd(start: number): number {
    const { buf, limit } = this;
    let nesting = 0;
    for (let p = start; p < limit; p += 1) {
      const byte = buf[p];
      if (byte === 0x5c) p += 1;
      else if (byte === 0x28) nesting += 1;
      else if (byte === 0x29 && --nesting === 0) return p + 1;
    }
    return -1;
  }

  private literalString(): PdfValue {
    const start = this.pos;
    const end = this.literalEnd(start);
    this.budget.check(Math.floor(((end < 0 ? this.limit : end) - start) / 64));
    if (end < 0) this.fail('unterminated string');
    const { buf } = this;
    const out = Buffer.allocUnsafe(end - start);
    let length = 0;
    let p = start + 1;
    while (p < end - 1) {
      const byte = buf[p] as number;
      p += 1;
      if (byte !== 0x5c) {
        out[length++] = byte;
        continue;
      }
      const next = buf[p] as number;
      p += 1;
      const simple = ESCAPES.get(next);
      if (simple !== undefined) out[length++] = simple;
      else if (next >= 0x30 && next <= 0x37) {
        let code = next - 0x30;
        for (
          let i = 0;
          i < 2 && p < end - 1 && (buf[p] as number) >= 0x30 && (buf[p] as number) <= 0x37;
          i += 1
        ) {
          code = code * 8 + ((buf[p] as number) - 0x30);
          p += 1;
        }
        out[length++] = code & 0xff;
      } else if (next === 0x0d) {
        if (buf[p] === 0x0a) p += 1;
      } else if (next !== 0x0a) out[length++] = next;
    }
    this.pos = end;
    return { kind: 'string', bytes: out.subarray(0, length), hex: false, start, end };
  }

  private array(depth: number): PdfArray {
    this.pos += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.limit) this.fail('unterminated array');
      if (this.buf[this.pos] === 0x5d) {
        this.pos += 1;
        return { kind: 'array', items };
      }
      items.push(this.value(depth + 1));
    }
  }

  private dict(depth: number): PdfDict {
    const start = this.pos;
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.limit) this.fail('unterminated dictionary');
      if (this.buf[this.pos] === 0x3e && this.buf[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { kind: 'dict', entries, start, end: this.pos };
      }
      if (this.buf[this.pos] !== 0x2f) this.fail('dictionary key is not a name');
      const key = this.name();
      entries.set(key, this.value(depth + 1));
    }
  }
}
