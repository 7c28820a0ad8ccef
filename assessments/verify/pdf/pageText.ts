import { inherited, listPages, type PageNode } from './pageTree';
import type { PdfObjects } from './pdfObjects';
import { PdfLexer, wordCode } from './pdfLexer';
import {
  BudgetExceededError,
  type Budget,
  dictOf,
  isArray,
  isName,
  isStream,
  isString,
  type PdfDict,
  type PdfString,
  type PdfValue,
} from './pdfValues';
import { parseToUnicode, type GlyphDecoder } from './toUnicode';

/** A TJ adjustment wider than this (thousandths of an em) reads as a word space. */
const SPACE_ADJUSTMENT = 200;
const MAX_OPERANDS = 10_000;
/** Bytes an operand starts with, by lookup (2 a number, 3 a name): the loop asks for every token. */
const OPERAND_START = new Uint8Array(256);
for (const byte of Buffer.from('([<', 'latin1')) OPERAND_START[byte] = 1;
for (const byte of Buffer.from('0123456789+-.', 'latin1')) OPERAND_START[byte] = 2;
OPERAND_START[0x2f] = 3;

/**
 * A number operand, read only if a text operator needs it: most numbers in a page are drawing
 * coordinates and colours, which text extraction passes over.
 */
class NumberToken {
  constructor(
    readonly data: Buffer,
    readonly start: number,
    readonly end: number,
  ) {}

  get value(): number {
    return Number(this.data.toString('latin1', this.start, this.end));
  }
}

/** A name operand (a font, a colour space, a graphics state), read only if `Tf` needs it. */
class NameToken {
  constructor(
    readonly data: Buffer,
    readonly start: number,
    readonly budget: Budget,
  ) {}

  get name(): string {
    return new PdfLexer(this.data, this.start, this.budget).name();
  }
}

type Operand = PdfValue | NumberToken | NameToken;

/** An operand the lexer read in full; the tokens kept for later are none. */
const valueOf = (operand: Operand | undefined): PdfValue | undefined =>
  operand instanceof NumberToken || operand instanceof NameToken ? undefined : operand;

const numberOf = (operand: Operand | undefined): number | undefined =>
  operand instanceof NumberToken ? operand.value : typeof operand === 'number' ? operand : undefined;
/** The operators text extraction acts on, by their `readWordCode` codes. */
const OP = {
  BI: wordCode('BI'),
  Tf: wordCode('Tf'),
  Tj: wordCode('Tj'),
  quote: wordCode("'"),
  doubleQuote: wordCode('"'),
  TJ: wordCode('TJ'),
  Tm: wordCode('Tm'),
  Td: wordCode('Td'),
  TD: wordCode('TD'),
  TStar: wordCode('T*'),
  BT: wordCode('BT'),
};

function fontDecoder(doc: PdfObjects, font: PdfDict | undefined): GlyphDecoder | null {
  if (!font) return null;
  const codeBytes = isName(font.entries.get('Subtype'), 'Type0') ? 2 : 1;
  const cmap = doc.get(font, 'ToUnicode');
  if (isStream(cmap)) {
    try {
      return parseToUnicode(doc.decode(cmap), doc.budget, codeBytes);
    } catch (error) {
      if (error instanceof BudgetExceededError) throw error;
      return null;
    }
  }
  return codeBytes === 1 ? { codeBytes, map: new Map() } : null;
}

function decodeString(value: PdfString, decoder: GlyphDecoder | null): string {
  if (!decoder) return '';
  const { bytes } = value;
  let out = '';
  for (let i = 0; i + decoder.codeBytes <= bytes.length; i += decoder.codeBytes) {
    const code = decoder.codeBytes === 2 ? bytes.readUInt16BE(i) : (bytes[i] as number);
    out += decoder.map.get(code) ?? (decoder.codeBytes === 1 ? String.fromCharCode(code) : '');
  }
  return out;
}

function contentBytes(doc: PdfObjects, page: PageNode): Buffer {
  const contents = doc.get(page.dict, 'Contents');
  const streams = isArray(contents) ? contents.items.map((item) => doc.resolve(item)) : [contents];
  return Buffer.concat(streams.filter(isStream).flatMap((stream) => [doc.decode(stream), Buffer.from('\n')]));
}

/** Fonts are shared by many pages: each font's CMap is parsed once per document. */
type DecoderCache = WeakMap<PdfDict, GlyphDecoder | null>;

function cachedDecoder(doc: PdfObjects, font: PdfDict | undefined, cache: DecoderCache): GlyphDecoder | null {
  if (!font) return null;
  if (!cache.has(font)) cache.set(font, fontDecoder(doc, font));
  return cache.get(font) ?? null;
}

/** Runs the text operators of one page's content and returns its text, one line per text move. */
function pageText(doc: PdfObjects, page: PageNode, cache: DecoderCache): string {
  const fonts = dictOf(doc.get(dictOf(inherited(doc, page, 'Resources')), 'Font'));
  const decoders = new Map<string, GlyphDecoder | null>();
  const data = contentBytes(doc, page);
  const lexer = new PdfLexer(data, 0, doc.budget);
  const operands: Operand[] = [];
  let decoder: GlyphDecoder | null = null;
  let out = '';
  // Producers place words (even parts of hyphenated words) as separate runs: runs on the same
  // baseline join into one line, a new baseline starts a new line.
  let lineY: number | null = null;
  const moveTo = (y: number | undefined) => {
    if (y === undefined || !Number.isFinite(y)) return;
    if (lineY === null || Math.abs(y - lineY) > 0.5) out += '\n';
    lineY = y;
  };
  while (!lexer.atEnd()) {
    doc.budget.check();
    const byte = data[lexer.pos] as number;
    if (OPERAND_START[byte] === 2) {
      // One step, as the lexer charges for a number; its length is charged when it is long.
      doc.budget.check();
      const start = lexer.pos;
      lexer.readWordCode();
      operands.push(new NumberToken(data, start, lexer.pos));
      if (operands.length > MAX_OPERANDS) operands.length = 0;
      continue;
    }
    if (OPERAND_START[byte] === 3) {
      doc.budget.check();
      const start = lexer.pos;
      lexer.pos += 1;
      lexer.readWordCode();
      operands.push(new NameToken(data, start, doc.budget));
      if (operands.length > MAX_OPERANDS) operands.length = 0;
      continue;
    }
    if (OPERAND_START[byte] === 1) {
      try {
        operands.push(lexer.value());
      } catch (error) {
        if (error instanceof BudgetExceededError) throw error;
        lexer.pos += 1;
      }
      if (operands.length > MAX_OPERANDS) operands.length = 0;
      continue;
    }
    const op = lexer.readWordCode();
    if (op === 0) {
      lexer.pos += 1;
      continue;
    }
    if (op === OP.BI) {
      const end = data.indexOf('EI', lexer.pos, 'latin1');
      lexer.pos = end < 0 ? data.length : end + 2;
    } else if (op === OP.Tf) {
      const operand = operands[0];
      const value = valueOf(operand);
      const name = operand instanceof NameToken ? operand.name : isName(value) ? value.name : undefined;
      if (name !== undefined) {
        if (!decoders.has(name)) decoders.set(name, cachedDecoder(doc, dictOf(doc.get(fonts, name)), cache));
        decoder = decoders.get(name) ?? null;
      }
    } else if (op === OP.Tj || op === OP.quote || op === OP.doubleQuote) {
      const text = valueOf(operands[operands.length - 1]);
      if (op !== OP.Tj) out += '\n';
      if (isString(text)) out += decodeString(text, decoder);
    } else if (op === OP.TJ) {
      const items = valueOf(operands[0]);
      if (isArray(items)) {
        for (const item of items.items) {
          if (isString(item)) out += decodeString(item, decoder);
          else if (typeof item === 'number' && item < -SPACE_ADJUSTMENT) out += ' ';
        }
      }
    } else if (op === OP.Tm) {
      moveTo(numberOf(operands[5]));
    } else if (op === OP.Td || op === OP.TD) {
      const ty = numberOf(operands[1]);
      moveTo(ty === undefined ? undefined : (lineY ?? 0) + ty);
    } else if (op === OP.TStar) {
      out += '\n';
    } else if (op === OP.BT) {
      lineY = lineY ?? null;
    }
    operands.length = 0;
  }
  return out;
}

/**
 * The visible text of the pages, in order, separated by form feeds, until `enough` says the text so
 * far suffices (the verification lines are on the cover). Unreadable pages give ''.
 */
export function extractText(doc: PdfObjects, enough: (text: string) => boolean = () => false): string {
  const cache: DecoderCache = new WeakMap();
  let text = '';
  for (const [index, page] of listPages(doc, doc.catalog()).entries()) {
    try {
      text += (index > 0 ? '\n\f' : '') + pageText(doc, page, cache);
    } catch (error) {
      if (error instanceof BudgetExceededError) throw error;
    }
    if (enough(text)) break;
  }
  return text;
}
