import { PdfLexer } from './pdfLexer';
import { BudgetExceededError, isArray, isString, type Budget, type PdfValue } from './pdfValues';

/** A font's code → text map from its ToUnicode CMap, and how many bytes each code takes. */
export interface GlyphDecoder {
  codeBytes: 1 | 2;
  map: Map<number, string>;
}

const codeOf = (bytes: Buffer) => bytes.reduce((code, byte) => code * 256 + byte, 0);
const utf16 = (bytes: Buffer) => Buffer.from(bytes).swap16().toString('utf16le');

function textOf(bytes: Buffer): string {
  return bytes.length % 2 === 0 ? utf16(bytes) : bytes.toString('latin1');
}

/** Reads bfchar and bfrange sections; anything else in the CMap is skipped. */
export function parseToUnicode(data: Buffer, budget: Budget, codeBytes: 1 | 2): GlyphDecoder {
  const map = new Map<number, string>();
  const lexer = new PdfLexer(data, 0, budget);
  const operands: PdfValue[] = [];
  let mode: 'none' | 'bfchar' | 'bfrange' = 'none';
  while (!lexer.atEnd()) {
    const byte = data[lexer.pos] as number;
    if (
      byte === 0x3c ||
      byte === 0x28 ||
      byte === 0x5b ||
      byte === 0x2f ||
      (byte >= 0x30 && byte <= 0x39) ||
      byte === 0x2d
    ) {
      try {
        operands.push(lexer.value());
      } catch (error) {
        if (error instanceof BudgetExceededError) throw error;
        lexer.pos += 1;
      }
      continue;
    }
    budget.check();
    const word = lexer.readWord();
    if (word === '') {
      lexer.pos += 1;
      continue;
    }
    if (word === 'beginbfchar') mode = 'bfchar';
    else if (word === 'beginbfrange') mode = 'bfrange';
    else if (word === 'endbfchar' && mode === 'bfchar') {
      budget.check(operands.length);
      for (let i = 0; i + 1 < operands.length; i += 2) {
        const [src, dst] = [operands[i], operands[i + 1]];
        if (isString(src) && isString(dst)) map.set(codeOf(src.bytes), textOf(dst.bytes));
      }
      mode = 'none';
    } else if (word === 'endbfrange' && mode === 'bfrange') {
      for (let i = 0; i + 2 < operands.length; i += 3) {
        const [lo, hi, dst] = [operands[i], operands[i + 1], operands[i + 2]];
        if (!isString(lo) || !isString(hi)) continue;
        const from = codeOf(lo.bytes);
        const to = Math.min(codeOf(hi.bytes), from + 0xffff);
        // A range maps up to 65,536 codes: each costs two steps, or repeated ranges would be cheap.
        budget.check(1 + 2 * Math.max(0, to - from + 1));
        for (let code = from; code <= to; code += 1) {
          if (isString(dst)) {
            const base = Buffer.from(dst.bytes);
            if (base.length >= 2)
              base.writeUInt16BE(
                (base.readUInt16BE(base.length - 2) + code - from) & 0xffff,
                base.length - 2,
              );
            map.set(code, textOf(base));
          } else if (isArray(dst)) {
            const item = dst.items[code - from];
            if (isString(item)) map.set(code, textOf(item.bytes));
          }
        }
      }
      mode = 'none';
    }
    if (word.startsWith('end') || word.startsWith('begin') || mode === 'none') operands.length = 0;
    if (map.size > 200_000 || operands.length > 300_000) break;
  }
  return { codeBytes, map };
}
