import { MIN_PASSPHRASE_LENGTH } from '../../../assessments/workspace/schemas';

export type StrengthLevel = 'tooShort' | 'weak' | 'fair' | 'strong';

export interface PassphraseStrength {
  level: StrengthLevel;
  /** Rough upper bound on guessing work, in bits; shown only as a bar, never as a promise. */
  bits: number;
}

/** Thresholds in bits: below FAIR is weak, from STRONG up is strong. */
export const FAIR_BITS = 60;
export const STRONG_BITS = 80;

const CLASSES: ReadonlyArray<{ test: RegExp; size: number }> = [
  { test: /[a-z]/, size: 26 },
  { test: /[A-Z]/, size: 26 },
  { test: /[0-9]/, size: 10 },
  // Space and ASCII punctuation.
  { test: /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/, size: 33 },
  // Letters outside ASCII (Arabic, Cyrillic, accented Latin…): a conservative alphabet size.
  { test: /[^\p{ASCII}]/u, size: 40 },
];

/**
 * An honest, simple estimate from length and character classes: log2(alphabet) bits per
 * character, but a character that repeats or continues a run (aaa, abc, 123, cba) counts for one
 * bit only. It ignores dictionaries, so it overrates passwords like "Password123!"; the levels are
 * set high enough that such inputs still land on weak or fair.
 */
export function estimatePassphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase];
  const alphabet = CLASSES.reduce((sum, { test, size }) => (test.test(passphrase) ? sum + size : sum), 0);
  const perChar = alphabet > 0 ? Math.log2(alphabet) : 0;
  let bits = 0;
  chars.forEach((char, index) => {
    bits += index > 0 && isPredictable(chars[index - 1] ?? '', char, chars[index - 2]) ? 1 : perChar;
  });
  bits = Math.round(bits);
  if (chars.length < MIN_PASSPHRASE_LENGTH) return { level: 'tooShort', bits };
  if (bits < FAIR_BITS) return { level: 'weak', bits };
  if (bits < STRONG_BITS) return { level: 'fair', bits };
  return { level: 'strong', bits };
}

function isPredictable(previous: string, current: string, beforePrevious: string | undefined): boolean {
  if (current === previous) return true;
  const step = codePoint(current) - codePoint(previous);
  if (Math.abs(step) !== 1) return false;
  // "ab" alone is ordinary text; a third step in the same direction makes it a run.
  return beforePrevious !== undefined && codePoint(previous) - codePoint(beforePrevious) === step;
}

function codePoint(char: string): number {
  return char.codePointAt(0) ?? 0;
}
