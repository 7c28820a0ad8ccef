/**
 * Text for a standard-14 Helvetica with WinAnsiEncoding: what a PDF can draw without embedding a
 * font. Only Windows-1252 characters are drawable; widths are Helvetica's AFM metrics (1/1000 em).
 */

/** Helvetica widths for ASCII 32–126. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Windows-1252 bytes 0x80–0x9F that are not Latin-1, with their Helvetica widths. */
const CP1252_EXTRA: ReadonlyMap<string, [number, number]> = new Map([
  ['€', [0x80, 556]],
  ['‚', [0x82, 222]],
  ['ƒ', [0x83, 556]],
  ['„', [0x84, 333]],
  ['…', [0x85, 1000]],
  ['†', [0x86, 556]],
  ['‡', [0x87, 556]],
  ['ˆ', [0x88, 333]],
  ['‰', [0x89, 1000]],
  ['Š', [0x8a, 667]],
  ['‹', [0x8b, 333]],
  ['Œ', [0x8c, 1000]],
  ['Ž', [0x8e, 611]],
  ['‘', [0x91, 222]],
  ['’', [0x92, 222]],
  ['“', [0x93, 333]],
  ['”', [0x94, 333]],
  ['•', [0x95, 350]],
  ['–', [0x96, 556]],
  ['—', [0x97, 1000]],
  ['˜', [0x98, 333]],
  ['™', [0x99, 1000]],
  ['š', [0x9a, 500]],
  ['›', [0x9b, 333]],
  ['œ', [0x9c, 944]],
  ['ž', [0x9e, 500]],
  ['Ÿ', [0x9f, 667]],
]);

export const ELLIPSIS = '…';

/** The WinAnsi byte for a character, or null when Helvetica/WinAnsi cannot draw it. */
export function winAnsiByte(char: string): number | null {
  const code = char.codePointAt(0) ?? 0;
  if (char.length === 1 && ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))) return code;
  return CP1252_EXTRA.get(char)?.[0] ?? null;
}

/** Width of one drawable character in 1/1000 em; accented letters take their base letter's width. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20] ?? 556;
  const extra = CP1252_EXTRA.get(char);
  if (extra) return extra[1];
  const base = char.normalize('NFD').codePointAt(0) ?? 0;
  if (base >= 0x20 && base <= 0x7e) return ASCII_WIDTHS[base - 0x20] ?? 556;
  return 556;
}

/** Width in points of `text` (drawable characters only) at `size`. */
export const textWidth = (text: string, size: number): number =>
  ([...text].reduce((sum, char) => sum + charWidth(char), 0) * size) / 1000;

/**
 * The drawable start of `text`: everything up to the first character WinAnsi lacks, with an
 * ellipsis where the rest was left out (the full text is kept elsewhere, e.g. in /Reason).
 */
export function drawablePrefix(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  const stop = chars.findIndex((char) => winAnsiByte(char) === null);
  return stop < 0 ? chars.join('') : `${chars.slice(0, stop).join('').trimEnd()}${ELLIPSIS}`;
}

/** A PDF literal string of drawable text, in WinAnsi bytes written as octal escapes when not ASCII. */
export function winAnsiLiteral(text: string): string {
  let out = '(';
  for (const char of text) {
    const byte = winAnsiByte(char) ?? 0x3f;
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${char}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}
