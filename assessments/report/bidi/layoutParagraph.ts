import bidiFactory from 'bidi-js';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { FontFamily } from '../fonts';
import { runtimeRequire } from '../fonts';
import type { TextMeasurer } from './fontMetrics';
import { isBidiControl, withoutBidiControls } from './isolate';
import { asTyped } from './noBreakHyphen';
import { familyFor, familyScale, hasRtl, shaperReverses } from './scripts';

export type Direction = 'ltr' | 'rtl';

/** One piece of a laid-out line, in visual order, exactly as it is to be handed to the renderer. */
export interface Run {
  text: string;
  family: FontFamily;
  /** The run is one mirrored character (a bracket in right-to-left text), drawn as its mirror. */
  mirrored?: boolean;
  /** The run sits at an odd (right-to-left) embedding level. Absent from `fontRuns`: left to right. */
  rtl?: boolean;
}

export interface Line {
  runs: Run[];
  /** Width in points, trailing spaces excluded. */
  width: number;
  /** The paragraph's resolved direction: the side the line starts from. */
  direction: Direction;
}

export interface TextStyle {
  size: number;
  bold: boolean;
  /** The document's main family (see `primaryFamily`). */
  primary: FontFamily;
  /** Paragraph direction; `auto` takes it from the first strong character (as `dir="auto"`). */
  direction: Direction | 'auto';
}

interface LineBreakerInstance {
  nextBreak(): { position: number; required: boolean } | null;
}
type LineBreakerClass = new (text: string) => LineBreakerInstance;

const bidi = bidiFactory();

/** Text layout that knows both the fonts and the Unicode Bidirectional Algorithm (UAX #9). */
export class ParagraphLayout {
  private readonly LineBreaker: LineBreakerClass;

  constructor(private readonly fonts: TextMeasurer) {
    // The same UAX #14 implementation pdfmake wraps with, so break opportunities agree.
    const requireFromPdfmake = createRequire(dirname(runtimeRequire.resolve('pdfmake/package.json')) + '/');
    this.LineBreaker = requireFromPdfmake('linebreak') as LineBreakerClass;
  }

  /**
   * Breaks `text` into lines no wider than `maxWidth`, in logical order with the real metrics, then
   * puts each line in visual order: runs left to right, each run's characters prepared so that the
   * shaper (which reverses right-to-left runs itself) draws them in the right order.
   */
  layout(text: string, maxWidth: number, style: TextStyle): Line[] {
    const lines: Line[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n')) {
      lines.push(...this.layoutParagraph(paragraph, maxWidth, style));
    }
    return lines;
  }

  /**
   * The font runs of `text` in logical order, for left-to-right text without right-to-left letters
   * that the renderer may wrap itself (it breaks at the same opportunities with the same metrics).
   */
  fontRuns(text: string, primary: FontFamily): Run[] {
    const families = this.familiesOf(text, primary);
    const runs: Run[] = [];
    let start = 0;
    for (let i = 1; i <= text.length; i += 1) {
      if (i === text.length || families[i] !== families[start]) {
        runs.push({ text: text.slice(start, i), family: families[start] ?? primary });
        start = i;
      }
    }
    return runs;
  }

  private layoutParagraph(text: string, maxWidth: number, style: TextStyle): Line[] {
    if (text.trim() === '') {
      return [{ runs: [], width: 0, direction: style.direction === 'rtl' ? 'rtl' : 'ltr' }];
    }
    const families = this.familiesOf(text, style.primary);
    const needsBidi = style.direction === 'rtl' || hasRtl(text) || withoutBidiControls(text) !== text;
    const levels = needsBidi
      ? bidi.getEmbeddingLevels(asTyped(text), style.direction === 'auto' ? undefined : style.direction)
      : { levels: new Uint8Array(text.length), paragraphs: [{ start: 0, end: text.length - 1, level: 0 }] };
    const direction: Direction = ((levels.paragraphs[0]?.level ?? 0) & 1) === 1 ? 'rtl' : 'ltr';
    const breaks = this.breakOpportunities(text);
    // Where pdfmake starts a new piece to shape: at every break opportunity and wherever the font,
    // the embedding level or spacing changes. Computed once, not per measurement.
    const pieceStart = new Uint8Array(text.length + 1);
    for (const position of breaks) pieceStart[position] = 1;
    for (let i = 1; i < text.length; i += 1) {
      if (breaksRun(text, i - 1, i, families, levels.levels)) pieceStart[i] = 1;
    }
    const widths: SpanWidths = {
      add: (sum, start, stop) => this.addPieces(sum, text, start, stop, families, pieceStart, style),
      measure: (start, end) =>
        this.addPieces(0, text, start, trimEnd(text, start, end), families, pieceStart, style),
    };
    return this.breakLines(text, breaks, maxWidth, widths).map(([start, end]) => ({
      runs: visualRuns(text, start, end, families, levels, pieceStart),
      width: widths.measure(start, end),
      direction,
    }));
  }

  /**
   * Greedy fill at UAX #14 opportunities; a word wider than the line is cut between characters.
   * The width of the line so far is carried from one opportunity to the next (pieces summed in the
   * same order as a measurement from the line's start, so every comparison sees the same number)
   * instead of measuring the whole line again for each word.
   */
  private breakLines(
    text: string,
    breaks: number[],
    maxWidth: number,
    widths: SpanWidths,
  ): [number, number][] {
    const { measure } = widths;
    const lines: [number, number][] = [];
    let lineStart = 0;
    let lineEnd = 0;
    let last = 0;
    // Width of text[lineStart, last) with its trailing spaces: `last` always starts a piece.
    let carried = 0;
    for (const segmentEnd of breaks) {
      const trimmedEnd = trimEnd(text, last, segmentEnd);
      const upTo = (start: number) =>
        trimmedEnd > last && start <= last
          ? widths.add(start === last ? 0 : carried, last, trimmedEnd)
          : measure(start, trimmedEnd);
      if (lineEnd > lineStart && upTo(lineStart) > maxWidth) {
        lines.push([lineStart, trimEnd(text, lineStart, lineEnd)]);
        lineStart = last;
        carried = 0;
      }
      let cutInside = false;
      while (upTo(lineStart) > maxWidth) {
        // A single word that cannot fit (a hash, a long URL): cut it where the line is full.
        const cut = longestFit(text, lineStart, trimmedEnd, maxWidth, measure);
        lines.push([lineStart, cut]);
        lineStart = cut;
        cutInside = true;
      }
      carried = cutInside ? widths.add(0, lineStart, segmentEnd) : widths.add(carried, last, segmentEnd);
      lineEnd = segmentEnd;
      last = segmentEnd;
    }
    if (lineEnd > lineStart) lines.push([lineStart, trimEnd(text, lineStart, lineEnd)]);
    return lines.map(([start, end]) => [trimStart(text, start, end), end]);
  }

  private breakOpportunities(text: string): number[] {
    const breaker = new this.LineBreaker(text);
    const positions: number[] = [];
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) positions.push(bk.position);
    return positions;
  }

  private familiesOf(text: string, primary: FontFamily): FontFamily[] {
    const families: FontFamily[] = new Array<FontFamily>(text.length);
    let previous: FontFamily | null = null;
    for (let i = 0; i < text.length;) {
      const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
      const family = familyFor(char, previous, primary, this.fonts);
      for (let k = 0; k < char.length; k += 1) families[i + k] = family;
      if (char.trim() !== '') previous = family;
      i += char.length;
    }
    return families;
  }

  /**
   * `sum` plus the width of `text[start, stop)` as pdfmake will measure it: it splits each run at
   * the same break opportunities and shapes every piece on its own. Pieces are added left to right.
   */
  private addPieces(
    sum: number,
    text: string,
    start: number,
    stop: number,
    families: FontFamily[],
    pieceStart: Uint8Array,
    style: TextStyle,
  ): number {
    let width = sum;
    let runStart = start;
    for (let i = start + 1; i <= stop; i += 1) {
      if (i === stop || pieceStart[i] === 1) {
        const family = families[runStart] ?? style.primary;
        width += this.fonts.width(
          withoutBidiControls(text.slice(runStart, i)),
          family,
          style.bold,
          style.size * familyScale(family, style.primary),
        );
        runStart = i;
      }
    }
    return width;
  }
}

/** Widths of spans of one paragraph, trailing spaces excluded by `measure` and kept by `add`. */
interface SpanWidths {
  measure(start: number, end: number): number;
  add(sum: number, start: number, stop: number): number;
}

/** Whether characters `a` and `b` (adjacent) must be shaped as separate runs. */
function breaksRun(text: string, a: number, b: number, families: FontFamily[], levels: Uint8Array): boolean {
  if (isLowSurrogate(text.charCodeAt(b))) return false;
  if (families[a] !== families[b] || levels[a] !== levels[b]) return true;
  if (isSpace(text[a]) !== isSpace(text[b])) return true;
  // Mirrored characters (brackets) stand alone so that the shaper never reverses or mirrors them.
  return isMirrored(text, a) || isMirrored(text, b);
}

/** The characters of `text[start, end)` in visual order, grouped into runs ready for the shaper. */
function visualRuns(
  text: string,
  start: number,
  end: number,
  families: FontFamily[],
  embedding: ReturnType<typeof bidi.getEmbeddingLevels>,
  pieceStart: Uint8Array,
): Run[] {
  if (end <= start) return [];
  // The result covers the whole string, with only the line's own span reordered.
  // The isolates and embeddings have done their work in the levels: they are not drawn.
  const order = bidi
    .getReorderedIndices(text, embedding, start, end - 1)
    .slice(start, end)
    .filter((index) => !isBidiControl(text[index]));
  const { levels } = embedding;
  const runs: { indices: number[] }[] = [];
  let current: number[] = [];
  let previous = -1;
  for (const index of order) {
    // A run never spans a break opportunity: pdfmake shapes each piece between two on its own and
    // sets the pieces left to right, which put "و/أو" on the page as "أوو/".
    const adjacent =
      previous >= 0 &&
      Math.abs(index - previous) === 1 &&
      pieceStart[Math.max(index, previous)] !== 1 &&
      !breaksRun(text, Math.min(index, previous), Math.max(index, previous), families, levels);
    if (!adjacent && current.length > 0) {
      runs.push({ indices: current });
      current = [];
    }
    current.push(index);
    previous = index;
  }
  if (current.length > 0) runs.push({ indices: current });
  return runs.map(({ indices }) => {
    const logical = [...indices].sort((x, y) => x - y);
    const first = logical[0] ?? start;
    const rtl = ((levels[first] ?? 0) & 1) === 1;
    const logicalText = text.slice(first, (logical[logical.length - 1] ?? first) + 1);
    const visual = rtl ? mirror(reverseCodePoints(logicalText)) : logicalText;
    // The shaper reverses right-to-left script runs on its own: hand it those in logical order.
    return {
      text: shaperReverses(visual) ? reverseCodePoints(visual) : visual,
      family: families[first] ?? 'NotoSans',
      ...(rtl && visual !== reverseCodePoints(logicalText) ? { mirrored: true } : {}),
      ...(rtl ? { rtl: true } : {}),
    };
  });
}

function mirror(text: string): string {
  let out = '';
  for (const char of text) out += bidi.getMirroredCharacter(char) ?? char;
  return out;
}

function reverseCodePoints(text: string): string {
  return [...text].reverse().join('');
}

function isMirrored(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && bidi.getMirroredCharacter(char) !== null;
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00a0';
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return e;
}

function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /\s/.test(text[s] ?? '')) s += 1;
  return s;
}

/** The furthest code-point boundary after `start` at which `text[start, cut)` fits (at least one). */
function longestFit(
  text: string,
  start: number,
  end: number,
  maxWidth: number,
  measure: (start: number, end: number) => number,
): number {
  const bounds: number[] = [];
  for (let i = start; i < end;) {
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    bounds.push(i);
  }
  // Shaping every prefix of a long word would cost one layout per character: estimate the cut from
  // the characters' own widths, then correct it against the shaped width (kerning) a step at a time.
  let sum = 0;
  let guess = 0;
  for (let k = 0; k < bounds.length; k += 1) {
    sum += measure(k === 0 ? start : (bounds[k - 1] ?? start), bounds[k] ?? end);
    if (sum > maxWidth) break;
    guess = k;
  }
  let lo = guess;
  while (lo > 0 && measure(start, bounds[lo] ?? end) > maxWidth) lo -= 1;
  while (lo + 1 < bounds.length && measure(start, bounds[lo + 1] ?? end) <= maxWidth) lo += 1;
  return bounds[lo] ?? end;
}
