/**
 * Comparing a name written in Arabic script with a Latin spelling of it. Arabic script writes
 * consonants and long vowels (ا و ي) but not short vowels; Latin spellings write every vowel they
 * hear and disagree on consonants (Qasim/Kasim, Shafiq/Chafik, Dhahir/Zahir). A Latin short vowel
 * may therefore go unwritten, while an Arabic long vowel must answer to a vowel in the Latin
 * spelling: محمد answers to Muhammad and Mohamed, محمود to Mahmud but not to Muhammad, نصار (with
 * its alif) to Nassar but not to Nasr.
 *
 * Both sides are reduced to one character a sound:
 *   consonants in classes (k for q/k/c, x for kh, $ for sh/ch, z for z/dh, t for t/th, g for gh),
 *   `A` an Arabic alif or alif maqsura, `w`/`y` the Arabic long vowels (or those consonants), `H` a
 *   final ta marbuta; on the Latin side a/e/i/o/u short vowels, `W` a written long u (ou, oo, uu)
 *   and `Y` a written long i (ee, ii, ei, ai).
 */

/** Marks an alif before transliteration, so it survives as a letter (any-ascii drops it). */
export const ALIF_MARK = '9';
export const ALIFS = /[\u0627\u0623\u0625\u0622\u0649\u0671]/gu;

const CONSONANT_DIGRAPHS: readonly [RegExp, string][] = [
  [/kh/gu, 'x'],
  [/sh|ch/gu, '$'],
  [/th/gu, 't'],
  [/dh/gu, 'z'],
  [/gh/gu, 'g'],
  [/zh/gu, 'j'],
  [/ph/gu, 'f'],
  [/dj/gu, 'j'],
  [/ck/gu, 'k'],
  [/[qc]/gu, 'k'],
];

function consonantClasses(token: string): string {
  let text = token.replace(/x/gu, 'ks');
  for (const [pattern, replacement] of CONSONANT_DIGRAPHS) text = text.replace(pattern, replacement);
  return text;
}

/** The sounds of a token transliterated from Arabic script (alifs marked with ALIF_MARK). */
export function abjadUnits(token: string): string {
  const sounds = consonantClasses(token)
    .replaceAll(ALIF_MARK, 'A')
    .replace(/[aeiou0-8]/gu, '');
  const single = sounds.replace(/([^A])\1+/gu, '$1');
  return single.length > 2 ? single.replace(/h$/u, 'H') : single;
}

/** The sounds of a Latin token. */
export function latinUnits(token: string): string {
  const sounds = consonantClasses(
    token
      .replace(/ou|oo|uu/gu, 'W')
      .replace(/ee|ii|ei|ai/gu, 'Y')
      .replace(/[0-9]/gu, ''),
  );
  return sounds.replace(/([^aeiou])\1+/gu, '$1');
}

const SHORT_VOWELS = 'aeiou';

/** Cost of leaving a Latin sound without an Arabic counterpart. */
function latinAlone(sound: string): number {
  if (SHORT_VOWELS.includes(sound)) return 0;
  if (sound === 'y' || sound === 'w') return 0.5;
  return 1;
}

/** Cost of leaving an Arabic sound without a Latin counterpart. */
function abjadAlone(sound: string, last: boolean): number {
  if (sound === 'H') return 0;
  if (sound === 'A' && last) return 0.5;
  return 1;
}

/** Cost of reading Latin sound `latin` as Arabic sound `abjad`. */
function substitution(latin: string, abjad: string): number {
  if (abjad === 'H') return latin === 'h' ? 0 : SHORT_VOWELS.includes(latin) ? 0 : 1;
  if (latin === abjad) return 0;
  if (abjad === 'A') return latin === 'a' ? 0 : SHORT_VOWELS.includes(latin) ? 0.5 : 1;
  if (abjad === 'y') return latin === 'i' || latin === 'e' || latin === 'Y' ? 0 : 1;
  if (abjad === 'w') return latin === 'u' || latin === 'o' || latin === 'W' ? 0 : 1;
  if ((latin === 'g' && abjad === 'j') || (latin === 'j' && abjad === 'g')) return 0.5;
  if ((latin === 'h' && abjad === 'x') || (latin === 'x' && abjad === 'h')) return 0.5;
  return 1;
}

let row = new Float64Array(32);
let previous = new Float64Array(32);

/**
 * How well a Latin token spells an Arabic-script token, 0…1: one minus the cheapest alignment's
 * cost over the number of Arabic sounds. Short tokens get no benefit of the doubt.
 */
export function abjadSpellingSimilarity(abjad: string, latin: string): number {
  const n = abjad.length;
  const m = latin.length;
  if (n === 0 || m === 0) return 0;
  if (row.length < n + 1) {
    row = new Float64Array((n + 1) * 2);
    previous = new Float64Array((n + 1) * 2);
  }
  previous[0] = 0;
  for (let j = 1; j <= n; j += 1)
    previous[j] = (previous[j - 1] as number) + abjadAlone(abjad[j - 1] as string, j === n);
  for (let i = 1; i <= m; i += 1) {
    const sound = latin[i - 1] as string;
    row[0] = (previous[0] as number) + latinAlone(sound);
    for (let j = 1; j <= n; j += 1) {
      const other = abjad[j - 1] as string;
      row[j] = Math.min(
        (previous[j - 1] as number) + substitution(sound, other),
        (previous[j] as number) + latinAlone(sound),
        (row[j - 1] as number) + abjadAlone(other, j === n),
      );
    }
    [row, previous] = [previous, row];
  }
  const cost = previous[n] as number;
  return Math.max(0, 1 - cost / Math.max(n, 3));
}

/** The first two consonants of a token's sounds (vowels, long vowels and a final ta marbuta left out). */
export function soundHead(units: string): string {
  return units.replace(/[aeiouAwyWYH]/gu, '').slice(0, 2);
}
