import type { FontFamily } from '../fonts';
import type { TextMeasurer } from './fontMetrics';

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const ARABIC = /\p{Script=Arabic}/u;
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
/** Characters fontkit counts as belonging to no script when it detects a run's script. */
const SCRIPTLESS = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** Whether the text holds any right-to-left letter (then it needs the bidi layout). */
export function hasRtl(text: string): boolean {
  return RTL_LETTER.test(text);
}

/**
 * Whether fontkit will lay this run out right to left, reversing its glyphs: it takes the script
 * of the first character that has one, and reverses runs of right-to-left scripts.
 */
export function shaperReverses(text: string): boolean {
  for (const char of text) {
    if (SCRIPTLESS.test(char)) continue;
    return RTL_LETTER.test(char);
  }
  return false;
}

/** The document's main family: it sets Latin text, punctuation and digits. */
export function primaryFamily(locale: string): FontFamily {
  if (locale === 'ar') return 'NotoNaskhArabic';
  if (locale === 'zh') return 'NotoSansSC';
  return 'NotoSans';
}

/**
 * Size of each family relative to the paragraph's: Naskh draws its letters small for their em, so
 * Arabic set at the Latin size looks a size smaller than the Latin beside it.
 */
const FAMILY_SCALE: Record<FontFamily, number> = { NotoSans: 1, NotoNaskhArabic: 1.15, NotoSansSC: 1 };

/**
 * `FAMILY_SCALE` in a document whose main family is `primary`. In an Arabic document the other
 * families come within 5 % of Naskh's size: text extraction (pdftotext) starts a new block where
 * the font size of two lines differs by more, and then reads a table cell whose second line is
 * mostly Latin after the cell beside it.
 */
export function familyScale(family: FontFamily, primary: FontFamily): number {
  if (primary === 'NotoNaskhArabic' && family !== primary) return 1.12;
  return FAMILY_SCALE[family];
}

const FALLBACK: readonly FontFamily[] = ['NotoSans', 'NotoSansSC', 'NotoNaskhArabic'];

/**
 * The family for one character: Arabic letters in Naskh, Chinese in Sans SC, the rest in the
 * document's family; characters without a script stay in the family of the text around them, so
 * punctuation and spaces do not split runs; a family without the glyph falls back to one with it.
 */
export function familyFor(
  char: string,
  previous: FontFamily | null,
  primary: FontFamily,
  fonts: TextMeasurer,
): FontFamily {
  const codePoint = char.codePointAt(0) ?? 0;
  let wanted: FontFamily;
  if (ARABIC.test(char) && !SCRIPTLESS.test(char)) wanted = 'NotoNaskhArabic';
  else if (CJK.test(char)) wanted = 'NotoSansSC';
  else if (SCRIPTLESS.test(char) && previous) wanted = previous;
  else wanted = primary === 'NotoNaskhArabic' ? 'NotoSans' : primary;
  if (fonts.hasGlyph(codePoint, wanted)) return wanted;
  return FALLBACK.find((family) => fonts.hasGlyph(codePoint, family)) ?? wanted;
}
