import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseReferenceFile } from '../../assessments/reference/importers/parseReferenceFile';
import type { ListEntry } from '../../assessments/reference/types';
import {
  EVALUATION_SEED,
  scriptOf,
  SOURCE_FILES,
  splitOf,
  TUNE_PERCENT,
  type EvaluationSet,
  type ListRef,
  type Negative,
  type Positive,
  type TargetList,
  type VariantType,
} from './evaluationSet';
import { buildNegatives } from './negatives';
import {
  changeLegalForm,
  dropMiddle,
  pickOne,
  plainKey,
  plainTokens,
  seededRandom,
  swapOrder,
  transliterate,
  typo,
  type Random,
} from './variants';

// Built from the lists' structure only (their names, aliases, original-script names, birth dates
// and types), never from what the matcher returns, and with no code or table of the matcher.

export interface Listed {
  list: TargetList;
  entry: ListEntry;
  /** UN reference of the entity when it is on both lists, else its own list and identifier. */
  entityKey: string;
  sameEntity: ListRef[];
}

/** How many positives of each variant are drawn, at most. */
const QUOTAS: Record<Exclude<VariantType, 'cross-list-alias' | 'original-script'>, number> = {
  'word-order-swap': 200,
  'dropped-middle-name': 180,
  transliteration: 220,
  typo: 240,
  'legal-form': 160,
};
const CROSS_LIST_QUOTA = 200;
const ORIGINAL_SCRIPT_QUOTA = 220;

export async function buildEvaluationSet(dataDir: string): Promise<EvaluationSet> {
  const read = async (kind: keyof typeof SOURCE_FILES) => {
    const bytes = readFileSync(`${dataDir}${SOURCE_FILES[kind]}`);
    const parsed = await parseReferenceFile(kind, bytes, SOURCE_FILES[kind]);
    return { kind, bytes, entries: parsed.entries };
  };
  const lists = [await read('ofac'), await read('un'), await read('uk'), await read('opensanctions')];
  const [ofac, un] = lists as [(typeof lists)[0], (typeof lists)[0]];
  const people = (entries: readonly ListEntry[]) =>
    entries.filter((entry) => entry.type === 'individual' || entry.type === 'entity');
  const listed = joinLists(people(un.entries), people(ofac.entries));
  const random = seededRandom(EVALUATION_SEED);

  const positives: Positive[] = [
    ...crossListAliases(listed, random),
    ...originalScript(listed, random),
    ...variantsOf(listed, random),
  ];
  const listedKeys = new Set(
    lists.flatMap((list) =>
      list.entries.flatMap((entry) =>
        [entry.name, ...entry.aliases, ...entry.originalScriptNames].map(plainKey),
      ),
    ),
  );
  const negatives: Negative[] = buildNegatives(listed, listedKeys, random);
  return {
    version: 1,
    seed: EVALUATION_SEED,
    tunePercent: TUNE_PERCENT,
    sources: lists.map((list) => ({
      list: list.kind,
      file: SOURCE_FILES[list.kind],
      sha256: createHash('sha256').update(list.bytes).digest('hex'),
    })),
    positives,
    negatives,
  };
}

const birthYears = (entry: ListEntry) => new Set(entry.birthDates.map((date) => date.slice(0, 4)));
const latinNames = (entry: ListEntry) => [entry.name, ...entry.aliases];

/**
 * The same person or organisation on both lists: a UN record and an OFAC record share a name or
 * alias (same plain key, two words or more) and the type, and for a person also a birth year.
 */
function joinLists(un: readonly ListEntry[], ofac: readonly ListEntry[]): Listed[] {
  const byKey = new Map<string, ListEntry[]>();
  for (const entry of ofac)
    for (const key of new Set(latinNames(entry).map(plainKey)))
      if (key.includes(' ')) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  const partnerOf = new Map<string, ListEntry>();
  const result: Listed[] = [];
  for (const entry of un) {
    const years = birthYears(entry);
    const partner = latinNames(entry)
      .flatMap((name) => byKey.get(plainKey(name)) ?? [])
      .find(
        (candidate) =>
          candidate.type === entry.type &&
          !partnerOf.has(candidate.sourceId) &&
          (entry.type === 'entity' || [...birthYears(candidate)].some((year) => years.has(year))),
      );
    const entityKey = `un:${entry.sourceId}`;
    if (partner) partnerOf.set(partner.sourceId, entry);
    result.push({
      list: 'un',
      entry,
      entityKey,
      sameEntity: partner ? [{ list: 'ofac', id: partner.sourceId }] : [],
    });
  }
  for (const entry of ofac) {
    const partner = partnerOf.get(entry.sourceId);
    result.push({
      list: 'ofac',
      entry,
      entityKey: partner ? `un:${partner.sourceId}` : `ofac:${entry.sourceId}`,
      sameEntity: partner ? [{ list: 'un', id: partner.sourceId }] : [],
    });
  }
  return result;
}

/** A query made from `item`'s names; `target`, when another record, is the one it must find. */
function positive(item: Listed, query: string, variant: VariantType, target = item): Positive {
  return {
    query,
    target: { list: target.list, id: target.entry.sourceId },
    sameEntity: target === item ? item.sameEntity : [{ list: item.list, id: item.entry.sourceId }],
    variant,
    entityType: item.entry.type === 'entity' ? 'entity' : 'individual',
    script: scriptOf(query),
    split: splitOf(item.entityKey),
  };
}

/** A name one list gives the entity and the other does not: the query must still find the other. */
function crossListAliases(listed: readonly Listed[], random: Random): Positive[] {
  const byRef = new Map(listed.map((item) => [`${item.list}:${item.entry.sourceId}`, item]));
  const result: Positive[] = [];
  for (const item of shuffled(listed, random)) {
    const other = item.sameEntity[0] && byRef.get(`${item.sameEntity[0].list}:${item.sameEntity[0].id}`);
    if (!other) continue;
    const known = new Set(latinNames(other.entry).map(plainKey));
    const unknown = latinNames(item.entry).filter(
      (name) =>
        !known.has(plainKey(name)) &&
        latinNames(other.entry).some((listedName) => respells(name, listedName)),
    );
    if (unknown.length === 0) continue;
    result.push(positive(item, pickOne(random, unknown), 'cross-list-alias', other));
    if (result.length >= CROSS_LIST_QUOTA) break;
  }
  return result;
}

/** Particles and honorifics that say nothing about who is named. */
const PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'as',
  'abu',
  'abou',
  'bin',
  'ben',
  'ibn',
  'haji',
  'hajji',
  'abd',
  'abdul',
  'abdel',
  'mullah',
  'sheikh',
  'shaykh',
  'qari',
  'maulawi',
  'mawlawi',
]);

/**
 * Whether `name` reads as another spelling of `listed` rather than a different name (a nickname or
 * a kunya no name comparison could connect): about as many words, two or more, one of them the same
 * and not a particle. "Jang Myong-Jin" respells "CHANG, Myong-Chin"; "Abu Zufar" does not respell
 * "SUFAAT, Yazid".
 */
function respells(name: string, listed: string): boolean {
  const mine = plainTokens(name).filter((token) => token.length >= 2);
  const theirs = new Set(plainTokens(listed).filter((token) => token.length >= 2));
  return (
    mine.length >= 2 &&
    Math.abs(mine.length - theirs.size) <= 1 &&
    mine.some((token) => token.length >= 3 && !PARTICLES.has(token) && theirs.has(token))
  );
}

/** The UN's NAME_ORIGINAL_SCRIPT (and non-Latin aliases): the name as written at home. */
function originalScript(listed: readonly Listed[], random: Random): Positive[] {
  const result: Positive[] = [];
  for (const item of shuffled(listed, random)) {
    const names = item.entry.originalScriptNames.filter((name) => scriptOf(name) !== 'latin');
    if (names.length === 0) continue;
    result.push(positive(item, pickOne(random, names), 'original-script'));
    if (result.length >= ORIGINAL_SCRIPT_QUOTA) break;
  }
  return result;
}

/** Order swaps, dropped middle names, respellings, typos and legal forms of listed names. */
function variantsOf(listed: readonly Listed[], random: Random): Positive[] {
  const makers: Record<keyof typeof QUOTAS, (name: string, person: boolean) => string | null> = {
    'word-order-swap': swapOrder,
    'dropped-middle-name': (name) => dropMiddle(name, random),
    transliteration: (name, person) => transliterate(name, random, person),
    typo: (name) => typo(name, random),
    'legal-form': (name) => changeLegalForm(name, random),
  };
  const forType: Record<keyof typeof QUOTAS, 'individual' | 'entity' | null> = {
    'word-order-swap': 'individual',
    'dropped-middle-name': 'individual',
    transliteration: null,
    typo: null,
    'legal-form': 'entity',
  };
  const result: Positive[] = [];
  const un = listed.filter((item) => item.list === 'un');
  const ofac = listed.filter((item) => item.list === 'ofac');
  for (const variant of Object.keys(QUOTAS) as (keyof typeof QUOTAS)[]) {
    let taken = 0;
    // UN and OFAC records alternate, so the smaller UN list is not drowned by OFAC's.
    for (const item of interleave(shuffled(un, random), shuffled(ofac, random))) {
      if (taken >= QUOTAS[variant]) break;
      if (forType[variant] && item.entry.type !== forType[variant]) continue;
      const source =
        random() < 0.25 && item.entry.aliases.length > 0
          ? pickOne(random, item.entry.aliases)
          : item.entry.name;
      const person = item.entry.type === 'individual';
      // A comma in a person's name separates the family name; in an organisation's, it is punctuation.
      const query = makers[variant](person ? source : source.replace(/\s*,\s*/gu, ' '), person);
      if (!query || !isNew(query, item.entry, variant)) continue;
      result.push(positive(item, query, variant));
      taken += 1;
    }
  }
  return result;
}

/** A variant must differ from every name of its entry (an order swap, only in its word order). */
function isNew(query: string, entry: ListEntry, variant: VariantType): boolean {
  const names = latinNames(entry);
  if (variant === 'word-order-swap')
    return !names.some((name) => name.replace(/[,\s]+/gu, ' ').toLowerCase() === query.toLowerCase());
  const key = plainKey(query);
  return key.length > 0 && !names.some((name) => plainKey(name) === key);
}

function interleave<T>(first: readonly T[], second: readonly T[]): T[] {
  const result: T[] = [];
  for (let index = 0; index < Math.max(first.length, second.length); index += 1) {
    if (index < first.length) result.push(first[index] as T);
    if (index < second.length) result.push(second[index] as T);
  }
  return result;
}

export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
