import type { Budget } from './pdfValues';
import { PdfFormatError, type PdfArray, type PdfDict, type PdfValue } from './pdfValues';

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export const isWhitespace = (byte: number | undefined) => byte !== undefined && WHITESPACE.has(byte);
export const isDelimiter = (byte: number | undefined) =>
  byte === undefined || WHITESPACE.has(byte) || DELIMITERS.has(byte);
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/** Reads PDF tokens and values from a buffer (a file, a content stream, an object stream). */
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

  skipSpace(): void {
    const { buf, limit } = this;
    while (this.pos < limit) {
      const byte = buf[this.pos] as number;
      if (WHITESPACE.has(byte)) this.pos += 1;
      else if (byte === 0x25) {
        while (this.pos < limit && buf[this.pos] !== 0x0a && buf[this.pos] !== 0x0d) this.pos += 1;
      } else break;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.limit;
  }

  /** A bare word (operator or keyword) starting at the current position, without consuming it. */
  peekWord(): string {
    let end = this.pos;
    while (end < this.limit && !isDelimiter(this.buf[end])) end += 1;
    return this.buf.toString('latin1', this.pos, end);
  }

  readWord(): string {
    const word = this.peekWord();
    this.pos += word.length;
    return word;
  }

  value(depth = 0): PdfValue {
    if (depth > this.budget.maxDepth) this.fail(`objects nested deeper than ${this.budget.maxDepth} levels`);
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
    const word = this.readWord();
    const value = Number(word);
    if (word === '' || !Number.isFinite(value)) {
      this.pos = start;
      this.fail(`bad number "${word.slice(0, 20)}"`);
    }
    return value;
  }

  name(): string {
    this.pos += 1;
    const bytes: number[] = [];
    while (this.pos < this.limit && !isDelimiter(this.buf[this.pos])) {
      const byte = this.buf[this.pos] as number;
      if (byte === 0x23 && this.pos + 2 < this.limit) {
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
    if (close < 0 || close >= this.limit) this.fail('unterminated hex string');
    // PDF whitespace (NUL included) may appear between the digits.
    let hex = this.buf.toString('latin1', start + 1, close).replaceAll('\u0000', ' ');
    if (/[^0-9A-Fa-f\t\n\f\r ]/.test(hex)) this.fail('non-hex character in hex string');
    hex = hex.replace(/[\t\n\f\r ]+/g, '');
    if (hex.length % 2 === 1) hex += '0';
    this.pos = close + 1;
    return { kind: 'string', bytes: Buffer.from(hex, 'hex'), hex: true, start, end: this.pos };
  }

  private literalString(): PdfValue {
    const start = this.pos;
    this.pos += 1;
    const out: number[] = [];
    let nesting = 1;
    const { buf, limit } = this;
    while (this.pos < limit) {
      const byte = buf[this.pos] as number;
      this.pos += 1;
      if (byte === 0x5c) {
        const next = buf[this.pos];
        this.pos += 1;
        if (next === undefined) break;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (simple[next] !== undefined) out.push(simple[next]);
        else if (next >= 0x30 && next <= 0x37) {
          let code = next - 0x30;
          for (let i = 0; i < 2 && (buf[this.pos] ?? 0) >= 0x30 && (buf[this.pos] ?? 0) <= 0x37; i += 1) {
            code = code * 8 + ((buf[this.pos] as number) - 0x30);
            this.pos += 1;
          }
          out.push(code & 0xff);
        } else if (next === 0x0d) {
          if (buf[this.pos] === 0x0a) this.pos += 1;
        } else if (next !== 0x0a) out.push(next);
        continue;
      }
      if (byte === 0x28) nesting += 1;
      if (byte === 0x29) {
        nesting -= 1;
        if (nesting === 0)
          return { kind: 'string', bytes: Buffer.from(out), hex: false, start, end: this.pos };
      }
      out.push(byte);
    }
    this.pos = start;
    return this.fail('unterminated string');
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
      if (items.length % 4096 === 4095) this.budget.check();
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
