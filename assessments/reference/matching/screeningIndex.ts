import type { EntryType, ListEntry } from '../types';
import { nameForm, type NameForm } from './nameForm';
import {
  groupKey,
  identifierKey,
  joinedKey,
  joinedLengths,
  joinedSoundKey,
  soundKey,
  weakKey,
  wordKeys,
} from './blockingKeys';
import {
  entryCountryCodes,
  entryIdentifierKeys,
  identifierKeysOf,
  MAX_REFINEMENT_GAIN,
  refine,
  type PartyDetails,
} from './refine';
import { recordLinkKeys } from './recordLinks';
import { compareNames, JOINED, QUERY_SHARE } from './similarity';

export interface ScreeningQuery extends PartyDetails {
  name: string;
  /** Other names of the same party (aliases, transliterations); each is compared too. */
  aliases?: readonly string[];
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
  nationalities: string[];
  identifiers: string[];
  sourceUrl: string | null;
  /** Records of other lists that are the same person or organisation (see recordLinks). */
  sameAs?: RecordRef[];
}

export interface RecordRef {
  datasetId: string;
  datasetLabel: string;
  sourceId: string;
}

/** A query name's words and the keys each is looked up under. */
interface QueryForm {
  form: NameForm;
  /** Keys per word: the word's keys, and its sound key when it can be compared across scripts. */
  wordKeys: string[][];
  /** Keys under which a name compared in one piece, or a one-word alias, is found. */
  wholeKeys: string[];
}

export interface PreparedQuery {
  query: ScreeningQuery;
  forms: NameForm[];
  queryForms: QueryForm[];
  /** Keys of the party's identifiers: an entry listing one is compared whatever its names. */
  identifierKeys: string[];
}

export function prepareQuery(query: ScreeningQuery): PreparedQuery {
  const forms = [query.name, ...(query.aliases ?? [])]
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .map(nameForm)
    .filter((form) => form.tokens.length > 0);
  return {
    query,
    forms,
    queryForms: forms.map((form) => ({
      form,
      wordKeys: form.tokens.map((_, index) => listedWordKeys(form, index)),
      wholeKeys: [
        weakKey(form.compact),
        ...joinedLengths(form.compact.length).map((length) => joinedKey(form.compact, length)),
        ...(form.joinedSoundHead !== null && (form.abjad || form.tokens.length === 1)
          ? [joinedSoundKey(form.joinedSoundHead)]
          : []),
      ],
    })),
    identifierKeys: [...new Set((query.identifiers ?? []).flatMap(identifierKeysOf))].map(identifierKey),
  };
}

/** Keys of a name's words (see blockingKeys): those two words must share to pair at all. */
function listedWordKeys(form: NameForm, index: number): string[] {
  const keys = wordKeys(form.tokens[index] as string, form.skeletons[index] ?? '');
  const head = form.soundHeads?.[index];
  if (head !== undefined) keys.push(soundKey(head));
  const group = form.groups[index];
  if (group) keys.push(groupKey(group));
  return keys;
}

/** Keys of a listed name as a whole: compared in one piece, or across scripts written together. */
function listedWholeKeys(form: NameForm): string[] {
  const keys = [joinedKey(form.compact)];
  if (form.joinedSoundHead !== null && (form.abjad || form.tokens.length === 1))
    keys.push(joinedSoundKey(form.joinedSoundHead));
  return keys;
}

/** Word positions past this share one bit of a mask: the bound they give only grows. */
const LAST_BIT = 30;
const bit = (position: number) => 1 << Math.min(position, LAST_BIT);

/**
 * One dataset's names, prepared once, with an inverted index from the keys of blockingKeys to
 * names. Two words are compared only when they share a key, so a name's best possible score
 * follows from the keys it shares with the query: the index compares exactly the entries whose
 * bound reaches the threshold, and finds every hit a comparison with every entry finds.
 */
export class ScreeningIndex {
  readonly size: number;
  private readonly forms: NameForm[] = [];
  /** forms of entry i are forms[formStart[i]] … forms[formStart[i + 1] - 1]. */
  private readonly formStart: Int32Array;
  private readonly formEntry: number[] = [];
  /** Per form: a weak alias (one word, or marked low quality by the source), matched only when written exactly. */
  private readonly weak: boolean[] = [];
  private readonly countries: string[][];
  private readonly identifiers: string[][];
  private readonly bySourceId = new Map<string, number>();
  private readonly linkKeys: string[][] = [];
  private readonly links = new Map<string, number[]>();
  /** Per key: (form, word position) pairs; position -1 for keys of the whole name. */
  private readonly postings = new Map<string, number[]>();
  private readonly entryStamp: Int32Array;
  private formStamp = new Int32Array(0);
  private queryMask = new Int32Array(0);
  private listedMask = new Int32Array(0);
  private wholeMatch = new Uint8Array(0);
  private epoch = 0;

  constructor(
    readonly datasetId: string,
    readonly datasetLabel: string,
    private readonly entries: readonly ListEntry[],
  ) {
    this.size = entries.length;
    this.formStart = new Int32Array(entries.length + 1);
    this.entryStamp = new Int32Array(entries.length);
    this.countries = entries.map(entryCountryCodes);
    this.identifiers = entries.map(entryIdentifierKeys);
    entries.forEach((entry, index) => {
      this.formStart[index] = this.forms.length;
      for (const key of this.identifiers[index] ?? []) this.post(identifierKey(key), index, -1);
      this.bySourceId.set(entry.sourceId, index);
      const names = new Set([entry.name, ...entry.aliases, ...entry.originalScriptNames]);
      const weakNames = new Set(entry.weakAliases ?? []);
      for (const name of names) {
        const form = nameForm(name);
        if (form.tokens.length === 0) continue;
        const formIndex = this.forms.length;
        const weak = name !== entry.name && (form.tokens.length === 1 || weakNames.has(name));
        this.forms.push(form);
        this.formEntry.push(index);
        this.weak.push(weak);
        if (weak) {
          this.post(weakKey(form.compact), formIndex, -1);
          continue;
        }
        form.tokens.forEach((_, position) => {
          for (const key of new Set(listedWordKeys(form, position))) this.post(key, formIndex, position);
        });
        for (const key of listedWholeKeys(form)) this.post(key, formIndex, -1);
      }
    });
    this.formStart[entries.length] = this.forms.length;
    entries.forEach((entry, index) => {
      const forms = this.forms.slice(this.formStart[index], this.formStart[index + 1]);
      const keys = recordLinkKeys(entry, forms, this.identifiers[index] ?? []);
      this.linkKeys.push(keys);
      for (const key of keys) this.links.set(key, [...(this.links.get(key) ?? []), index]);
    });
    this.formStamp = new Int32Array(this.forms.length);
    this.queryMask = new Int32Array(this.forms.length);
    this.listedMask = new Int32Array(this.forms.length);
    this.wholeMatch = new Uint8Array(this.forms.length);
  }

  /** Identifier keys point at entries, every other key at names (forms). */
  private post(key: string, target: number, position: number): void {
    const list = this.postings.get(key);
    if (!list) this.postings.set(key, [target, position]);
    else list.push(target, position);
  }

  /** Hits at or above `threshold`, best first. */
  search(prepared: PreparedQuery, threshold: number): ScreeningHit[] {
    const hits: ScreeningHit[] = [];
    for (const index of this.candidates(prepared, threshold)) {
      const hit = this.scoreEntry(prepared, index, threshold);
      if (hit) hits.push(hit);
    }
    return hits.sort(byScore);
  }

  /**
   * Entries with a name whose best possible score reaches the threshold: the query words that share
   * a key with one of its words (and its words that share one with the query) bound the aligned
   * score; sharing a whole-name key allows the joined comparison's maximum; an identifier, always.
   */
  private candidates(prepared: PreparedQuery, threshold: number): number[] {
    // A hair below, so rounding in the bound never drops an entry the comparison keeps.
    const needed = threshold - MAX_REFINEMENT_GAIN - 1e-9;
    const chosen: number[] = [];
    this.epoch += 1;
    const entryEpoch = this.epoch;
    const choose = (entry: number) => {
      if (this.entryStamp[entry] === entryEpoch) return;
      this.entryStamp[entry] = entryEpoch;
      chosen.push(entry);
    };
    for (const key of prepared.identifierKeys) {
      const list = this.postings.get(key) ?? [];
      for (let k = 0; k < list.length; k += 2) choose(list[k] as number);
    }
    for (const { form, wordKeys: keysOfWords, wholeKeys } of prepared.queryForms) {
      this.epoch += 1;
      const epoch = this.epoch;
      const touched: number[] = [];
      const touch = (formIndex: number) => {
        if (this.formStamp[formIndex] === epoch) return;
        this.formStamp[formIndex] = epoch;
        this.queryMask[formIndex] = 0;
        this.listedMask[formIndex] = 0;
        this.wholeMatch[formIndex] = 0;
        touched.push(formIndex);
      };
      keysOfWords.forEach((keys, word) => {
        for (const key of keys) {
          const list = this.postings.get(key);
          if (!list) continue;
          for (let k = 0; k < list.length; k += 2) {
            const formIndex = list[k] as number;
            touch(formIndex);
            this.queryMask[formIndex] = (this.queryMask[formIndex] as number) | bit(word);
            this.listedMask[formIndex] = (this.listedMask[formIndex] as number) | bit(list[k + 1] as number);
          }
        }
      });
      for (const key of wholeKeys) {
        const list = this.postings.get(key);
        if (!list) continue;
        for (let k = 0; k < list.length; k += 2) {
          touch(list[k] as number);
          this.wholeMatch[list[k] as number] = 1;
        }
      }
      const queryLetters = letters(form.tokens, -1);
      for (const formIndex of touched) {
        const entry = this.formEntry[formIndex] as number;
        if (this.entryStamp[entry] === entryEpoch) continue;
        let bound = 0;
        if (this.wholeMatch[formIndex]) bound = this.weak[formIndex] ? 1 : JOINED;
        if (bound < needed && !this.weak[formIndex]) {
          const listed = (this.forms[formIndex] as NameForm).tokens;
          bound = Math.max(
            bound,
            QUERY_SHARE * (letters(form.tokens, this.queryMask[formIndex] as number) / queryLetters) +
              (1 - QUERY_SHARE) *
                (letters(listed, this.listedMask[formIndex] as number) / letters(listed, -1)),
          );
        }
        if (bound >= needed) choose(entry);
      }
    }
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

  /** Records of this list that are the same as `hit`'s record of another list. */
  sameAs(other: ScreeningIndex, hit: ScreeningHit): number[] {
    const index = other.bySourceId.get(hit.sourceId);
    if (index === undefined) return [];
    return [...new Set((other.linkKeys[index] ?? []).flatMap((key) => this.links.get(key) ?? []))];
  }

  /** A record found because it is the same as a hit on another list: it takes that hit's score. */
  linkedHit(index: number, partner: ScreeningHit): ScreeningHit {
    const entry = this.entries[index] as ListEntry;
    return this.hitOf(entry, entry.name, partner.score, ['linked-record']);
  }

  private hitOf(entry: ListEntry, matchedName: string, score: number, features: string[]): ScreeningHit {
    return {
      datasetId: this.datasetId,
      datasetLabel: this.datasetLabel,
      sourceId: entry.sourceId,
      entryName: entry.name,
      entryType: entry.type,
      matchedName,
      score,
      features,
      programmes: entry.programmes,
      birthDates: entry.birthDates,
      nationalities: entry.nationalities,
      identifiers: entry.identifiers,
      sourceUrl: entry.sourceUrl,
    };
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
      const weak = this.weak[formIndex] === true;
      for (const query of prepared.forms) {
        if (weak && query.compact !== listed.compact) continue;
        const similarity = compareNames(query, listed);
        if (similarity.score > best.score) best = { ...similarity, name: listed.original };
      }
    }
    const identifiers = this.identifiers[index] ?? [];
    const provable = prepared.identifierKeys.length > 0 && identifiers.length > 0;
    if (!provable && best.score + MAX_REFINEMENT_GAIN < threshold) return null;
    const refined = refine(
      best.score,
      best.features,
      prepared.query,
      entry,
      this.countries[index] ?? [],
      identifiers,
    );
    if (refined.score < threshold) return null;
    return this.hitOf(entry, best.name || entry.name, Math.round(refined.score * 1000) / 1000, [
      best.name === entry.name ? 'primary-name' : 'alias',
      ...refined.features,
    ]);
  }
}

/** Letters of the words whose bit is set in `mask` (all with -1). */
function letters(words: readonly string[], mask: number): number {
  let total = 0;
  for (let position = 0; position < words.length; position += 1)
    if (mask & bit(position)) total += (words[position] as string).length;
  return total;
}

function byScore(a: ScreeningHit, b: ScreeningHit): number {
  return (
    b.score - a.score ||
    a.entryName.localeCompare(b.entryName) ||
    a.datasetId.localeCompare(b.datasetId) ||
    a.sourceId.localeCompare(b.sourceId)
  );
}

const refOf = (hit: ScreeningHit): RecordRef => ({
  datasetId: hit.datasetId,
  datasetLabel: hit.datasetLabel,
  sourceId: hit.sourceId,
});
const keyOf = (ref: RecordRef) => `${ref.datasetId}\u0000${ref.sourceId}`;

/**
 * Searches several datasets' indexes and merges their hits, best first. A record of one list that
 * is the same person or organisation as a hit on another (recordLinks) is a hit too, with that
 * hit's score; records of one person stay together, each naming the others.
 */
export function searchAll(
  indexes: readonly ScreeningIndex[],
  query: ScreeningQuery,
  threshold: number,
  limit: number,
): ScreeningHit[] {
  const prepared = prepareQuery(query);
  if (prepared.forms.length === 0) return [];
  const found = indexes.flatMap((index) => index.search(prepared, threshold).map((hit) => ({ hit, index })));
  const hits = new Map(found.map(({ hit }) => [keyOf(hit), hit]));
  const group = new Map<string, string>();
  const root = (key: string): string => {
    const parent = group.get(key);
    if (parent === undefined || parent === key) return key;
    const top = root(parent);
    group.set(key, top);
    return top;
  };
  const join = (a: ScreeningHit, b: ScreeningHit) => {
    group.set(root(keyOf(a)), root(keyOf(b)));
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const)
      if (!(from.sameAs ?? []).some((ref) => keyOf(ref) === keyOf(to)))
        from.sameAs = [...(from.sameAs ?? []), refOf(to)];
  };
  for (const { hit, index } of found)
    for (const other of indexes) {
      if (other === index) continue;
      for (const entry of other.sameAs(index, hit)) {
        const linked = other.linkedHit(entry, hit);
        const known = hits.get(keyOf(linked));
        if (known) {
          join(hit, known);
          continue;
        }
        hits.set(keyOf(linked), linked);
        join(hit, linked);
      }
    }
  // Each group of records of one person ranks by its best hit; its records follow one another,
  // those its names matched before those found through the link.
  const linked = (hit: ScreeningHit) => (hit.features[0] === 'linked-record' ? 1 : 0);
  const order = (a: ScreeningHit, b: ScreeningHit) => linked(a) - linked(b) || byScore(a, b);
  const lead = new Map<string, ScreeningHit>();
  for (const hit of hits.values()) {
    const top = root(keyOf(hit));
    const current = lead.get(top);
    if (!current || order(hit, current) < 0) lead.set(top, hit);
  }
  const leadOf = (hit: ScreeningHit) => lead.get(root(keyOf(hit))) as ScreeningHit;
  return [...hits.values()].sort((a, b) => byScore(leadOf(a), leadOf(b)) || order(a, b)).slice(0, limit);
}
