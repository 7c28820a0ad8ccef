import type { Content } from 'pdfmake/interfaces';
import type { TextMeasurer } from '../bidi/fontMetrics';
import type { ReportContext } from './reportContext';

/**
 * A certificate fingerprint as people compare it: upper-case hex in groups of four. Separators and
 * case in the input ("3f:a9:…", "3fa9…") do not matter.
 */
export function fingerprintGroups(fingerprint: string): string[] {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.match(/.{1,4}/g) ?? [];
}

export function groupedFingerprint(fingerprint: string): string {
  return fingerprintGroups(fingerprint).join(' ');
}

/**
 * The groups on the fewest lines that `fits`, spread evenly (8 + 8 rather than 13 + 3), so a line
 * only ever ends between two groups. A single group is never split, even if it does not fit.
 */
export function fingerprintLines(fingerprint: string, fits: (line: string) => boolean): string[] {
  const groups = fingerprintGroups(fingerprint);
  for (let count = 1; count < groups.length; count++) {
    const perLine = Math.ceil(groups.length / count);
    const lines: string[] = [];
    for (let start = 0; start < groups.length; start += perLine)
      lines.push(groups.slice(start, start + perLine).join(' '));
    if (lines.every(fits)) return lines;
  }
  return groups;
}

/**
 * The fingerprint as lines of `width` at `size`, each drawn as it is (no wrapping by pdfmake), on
 * the side where the document's lines start. Hex reads left to right in every language.
 */
export function fingerprintBlock(
  ctx: ReportContext,
  fonts: TextMeasurer,
  fingerprint: string,
  width: number,
  size: number,
): Content {
  const fits = (line: string) => fonts.width(line, 'NotoSans', false, size) <= width - 1;
  return {
    stack: fingerprintLines(fingerprint, fits).map((line) => ({
      text: line,
      font: 'NotoSans',
      fontSize: size,
      noWrap: true,
      alignment: ctx.direction === 'rtl' ? 'right' : 'left',
    })),
  };
}
