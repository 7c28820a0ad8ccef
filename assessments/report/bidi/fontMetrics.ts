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
  private readonly widths = new Map<string, number>();
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
        if (end > start) units += this.segmentWidth(font, `${family}/${bold}`, text.slice(start, end));
        start = end;
      }
    }
    return (units / font.unitsPerEm) * size;
  }

  hasGlyph(codePoint: number, family: FontFamily): boolean {
    return this.font(family, false).hasGlyphForCodePoint(codePoint);
  }

  private segmentWidth(font: FontkitFont, key: string, segment: string): number {
    const cacheKey = `${key}\u0000${segment}`;
    let width = this.widths.get(cacheKey);
    if (width === undefined) {
      width = font.layout(segment).advanceWidth;
      this.widths.set(cacheKey, width);
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
