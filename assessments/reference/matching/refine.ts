import { resolveCountry } from '../countryResolver';
import type { EntryType, ListEntry } from '../types';

/** What a party adds to its name: each narrows or widens which listed records can be it. */
export interface PartyDetails {
  type?: EntryType;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  birthDate?: string;
  /** ISO 3166-1 alpha-2 codes: nationality, citizenship or country of registration. */
  countries?: readonly string[];
  /** Passport, national ID, registration or IMO numbers, as written. */
  identifiers?: readonly string[];
}

const TYPE_AGREES = 0.02;
const SAME_BIRTH_DATE = 0.05;
const SAME_BIRTH_YEAR = 0.03;
const COUNTRY_AGREES = 0.02;

/**
 * The most the bonuses below add to a name score: the index leaves out names that cannot reach
 * the threshold even with all of them (an identifier match is looked up on its own).
 */
export const MAX_REFINEMENT_GAIN = TYPE_AGREES + SAME_BIRTH_DATE + COUNTRY_AGREES;

/** An identifier on both sides is near proof: the score it gives however the names compare. */
const IDENTIFIER_SCORE = 0.97;

/**
 * Entity type, birth date, country and identifiers, where both sides give them, move the name score
 * up or down, in the manner of penalties rather than vetoes: a listed birth year or nationality is
 * often wrong or one of several, so a disagreement lowers the score without ruling the record out.
 */
export function refine(
  nameScore: number,
  nameFeatures: readonly string[],
  query: PartyDetails,
  entry: ListEntry,
  entryCountries: readonly string[],
  entryIdentifiers: readonly string[],
): { score: number; features: string[] } {
  let score = nameScore;
  const features = [...nameFeatures];
  if (query.type && entry.type !== 'unknown') {
    if (query.type === entry.type) {
      score += TYPE_AGREES;
      features.push('type-matches');
    } else {
      score *= 0.8;
      features.push('type-differs');
    }
  }
  if (query.birthDate && entry.birthDates.length > 0) {
    const verdict = compareBirthDates(query.birthDate, entry.birthDates);
    if (verdict === 'exact') {
      score += SAME_BIRTH_DATE;
      features.push('birth-date-matches');
    } else if (verdict === 'year') {
      score += SAME_BIRTH_YEAR;
      features.push('birth-year-matches');
    } else if (verdict === 'differs') {
      score -= 0.15;
      features.push('birth-date-differs');
    }
  }
  if (query.countries && query.countries.length > 0 && entryCountries.length > 0) {
    if (query.countries.some((code) => entryCountries.includes(code))) {
      score += COUNTRY_AGREES;
      features.push('country-matches');
    } else {
      score -= 0.1;
      features.push('country-differs');
    }
  }
  if (query.identifiers && query.identifiers.length > 0 && entryIdentifiers.length > 0) {
    const keys = new Set(entryIdentifiers);
    if (query.identifiers.some((value) => identifierKeysOf(value).some((key) => keys.has(key)))) {
      score = Math.max(score, IDENTIFIER_SCORE);
      features.push('identifier-matches');
    }
  }
  return { score: Math.max(0, Math.min(1, score)), features };
}

/**
 * Whether a birth date matches listed ones: the same date (or the query's month within one), the
 * same year (or a year within a listed range such as `1960/1965`), or none of them.
 */
export function compareBirthDates(
  query: string,
  listed: readonly string[],
): 'exact' | 'year' | 'differs' | 'unknown' {
  const year = Number(query.slice(0, 4));
  let known = false;
  let sameYear = false;
  for (const value of listed) {
    if (value === query || (query.length > 4 && value.startsWith(query))) return 'exact';
    const range = /^(\d{4})(?:\/(\d{4}))?/u.exec(value);
    if (!range) continue;
    known = true;
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (year >= from && year <= to) sameYear = true;
  }
  if (sameYear) return 'year';
  return known ? 'differs' : 'unknown';
}

/** ISO codes of an entry's nationalities, as far as their names resolve. */
export function entryCountryCodes(entry: ListEntry): string[] {
  const codes = new Set<string>();
  for (const nationality of entry.nationalities) {
    const code = /^[A-Z]{2}$/u.test(nationality) ? nationality : resolveCountry(nationality);
    if (code) codes.add(code);
  }
  return [...codes];
}

/** Separators inside a number ("A-123 456", "12.345.678/0001") carry no meaning. */
const compactId = (text: string) => text.toUpperCase().replace(/[\s\-./]+/gu, '');

/**
 * The comparable numbers in an identifier's text: listed identifiers are free text ("Passport
 * A1234567 (Iran) issued 2004", "IMO 9187629"), so every word with a digit, and runs of such words
 * written with spaces ("12 345 678"), count; short numbers (under five characters) are too likely
 * to coincide to prove anything.
 */
export function identifierKeysOf(text: string): string[] {
  const keys = new Set<string>();
  // "A-123 4567" is one number; "No. 1234" is a word and a short number.
  const whole = compactId(text);
  const hasWord = /(^|[\s,;:()])[A-Za-z]{2,}\.?(?=$|[\s,;:()])/u.test(text);
  if (!hasWord && /^[A-Z0-9]+$/u.test(whole) && /\d/u.test(whole) && whole.length >= 5) keys.add(whole);
  const words = text.split(/[\s,;:()[\]]+/u).map(compactId);
  let run = '';
  for (const word of [...words, '']) {
    if (/\d/u.test(word) && /^[A-Z0-9]+$/u.test(word)) {
      if (word.length >= 5) keys.add(word);
      run += word;
      continue;
    }
    if (run.length >= 5) keys.add(run);
    run = '';
  }
  return [...keys];
}

/** Every comparable number an entry lists. */
export function entryIdentifierKeys(entry: ListEntry): string[] {
  return [...new Set(entry.identifiers.flatMap(identifierKeysOf))];
}
