import type { EntryType, ListEntry } from '../types';
import { nameForm, type NameForm } from './nameForm';
import { compareNames } from './similarity';

export interface ScreeningQuery {
  name: string;
  /** Other names of the same party (aliases, transliterations); each is compared too. */
  aliases?: readonly string[];
  type?: EntryType;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  birthDate?: string;
}

export interface PreparedQuery {
  query: ScreeningQuery;
  forms: NameForm[];
  /** Per name form and token: its exact keys (token, skeleton) and the looser prefix key. */
  tokenKeys: { exact: string[]; loose: string | null }[][];
  /** Per name form: keys of the joined name, looked up when a token has no exact key in a list. */
  joinedKeys: string[][];
}

export interface ScreeningHit {
  datasetId: string;
  datasetLabel: string;
  sourceId: string;
  entryName: string;
  entryType: EntryType;
  matchedName: string;
  score: number;
  features: string[];
  programmes: string[];
  birthDates: string[];
  sourceUrl: string | null;
}

/** Keys rarer than this many names are always looked up; commoner ones only when nothing rarer exists. */
const COMMON_KEY = 3_000;

/** Share of a query name's letters an entry's keys must cover before the entry is compared. */
const MIN_COVER = 0.5;

export function prepareQuery(query: ScreeningQuery): PreparedQuery {
  const forms = [query.name, ...(query.aliases ?? [])]
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .map(nameForm)
    .filter((form) => form.tokens.length > 0);
  return {
    query,
    forms,
    tokenKeys: forms.map((form) =>
      form.tokens.map((token, index) => {
        const skeletonKey = form.skeletons[index];
        return {
          exact: [`t:${token}`, ...(skeletonKey && skeletonKey.length >= 2 ? [`s:${skeletonKey}`] : [])],
          loose: token.length >= 4 ? `p:${token.slice(0, 3)}` : null,
        };
      }),
    ),
    joinedKeys: forms.map(joinedKeysOf),
  };
}

function joinedKeysOf(form: NameForm): string[] {
  const keys = [`c:${form.compact.slice(0, 3)}`];
  if (form.skeletonCompact.length >= 2) keys.push(`k:${form.skeletonCompact.slice(0, 3)}`);
  return keys;
}

/** Index keys of a name: its tokens, their consonant skeletons and 3-letter prefixes. */
function keysOf(form: NameForm): string[] {
  const keys = form.tokens.map((token) => `t:${token}`);
  for (const value of form.skeletons) if (value.length >= 2) keys.push(`s:${value}`);
  for (const token of form.tokens) if (token.length >= 4) keys.push(`p:${token.slice(0, 3)}`);
  // The joined forms are compared too (金铁三 / Jin Tiesan, حزب الله / Hizbul): key their starts.
  keys.push(...joinedKeysOf(form));
  return keys;
}

/**
 * One dataset's names, prepared once, with an inverted index from token, skeleton and prefix keys
 * to entries, so a query compares only entries that share a key with it instead of every entry.
 */
export class ScreeningIndex {
  readonly size: number;
  private readonly forms: NameForm[] = [];
  /** forms of entry i are forms[formStart[i]] … forms[formStart[i + 1] - 1]. */
  private readonly formStart: Int32Array;
  private readonly postings = new Map<string, number[]>();
  private readonly stamp: Int32Array;
  private epoch = 0;

  constructor(
    readonly datasetId: string,
    readonly datasetLabel: string,
    private readonly entries: readonly ListEntry[],
  ) {
    this.size = entries.length;
    this.formStart = new Int32Array(entries.length + 1);
    this.stamp = new Int32Array(entries.length);
    entries.forEach((entry, index) => {
      this.formStart[index] = this.forms.length;
      const names = new Set([entry.name, ...entry.aliases, ...entry.originalScriptNames]);
      for (const name of names) {
        const form = nameForm(name);
        if (form.tokens.length === 0) continue;
        this.forms.push(form);
        for (const key of new Set(keysOf(form))) {
          const list = this.postings.get(key);
          if (!list) this.postings.set(key, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
      }
    });
    this.formStart[entries.length] = this.forms.length;
  }

  /** Hits at or above `threshold`, best first. */
  search(prepared: PreparedQuery, threshold: number): ScreeningHit[] {
    this.epoch += 1;
    const hits: ScreeningHit[] = [];
    for (const index of this.candidates(prepared)) {
      if (this.stamp[index] === this.epoch) continue;
      this.stamp[index] = this.epoch;
      const hit = this.scoreEntry(prepared, index, threshold);
      if (hit) hits.push(hit);
    }
    return hits.sort(byScore);
  }

  /**
   * Entries worth comparing: those whose keys (token, consonant skeleton, prefix) cover at least
   * MIN_COVER of a query name's letters. When a query token has neither exact key in this list the
   * name is likely written joined or misspelt, and for names in Arabic script word boundaries differ
   * (the article is joined): then entries sharing the joined name's keys are compared too.
   */
  private candidates(prepared: PreparedQuery): number[] {
    const chosen: number[] = [];
    let smallest: number[] | null = null;
    const usable = (key: string): number[] => {
      const list = this.postings.get(key);
      if (!list) return [];
      if (!smallest || list.length < smallest.length) smallest = list;
      return list.length <= COMMON_KEY ? list : [];
    };
    prepared.forms.forEach((form, formIndex) => {
      const tokens = prepared.tokenKeys[formIndex] ?? [];
      const total = form.tokens.reduce((sum, token) => sum + token.length, 0);
      const cover = new Map<number, number>();
      const lastToken = new Map<number, number>();
      let missing = false;
      tokens.forEach(({ exact, loose }, tokenIndex) => {
        const weight = form.tokens[tokenIndex]?.length ?? 0;
        if (!exact.some((key) => this.postings.has(key))) missing = true;
        for (const key of loose ? [...exact, loose] : exact) {
          for (const entry of usable(key)) {
            if (lastToken.get(entry) === tokenIndex) continue;
            lastToken.set(entry, tokenIndex);
            cover.set(entry, (cover.get(entry) ?? 0) + weight);
          }
        }
      });
      for (const [entry, covered] of cover) if (covered >= MIN_COVER * total) chosen.push(entry);
      if (missing || form.abjad)
        for (const key of prepared.joinedKeys[formIndex] ?? []) chosen.push(...usable(key));
    });
    if (chosen.length === 0 && smallest) return smallest;
    return chosen;
  }

  /** The same comparison against every entry, without the index: the baseline it must agree with. */
  scan(prepared: PreparedQuery, threshold: number): ScreeningHit[] {
    const hits: ScreeningHit[] = [];
    for (let index = 0; index < this.size; index += 1) {
      const hit = this.scoreEntry(prepared, index, threshold);
      if (hit) hits.push(hit);
    }
    return hits.sort(byScore);
  }

  private scoreEntry(prepared: PreparedQuery, index: number, threshold: number): ScreeningHit | null {
    const entry = this.entries[index] as ListEntry;
    let best = { score: 0, features: [] as string[], name: '' };
    for (
      let formIndex = this.formStart[index] as number;
      formIndex < (this.formStart[index + 1] as number);
      formIndex += 1
    ) {
      const listed = this.forms[formIndex] as NameForm;
      for (const query of prepared.forms) {
        const similarity = compareNames(query, listed);
        if (similarity.score > best.score) best = { ...similarity, name: listed.original };
      }
    }
    // Refinements move a score by at most 0.05 upwards, so weaker names cannot reach the threshold.
    if (best.score + 0.05 < threshold) return null;
    const refined = refine(best.score, best.features, prepared.query, entry);
    if (refined.score < threshold) return null;
    return {
      datasetId: this.datasetId,
      datasetLabel: this.datasetLabel,
      sourceId: entry.sourceId,
      entryName: entry.name,
      entryType: entry.type,
      matchedName: best.name,
      score: Math.round(refined.score * 1000) / 1000,
      features: [best.name === entry.name ? 'primary-name' : 'alias', ...refined.features],
      programmes: entry.programmes,
      birthDates: entry.birthDates,
      sourceUrl: entry.sourceUrl,
    };
  }
}

/** Entity type and birth date, where both sides give them, move the name score up or down. */
export function refine(
  nameScore: number,
  nameFeatures: readonly string[],
  query: ScreeningQuery,
  entry: ListEntry,
): { score: number; features: string[] } {
  let score = nameScore;
  const features = [...nameFeatures];
  if (query.type && entry.type !== 'unknown') {
    if (query.type === entry.type) {
      score += 0.02;
      features.push('type-matches');
    } else {
      score *= 0.8;
      features.push('type-differs');
    }
  }
  if (query.birthDate && entry.birthDates.length > 0) {
    const verdict = compareBirthDates(query.birthDate, entry.birthDates);
    if (verdict === 'exact') {
      score += 0.05;
      features.push('birth-date-matches');
    } else if (verdict === 'year') {
      score += 0.03;
      features.push('birth-year-matches');
    } else if (verdict === 'differs') {
      score -= 0.15;
      features.push('birth-date-differs');
    }
  }
  return { score: Math.max(0, Math.min(1, score)), features };
}

function compareBirthDates(
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

function byScore(a: ScreeningHit, b: ScreeningHit): number {
  return b.score - a.score || a.entryName.localeCompare(b.entryName);
}

/** Searches several datasets' indexes and merges their hits, best first. */
export function searchAll(
  indexes: readonly ScreeningIndex[],
  query: ScreeningQuery,
  threshold: number,
  limit: number,
): ScreeningHit[] {
  const prepared = prepareQuery(query);
  if (prepared.forms.length === 0) return [];
  return indexes
    .flatMap((index) => index.search(prepared, threshold))
    .sort(byScore)
    .slice(0, limit);
}
