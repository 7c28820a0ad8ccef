/**
 * Which words and names may be compared at all. Two words count as similar only when they share a
 * key here, and the screening index finds entries by exactly these keys: so an index search finds
 * every entry a comparison with every entry would (index and scan are equal by construction, not
 * by chance).
 */

/** Words of the same script: the same first two letters, or (four letters or more) the same last three. */
export function wordKeys(word: string, consonants: string): string[] {
  const keys = [`a:${word.slice(0, 2)}`];
  if (word.length >= 4) keys.push(`z:${word.slice(-3)}`);
  if (consonants.length >= VOWELLESS_MIN) keys.push(`k:${consonants}`);
  return keys;
}

export function wordsMayPair(a: string, b: string): boolean {
  if (a.slice(0, 2) === b.slice(0, 2)) return true;
  return a.length >= 4 && b.length >= 4 && a.slice(-3) === b.slice(-3);
}

/**
 * Latin spellings of one name disagree on vowels (Hezbollah / Hizballah): words with the same
 * consonants, four or more of them, also pair.
 */
export const VOWELLESS_MIN = 4;

/** Spellings of one given name (see nameEquivalents). */
export const groupKey = (group: string) => `n:${group}`;

/** A word in Arabic script and a Latin spelling of it: the same first two consonant sounds. */
export const soundKey = (head: string) => `x:${head}`;

/**
 * Names written together ("Abdulkhaliq" / "Abd al-Khaliq"): similar lengths, the same first three
 * and last two letters.
 */
export const JOINED_LENGTH_RATIO = 0.85;

export function joinedKey(compact: string, length = compact.length): string {
  return `j:${compact.slice(0, 3)}${compact.slice(-2)}:${length}`;
}

/** Every length a joined name of `length` letters may be compared with. */
export function joinedLengths(length: number): number[] {
  const lengths: number[] = [];
  for (let other = Math.ceil(JOINED_LENGTH_RATIO * length); other * JOINED_LENGTH_RATIO <= length; other += 1)
    lengths.push(other);
  return lengths;
}

export function joinedMayPair(a: string, b: string): boolean {
  return (
    a.slice(0, 3) === b.slice(0, 3) &&
    a.slice(-2) === b.slice(-2) &&
    Math.min(a.length, b.length) >= JOINED_LENGTH_RATIO * Math.max(a.length, b.length)
  );
}

/** A one-word Latin name and a name in Arabic script written together (Hizballah / حزب الله). */
export const joinedSoundKey = (head: string) => `y:${head}`;

/** A one-word alias matches only when written exactly. */
export const weakKey = (compact: string) => `w:${compact}`;

/** A listed identifier. */
export const identifierKey = (key: string) => `i:${key}`;
