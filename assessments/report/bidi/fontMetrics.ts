import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { reportFontFiles, runtimeRequire, type FontFamily } from '../fonts';

/** The part of a fontkit font the layout needs. */
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { advanceWidth: number };
}

interface Fontkit {
  openSync(path: string): FontkitFont | { fonts: FontkitFont[] };
}

/** Bounds the memory the word cache of a long-running process may hold. */
const MAX_CACHED_WORDS = 200_000;

/** Measures text exactly as the PDF renderer will lay it out. */
export interface TextMeasurer {
  /** Width in points of `text` set in one font. */
  width(text: string, family: FontFamily, bold: boolean, size: number): number;
  hasGlyph(codePoint: number, family: FontFamily): boolean;
}

/**
 * Metrics from the very font files and the very fontkit build pdfmake renders with, so that lines
 * broken here fit exactly when pdfmake sets them. pdfkit shapes text word by word (it splits at
 * spaces and tabs) and sums the advances; this does the same.
 */
export class FontMetrics implements TextMeasurer {
  private readonly fonts = new Map<string, FontkitFont>();
  /** Shaped advance (font units) of each word already laid out, per font file. */
  private readonly widths = new Map<FontkitFont, Map<string, number>>();
  private cachedWords = 0;
  private readonly fontkit: Fontkit;
  private readonly files = reportFontFiles();

  constructor() {
    const requireFromPdfmake = createRequire(dirname(runtimeRequire.resolve('pdfmake/package.json')) + '/');
    this.fontkit = requireFromPdfmake('fontkit') as Fontkit;
  }

  width(text: string, family: FontFamily, bold: boolean, size: number): number {
    const font = this.font(family, bold);
    let units = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i += 1) {
      if (i === text.length || text[i] === ' ' || text[i] === '\t') {
        const end = i === text.length ? i : i + 1;
        if (end > start) units += this.segmentWidth(font, text.slice(start, end));
        start = end;
      }
    }
    return (units / font.unitsPerEm) * size;
  }

  hasGlyph(codePoint: number, family: FontFamily): boolean {
    return this.font(family, false).hasGlyphForCodePoint(codePoint);
  }

  private segmentWidth(font: FontkitFont, segment: string): number {
    let widths = this.widths.get(font);
    if (!widths) {
      widths = new Map();
      this.widths.set(font, widths);
    }
    let width = widths.get(segment);
    if (width === undefined) {
      // Shaping is the costly part of a report's layout; words recur, so each is shaped once.
      if (this.cachedWords >= MAX_CACHED_WORDS) {
        for (const map of this.widths.values()) map.clear();
        this.cachedWords = 0;
      }
      width = font.layout(segment).advanceWidth;
      widths.set(segment, width);
      this.cachedWords += 1;
    }
    return width;
  }

  private font(family: FontFamily, bold: boolean): FontkitFont {
    const path = bold ? this.files[family].bold : this.files[family].normal;
    let font = this.fonts.get(path);
    if (!font) {
      const opened = this.fontkit.openSync(path);
      font = 'fonts' in opened ? opened.fonts[0] : opened;
      if (!font) throw new Error(`${path} holds no font`);
      this.fonts.set(path, font);
    }
    return font;
  }
}

let shared: FontMetrics | undefined;

/**
 * One set of metrics for every report this process builds: opening the fonts and parsing their
 * layout tables costs as much as shaping a short report, and shaped words carry over.
 */
export function sharedFontMetrics(): FontMetrics {
  shared ??= new FontMetrics();
  return shared;
}
