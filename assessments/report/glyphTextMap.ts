import bidiFactory from 'bidi-js';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { NO_BREAK_HYPHEN } from './bidi/noBreakHyphen';
import { reportFontFiles, runtimeRequire } from './fonts';

/** The parts of fontkit's glyph that the text map reads. */
interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** fontkit's shaped run: `glyphs` in visual order, so reversed for a right-to-left run. */
interface GlyphRun {
  glyphs: ShapedGlyph[];
  direction: 'ltr' | 'rtl';
}

/**
 * How a run's glyphs read, beyond the letters they were shaped from: `mirrored`, a run drawn as its
 * mirror image (a bracket in right-to-left text) that reads as the character typed; `markAfter`, an
 * invisible direction mark (LRM or RLM) read after its rightmost glyph.
 */
export interface RunReading {
  mirrored?: boolean;
  markBefore?: 'ltr' | 'rtl';
  markAfter?: 'ltr' | 'rtl';
  /** The run sits at a right-to-left level: its separators read between RLMs (see `withLogicalText`). */
  rtl?: boolean;
}

/**
 * Pseudo font features that carry a `RunReading` through pdfmake and pdfkit (which hand a run's
 * features to the font untouched) to the text map. They never reach the shaper.
 */
const READING_FEATURES = {
  mirrored: 'assay-mirrored',
  rtl: 'assay-rtl',
  'before-ltr': 'assay-lrm-before',
  'before-rtl': 'assay-rlm-before',
  'after-ltr': 'assay-lrm-after',
  'after-rtl': 'assay-rlm-after',
} as const;
const ALL_READING_FEATURES = new Set<unknown>(Object.values(READING_FEATURES));

/** The pseudo features that ask for `reading`; empty when it asks for nothing. */
export function readingFeatures(reading: RunReading): string[] {
  const features: string[] = [];
  if (reading.mirrored) features.push(READING_FEATURES.mirrored);
  if (reading.rtl) features.push(READING_FEATURES.rtl);
  if (reading.markBefore) features.push(READING_FEATURES[`before-${reading.markBefore}`]);
  if (reading.markAfter) features.push(READING_FEATURES[`after-${reading.markAfter}`]);
  return features;
}

const DIRECTION_MARK = { ltr: 0x200e, rtl: 0x200f } as const;
/** Common and European number separators and terminators (UAX #9 classes CS, ES, ET). */
const SEPARATORS = '[,.:/\u060c\u00a0\u202f\u2044+\\-\u2212#$%\u00b0\u066a]';
const SEPARATOR = new RegExp(`^${SEPARATORS}$`, 'u');
const ANY_SEPARATOR = new RegExp(SEPARATORS, 'u');

/** Whether a right-to-left run needs its separators read between RLMs (`RunReading.rtl`). */
export function hasNumberSeparator(text: string): boolean {
  return ANY_SEPARATOR.test(text);
}

const bidi = bidiFactory();
const MARK = /^\p{M}$/u;
/** Characters drawn in place of others only to steer line breaking, read as what they replace. */
const READS_AS = new Map([[NO_BREAK_HYPHEN.codePointAt(0) ?? 0, 0x2d]]);

/** fontkit's font: `getGlyph` caches one glyph object per id. */
interface FontkitFont {
  getGlyph(id: number, characters?: number[]): ShapedGlyph | null;
}

/** The parts of pdfkit's `EmbeddedFont` (not exported by pdfkit) that the replacement uses. */
interface EmbeddedFont {
  font: FontkitFont;
  document: object;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layout(text: string, features?: unknown): { glyphs: ShapedGlyph[]; positions: unknown[] };
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  unicode: number[][];
  widths: number[];
  scale: number;
  encode(text: string, features?: unknown): [string[], unknown[]];
}

interface PdfKitDocument {
  font(src: string): unknown;
  _font: EmbeddedFont;
}

const PATCHED = Symbol.for('assay.glyphTextMap');

/** Per document: the characters it drew with the missing glyph (.notdef), which shows a box. */
const missing = new WeakMap<object, Set<string>>();

/** The characters `document` (a pdfkit document) has drawn as the missing-glyph box so far. */
export function missingGlyphsOf(document: object): string[] {
  return [...(missing.get(document) ?? [])];
}

/** Per embedded font: the subset id given to each (glyph, text) pair. */
const subsetIds = new WeakMap<EmbeddedFont, Map<string, number>>();
/** Per fontkit glyph: its stand-ins for the other letters it is shaped from. */
const readings = new WeakMap<ShapedGlyph, Map<string, ShapedGlyph>>();

/**
 * Makes every glyph in a report's fonts copy and search as the letters it was shaped from.
 *
 * pdfkit gives each font glyph one id in the embedded subset and maps that id to the text of the
 * first occurrence it meets. A glyph often stands for different letters: Noto Naskh Arabic draws
 * ب ت ث ن ي in medial form from one dotless skeleton and adds the dots as separate marks, so the
 * PDF's text map turned every ت on the page into whichever of them came first. Here the subset
 * gets one id per (glyph, letters) pair, duplicating the outline where a glyph has more than one
 * reading: the page looks the same and its ToUnicode map names the right letter everywhere.
 *
 * fontkit keeps one glyph object per glyph id and hands out the first one it made, with the letters
 * of that first use, whatever letters it is asked for later; the shaper's letters are lost there
 * too. `getGlyph` returns, where the letters differ, a stand-in that inherits everything from the
 * cached glyph and carries its own letters (one per reading, so metrics are computed once each).
 *
 * Neither pdfkit's font class nor fontkit's are exported, so the methods are replaced on their
 * prototypes, reached through a font opened once on a scratch document. Idempotent; affects only
 * the fontkit and pdfkit that pdfmake loads, which only the report uses.
 */
export function installGlyphTextMap(): void {
  const { prototype, fontkitFont } = fontPrototypes();
  if ((prototype as unknown as Record<symbol, boolean>)[PATCHED]) return;
  const cachedGlyph = fontkitFont.getGlyph;
  fontkitFont.getGlyph = function getGlyph(this: FontkitFont, id: number, characters: number[] = []) {
    const glyph = cachedGlyph.call(this, id, characters);
    return glyph && readingOf(glyph, characters);
  };
  const layoutRun = prototype.layoutRun;
  prototype.layoutRun = function layoutWithText(this: EmbeddedFont, text: string, features?: unknown) {
    const list = Array.isArray(features) ? (features as unknown[]) : [];
    const own = list.filter((feature) => !ALL_READING_FEATURES.has(feature));
    const run = layoutRun.call(
      this,
      text,
      own.length > 0 ? own : Array.isArray(features) ? undefined : features,
    );
    run.glyphs = withLogicalText(run, requestedReading(list));
    return run;
  };
  prototype.encode = function encode(this: EmbeddedFont, text: string, features?: unknown) {
    const { glyphs, positions } = this.layout(text, features);
    const codes = glyphs.map((glyph) => `0000${subsetIdOf(this, glyph).toString(16)}`.slice(-4));
    return [codes, positions];
  };
  Object.defineProperty(prototype, PATCHED, { value: true });
}

function subsetIdOf(font: EmbeddedFont, glyph: ShapedGlyph): number {
  let ids = subsetIds.get(font);
  if (!ids) {
    ids = new Map();
    subsetIds.set(font, ids);
  }
  const key = `${glyph.id}:${glyph.codePoints.join(',')}`;
  const known = ids.get(key);
  if (known !== undefined) return known;
  if (glyph.id === 0 && glyph.codePoints.length > 0) {
    let drawn = missing.get(font.document);
    if (!drawn) {
      drawn = new Set();
      missing.set(font.document, drawn);
    }
    drawn.add(String.fromCodePoint(...glyph.codePoints));
  }
  let id = font.subset.includeGlyph(glyph.id);
  const mapped = font.unicode[id];
  if (mapped !== undefined && !sameCodePoints(mapped, glyph.codePoints)) {
    // The outline is already in the subset for other letters: a second copy carries these.
    font.subset.glyphs.push(glyph.id);
    id = font.subset.glyphs.length - 1;
  }
  font.unicode[id] ??= glyph.codePoints;
  font.widths[id] ??= glyph.advanceWidth * font.scale;
  ids.set(key, id);
  return id;
}

/**
 * The run's glyphs, each reading as the text it stands for: a combining mark's letters join the
 * base glyph before it in logical order (shadda drawn over ر reads "رّ" from the ر, so text
 * extraction never splits a word at a mark), and a mirrored run reads as the unmirrored character.
 */
function withLogicalText(run: GlyphRun, reading: RunReading): ShapedGlyph[] {
  const texts = run.glyphs.map((glyph) =>
    glyph.codePoints.map((code) => READS_AS.get(code) ?? (reading.mirrored ? mirroredCodePoint(code) : code)),
  );
  const logical = run.glyphs.map((_, index) => index);
  if (run.direction === 'rtl') logical.reverse();
  let base = -1;
  for (const index of logical) {
    const text = texts[index] ?? [];
    if (text.length === 0) continue;
    if (base >= 0 && text.every((code) => MARK.test(String.fromCodePoint(code)))) {
      texts[base]?.push(...text);
      texts[index] = [];
    } else {
      base = index;
    }
  }
  // Extractors put a right-to-left line into reading order by reversing it character by character,
  // a glyph's own letters included: those are stored in the order they are drawn (visual).
  if (run.direction === 'rtl') for (const text of texts) text.reverse();
  // pdftotext counts number separators (, . : / ، + - and the like) with digits and keeps them in
  // left-to-right order: in Arabic text one between two words ended up beside the wrong word
  // ("و/أو" came out "أوو /"). Between RLMs it stays where it is drawn.
  if (reading.rtl) {
    for (const [index, text] of texts.entries()) {
      const only = text.length === 1 ? text[0] : undefined;
      if (only !== undefined && SEPARATOR.test(String.fromCodePoint(only)))
        texts[index] = [DIRECTION_MARK.rtl, only, DIRECTION_MARK.rtl];
    }
  }
  // A mark rides on the edge glyph: a glyph of its own would have no width and sit on top of its
  // neighbour, which extraction takes for a new word (it split "R" off "Remote").
  if (reading.markBefore) texts[0]?.unshift(DIRECTION_MARK[reading.markBefore]);
  if (reading.markAfter) texts[texts.length - 1]?.push(DIRECTION_MARK[reading.markAfter]);
  return run.glyphs.map((glyph, index) => readingOf(glyph, texts[index] ?? []));
}

/** The `RunReading` that pseudo features ask for. */
function requestedReading(features: readonly unknown[]): RunReading {
  const mark = (side: 'before' | 'after') =>
    features.includes(READING_FEATURES[`${side}-ltr`])
      ? 'ltr'
      : features.includes(READING_FEATURES[`${side}-rtl`])
        ? 'rtl'
        : undefined;
  const markBefore = mark('before');
  const markAfter = mark('after');
  return {
    ...(features.includes(READING_FEATURES.mirrored) ? { mirrored: true } : {}),
    ...(features.includes(READING_FEATURES.rtl) ? { rtl: true } : {}),
    ...(markBefore ? { markBefore } : {}),
    ...(markAfter ? { markAfter } : {}),
  };
}

function mirroredCodePoint(code: number): number {
  return bidi.getMirroredCharacter(String.fromCodePoint(code))?.codePointAt(0) ?? code;
}

function readingOf(glyph: ShapedGlyph, characters: number[]): ShapedGlyph {
  if (sameCodePoints(glyph.codePoints, characters)) return glyph;
  let known = readings.get(glyph);
  if (!known) {
    known = new Map();
    readings.set(glyph, known);
  }
  const key = characters.join(',');
  let reading = known.get(key);
  if (!reading) {
    reading = Object.create(glyph, {
      codePoints: { value: [...characters], enumerable: true },
    }) as ShapedGlyph;
    known.set(key, reading);
  }
  return reading;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function fontPrototypes(): { prototype: EmbeddedFont; fontkitFont: FontkitFont } {
  // The pdfkit that pdfmake itself loads, not a second copy.
  const fromPdfmake = createRequire(dirname(runtimeRequire.resolve('pdfmake/package.json')) + '/');
  const PDFDocument = fromPdfmake('pdfkit') as new (options: object) => PdfKitDocument;
  const scratch = new PDFDocument({ autoFirstPage: false });
  scratch.font(reportFontFiles().NotoSans.normal);
  return {
    prototype: Object.getPrototypeOf(scratch._font) as EmbeddedFont,
    fontkitFont: Object.getPrototypeOf(scratch._font.font) as FontkitFont,
  };
}
