/** U+2011, drawn like a hyphen but never a line break. */
export const NO_BREAK_HYPHEN = '\u2011';

/**
 * `text` with every hyphen between two letters or digits made unbreakable. A line that ends in a
 * hyphen is taken by text extraction (pdftotext) for a word hyphenated by the typesetter and joined
 * to the next line without it, so "sub-national" split there would be found as "subnational". The
 * glyph drawn reads back as the hyphen-minus typed (see `glyphTextMap`).
 */
export function withNoBreakHyphens(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, NO_BREAK_HYPHEN);
}

/**
 * `text` as typed, for the bidi algorithm: U+2011 is a neutral where the hyphen-minus is a number
 * separator, so "2026-01-15" would run right to left in an Arabic line. Same length, same indices.
 */
export function asTyped(text: string): string {
  return text.replaceAll(NO_BREAK_HYPHEN, '-');
}
