import { inherited, listPages, type PageNode } from './pageTree';
import type { PdfObjects } from './pdfObjects';
import { PdfLexer, wordCode } from './pdfLexer';
import {
  BudgetExceededError,
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
/** Bytes an operand starts with, by lookup: the loop asks for every token. */
const OPERAND_START = new Uint8Array(256);
for (const byte of Buffer.from('0123456789+-.([</', 'latin1')) OPERAND_START[byte] = 1;
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
  const operands: PdfValue[] = [];
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
      const name = operands[0];
      if (isName(name)) {
        if (!decoders.has(name.name))
          decoders.set(name.name, cachedDecoder(doc, dictOf(doc.get(fonts, name.name)), cache));
        decoder = decoders.get(name.name) ?? null;
      }
    } else if (op === OP.Tj || op === OP.quote || op === OP.doubleQuote) {
      const text = operands[operands.length - 1];
      if (op !== OP.Tj) out += '\n';
      if (isString(text)) out += decodeString(text, decoder);
    } else if (op === OP.TJ) {
      const items = operands[0];
      if (isArray(items)) {
        for (const item of items.items) {
          if (isString(item)) out += decodeString(item, decoder);
          else if (typeof item === 'number' && item < -SPACE_ADJUSTMENT) out += ' ';
        }
      }
    } else if (op === OP.Tm) {
      const y = operands[5];
      moveTo(typeof y === 'number' ? y : undefined);
    } else if (op === OP.Td || op === OP.TD) {
      const ty = operands[1];
      moveTo(typeof ty === 'number' ? (lineY ?? 0) + ty : undefined);
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
