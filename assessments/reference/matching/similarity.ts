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
  if (Math.abs(query.tokens.length - listed.tokens.length) <= 1 && query.compact.length > 3) {
    const compact = 0.95 * jaroWinkler(query.compact, listed.compact);
    if (compact > score) {
      score = compact;
      best = 'joined-name';
    }
  }
  // Arabic script writes no short vowels, and Latin spellings of Arabic names disagree on them
  // (Hizballah, Hezbollah): compare consonants too, trusting them less between two Latin names.
  const abjad = query.abjad || listed.abjad;
  if (abjad || query.skeletonCompact.length >= 4) {
    const weight = abjad ? 0.95 : 0.88;
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

export function tokenSetScore(
  query: readonly string[],
  listed: readonly string[],
  floor = TOKEN_FLOOR,
): number {
  if (query.length === 0 || listed.length === 0) return 0;
  return 0.7 * coverage(query, listed, floor) + 0.3 * coverage(listed, query, floor);
}

function coverage(from: readonly string[], to: readonly string[], floor: number): number {
  let total = 0;
  let weight = 0;
  for (const token of from) {
    let best = 0;
    for (const other of to) {
      const value = token === other ? 1 : jaroWinkler(token, other);
      if (value > best) best = value;
      if (best === 1) break;
    }
    total += best >= floor ? best * token.length : 0;
    weight += token.length;
  }
  return weight === 0 ? 0 : total / weight;
}
