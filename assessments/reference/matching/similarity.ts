import { jaroWinkler } from './jaroWinkler';
import type { NameForm } from './nameForm';

/** Token pairs less similar than this count as not matching at all. */
const TOKEN_FLOOR = 0.88;

export interface NameSimilarity {
  score: number;
  features: string[];
}

/**
 * How well a listed name answers a query name, 0…1. The query's tokens weigh more than the listed
 * name's (a query that omits a middle name still matches), token order is ignored, and names
 * written in Arabic script on either side are also compared by their consonants.
 */
export function compareNames(query: NameForm, listed: NameForm): NameSimilarity {
  const features: string[] = [];
  const tokenScore = tokenSetScore(query.tokens, listed.tokens);
  let score = tokenScore;
  let best = 'token-set';
  // Names split into words differently ("Abdulkhaliq" / "Abd al-Khaliq", 金铁三 / "Jin Tiesan")
  // compare as one word; with the same number of words the token set already decides.
  const split = Math.abs(query.tokens.length - listed.tokens.length);
  if (score < 0.95 && split >= 1 && split <= 2 && query.compact.length > 3) {
    const compact = 0.95 * jaroWinkler(query.compact, listed.compact);
    if (compact > score) {
      score = compact;
      best = 'joined-name';
    }
  }
  // Arabic script writes no short vowels, and Latin spellings of Arabic names disagree on them
  // (Hizballah, Hezbollah): compare consonants too, trusting them less between two Latin names.
  const abjad = query.abjad || listed.abjad;
  const weight = abjad ? 0.95 : 0.88;
  if (score < weight && (abjad || query.skeletonCompact.length >= 4)) {
    const consonants = weight * tokenSetScore(query.skeletons, listed.skeletons, 0.9);
    const joined =
      query.skeletonCompact.length >= 4
        ? (weight - 0.02) * jaroWinkler(query.skeletonCompact, listed.skeletonCompact)
        : 0;
    if (Math.max(consonants, joined) > score) {
      score = Math.max(consonants, joined);
      best = 'consonant-skeleton';
    }
  }
  features.push(best);
  if (query.transliterated || listed.transliterated) features.push('transliterated');
  if (tokenScore === 1 && query.tokens.join(' ') !== listed.tokens.join(' ')) features.push('word-order');
  return { score: Math.min(1, score), features };
}

let matrix = new Float64Array(256);

/**
 * Soft token-set similarity: each token's best Jaro-Winkler partner on the other side (pairs under
 * `floor` count as no match), weighted by token length; the query's coverage weighs 0.7 and the
 * listed name's 0.3.
 */
export function tokenSetScore(
  query: readonly string[],
  listed: readonly string[],
  floor = TOKEN_FLOOR,
): number {
  const rows = query.length;
  const columns = listed.length;
  if (rows === 0 || columns === 0) return 0;
  if (matrix.length < rows * columns) matrix = new Float64Array(rows * columns * 2);
  for (let i = 0; i < rows; i += 1) {
    const token = query[i] as string;
    for (let j = 0; j < columns; j += 1) {
      const other = listed[j] as string;
      const value = token === other ? 1 : jaroWinkler(token, other);
      matrix[i * columns + j] = value >= floor ? value : 0;
    }
  }
  let queryTotal = 0;
  let queryWeight = 0;
  for (let i = 0; i < rows; i += 1) {
    let best = 0;
    for (let j = 0; j < columns; j += 1) best = Math.max(best, matrix[i * columns + j] as number);
    const length = (query[i] as string).length;
    queryTotal += best * length;
    queryWeight += length;
  }
  let listedTotal = 0;
  let listedWeight = 0;
  for (let j = 0; j < columns; j += 1) {
    let best = 0;
    for (let i = 0; i < rows; i += 1) best = Math.max(best, matrix[i * columns + j] as number);
    const length = (listed[j] as string).length;
    listedTotal += best * length;
    listedWeight += length;
  }
  return 0.7 * (queryTotal / queryWeight) + 0.3 * (listedTotal / listedWeight);
}
