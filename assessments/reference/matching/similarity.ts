import { abjadSpellingSimilarity } from './abjadSpelling';
import { joinedMayPair, VOWELLESS_MIN, wordsMayPair } from './blockingKeys';
import { jaroWinkler } from './jaroWinkler';
import { oneEditApart } from './oneEditApart';
import type { NameForm } from './nameForm';

/** Token pairs less similar than this count as not matching at all. */
const TOKEN_FLOOR = 0.88;

/** Two spellings of one given name (Mohamed / Muhammad). */
const EQUIVALENT = 0.98;

/** An Arabic-script word and a Latin spelling match when fewer than one sound in five disagree. */
const ABJAD_FLOOR = 0.81;

/** A name compared across scripts is trusted a little less than one written the same way. */
const ACROSS_SCRIPTS = 0.97;

/** Compared in one piece, a name is trusted less than word by word. */
export const JOINED = 0.95;

/** The part of a name a query leaves unmatched costs more than the part of a listed name it omits. */
export const QUERY_SHARE = 0.7;

/**
 * A listed person's family name (or given names) absent from the query: a different person with a
 * shared given name (or family name) is far likelier than a query that drops it.
 */
const ROLE_MISSING = 0.9;

export interface NameSimilarity {
  score: number;
  features: string[];
}

/**
 * How well a listed name answers a query name, 0…1. Words are aligned one to one, in any order;
 * the query's words weigh more than the listed name's (a query that omits a middle name still
 * matches); names split into words differently are also compared joined; a name in Arabic script
 * is compared with a Latin one by the sounds each writes.
 */
export function compareNames(query: NameForm, listed: NameForm): NameSimilarity {
  const features: string[] = [];
  const cross = acrossScripts(query, listed);
  let score: number;
  let best: string;
  if (cross) {
    score = ACROSS_SCRIPTS * alignedScore(query, listed, cross);
    best = 'abjad-spelling';
    // A one-word Latin name against a name in Arabic script written in several words (Hizballah / حزب الله).
    if (cross.latin.length === 1 && cross.abjadHead === cross.latinHead && score < ACROSS_SCRIPTS) {
      const joined = ACROSS_SCRIPTS * JOINED * abjadSpellingSimilarity(cross.abjadJoined, cross.latinJoined);
      if (joined > score) {
        score = joined;
        best = 'joined-name';
      }
    }
  } else {
    score = alignedScore(query, listed, null);
    best = 'token-set';
    // Names split into words differently ("Abdulkhaliq" / "Abd al-Khaliq", 金铁三 / "Jin Tiesan")
    // compare as one word; a longer name that merely starts like a shorter one does not.
    const split = Math.abs(query.tokens.length - listed.tokens.length);
    if (score < JOINED && split >= 1 && split <= 2 && joinedMayPair(query.compact, listed.compact)) {
      const compact = JOINED * jaroWinkler(query.compact, listed.compact);
      if (compact > score) {
        score = compact;
        best = 'joined-name';
      }
    }
  }
  features.push(best);
  if (query.transliterated || listed.transliterated) features.push('transliterated');
  if (query.tokens.length === listed.tokens.length && query.tokens.join(' ') !== listed.tokens.join(' '))
    if ([...query.tokens].sort().join(' ') === [...listed.tokens].sort().join(' '))
      features.push('word-order');
  return { score: Math.min(1, score), features };
}

interface CrossScript {
  /** Sounds of the Arabic-script side's words and of the Latin side's, and which is the query. */
  abjad: readonly string[];
  latin: readonly string[];
  abjadHeads: readonly string[];
  latinHeads: readonly string[];
  queryIsAbjad: boolean;
  abjadJoined: string;
  latinJoined: string;
  abjadHead: string;
  latinHead: string;
}

function acrossScripts(query: NameForm, listed: NameForm): CrossScript | null {
  if (query.abjadUnits && listed.latinUnits) return cross(query, listed, true);
  if (listed.abjadUnits && query.latinUnits) return cross(listed, query, false);
  return null;
}

function cross(abjad: NameForm, latin: NameForm, queryIsAbjad: boolean): CrossScript {
  const abjadUnits = abjad.abjadUnits ?? [];
  const latinUnits = latin.latinUnits ?? [];
  return {
    abjad: abjadUnits,
    latin: latinUnits,
    abjadHeads: abjad.soundHeads ?? [],
    latinHeads: latin.soundHeads ?? [],
    queryIsAbjad,
    abjadJoined: abjadUnits.join(''),
    latinJoined: latinUnits.join(''),
    abjadHead: abjad.joinedSoundHead ?? '',
    latinHead: latin.joinedSoundHead ?? '',
  };
}

let matrix = new Float64Array(256);
let usedRows = new Uint8Array(16);
let usedColumns = new Uint8Array(16);
let rowMatch = new Float64Array(16);
let columnMatch = new Float64Array(16);

/**
 * Words aligned one to one, best pairs first (pairs under the floor do not match); each side's
 * coverage is weighted by word length, the query's by QUERY_SHARE. A listed family name (or given
 * names) of which the query matches nothing lowers the score.
 */
function alignedScore(query: NameForm, listed: NameForm, crossing: CrossScript | null): number {
  const rows = query.tokens.length;
  const columns = listed.tokens.length;
  if (rows === 0 || columns === 0) return 0;
  fill(rows, columns, (i, j) => {
    if (crossing) {
      const a = crossing.queryIsAbjad ? i : j;
      const l = crossing.queryIsAbjad ? j : i;
      if (crossing.abjadHeads[a] !== crossing.latinHeads[l]) return 0;
      const value = abjadSpellingSimilarity(crossing.abjad[a] ?? '', crossing.latin[l] ?? '');
      return value >= ABJAD_FLOOR ? value : 0;
    }
    const a = query.tokens[i] as string;
    const b = listed.tokens[j] as string;
    const group = query.groups[i];
    if (group && group === listed.groups[j]) return a === b ? 1 : EQUIVALENT;
    // Between two names in Arabic script the alifs count too (دينا is not دين).
    if (query.abjadUnits && listed.abjadUnits) {
      const x = query.abjadUnits[i] as string;
      const y = listed.abjadUnits[j] as string;
      // Without vowels a short word is its letters: one letter more is another name (دين, دينا).
      if (Math.min(x.length, y.length) <= 4) return x === y ? 1 : 0;
      return wordsMayPair(a, b) ? wordSimilarity(x, y) : 0;
    }
    if (a === b) return 1;
    const value = wordsMayPair(a, b) ? wordSimilarity(a, b) : 0;
    const consonants = query.skeletons[i] as string;
    if (value === 0 && consonants.length >= VOWELLESS_MIN && consonants === listed.skeletons[j])
      return TOKEN_FLOOR;
    return value;
  });
  align(rows, columns);
  let score =
    QUERY_SHARE * coverage(query.tokens, rowMatch, rows) +
    (1 - QUERY_SHARE) * coverage(listed.tokens, columnMatch, columns);
  if (rows >= 2) {
    let familyKnown = false;
    let familyMatched = false;
    let givenKnown = false;
    let givenMatched = false;
    for (let j = 0; j < columns; j += 1) {
      const matched = (columnMatch[j] as number) > 0;
      if (listed.family[j]) {
        familyKnown = true;
        familyMatched ||= matched;
      } else {
        givenKnown = true;
        givenMatched ||= matched;
      }
    }
    if (familyKnown && !familyMatched) score *= ROLE_MISSING;
    if (familyKnown && givenKnown && !givenMatched) score *= ROLE_MISSING;
  }
  return score;
}

/**
 * Jaro-Winkler, which forgives a typo late in a word more than an early one; a single typo
 * (one letter wrong, missing, extra or two swapped) in a word of five letters or more also counts.
 */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const value = jaroWinkler(a, b);
  if (value >= TOKEN_FLOOR) return value;
  if (Math.min(a.length, b.length) >= 5 && Math.abs(a.length - b.length) <= 1 && oneEditApart(a, b))
    return TOKEN_FLOOR;
  return 0;
}

function fill(rows: number, columns: number, similarity: (i: number, j: number) => number): void {
  if (matrix.length < rows * columns) matrix = new Float64Array(rows * columns * 2);
  for (let i = 0; i < rows; i += 1)
    for (let j = 0; j < columns; j += 1) matrix[i * columns + j] = similarity(i, j);
}

/** Greedy one-to-one alignment, best pair first: rowMatch/columnMatch get each word's partner score. */
function align(rows: number, columns: number): void {
  if (usedRows.length < rows) {
    usedRows = new Uint8Array(rows * 2);
    rowMatch = new Float64Array(rows * 2);
  }
  if (usedColumns.length < columns) {
    usedColumns = new Uint8Array(columns * 2);
    columnMatch = new Float64Array(columns * 2);
  }
  usedRows.fill(0, 0, rows);
  usedColumns.fill(0, 0, columns);
  rowMatch.fill(0, 0, rows);
  columnMatch.fill(0, 0, columns);
  for (let pairs = Math.min(rows, columns); pairs > 0; pairs -= 1) {
    let best = 0;
    let bestRow = -1;
    let bestColumn = -1;
    for (let i = 0; i < rows; i += 1) {
      if (usedRows[i]) continue;
      for (let j = 0; j < columns; j += 1) {
        if (usedColumns[j]) continue;
        const value = matrix[i * columns + j] as number;
        if (value > best) {
          best = value;
          bestRow = i;
          bestColumn = j;
        }
      }
    }
    if (bestRow < 0) return;
    usedRows[bestRow] = 1;
    usedColumns[bestColumn] = 1;
    rowMatch[bestRow] = best;
    columnMatch[bestColumn] = best;
  }
}

function coverage(tokens: readonly string[], matched: Float64Array, count: number): number {
  let total = 0;
  let weight = 0;
  for (let k = 0; k < count; k += 1) {
    const length = (tokens[k] as string).length;
    total += (matched[k] as number) * length;
    weight += length;
  }
  return total / weight;
}
