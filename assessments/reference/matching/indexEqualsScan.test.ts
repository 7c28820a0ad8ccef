import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedDataFile } from '../../../test/helpers/sharedData';
import { COMPANY_WORDS, FAMILY_NAMES, GIVEN_NAMES } from '../../../test/screening-eval/nameTables';
import {
  changeLegalForm,
  dropMiddle,
  swapOrder,
  transliterate,
  typo,
} from '../../../test/screening-eval/variants';
import { pick, seededRandom, shuffled, type Random } from '../../scoring/testing/prng';
import { parseReferenceFile } from '../importers/parseReferenceFile';
import { emptyEntry, type DatasetKind, type ListEntry } from '../types';
import { prepareQuery, ScreeningIndex, type ScreeningQuery } from './screeningIndex';

const QUERIES = 10_000;
const LIST = ['un', 'un_sc_consolidated_2022-09-15.xml'] as const;
const SCRIPTS = ['latin', 'arabic', 'cyrillic', 'cjk'] as const;

/** Names of every kind the lists hold, made up: persons in four scripts, companies with legal forms. */
function madeUpEntries(random: Random, count: number): ListEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const script = pick(random, SCRIPTS);
    const person = random() < 0.7;
    const name = person
      ? [
          pick(random, GIVEN_NAMES[script]),
          pick(random, GIVEN_NAMES[script]),
          pick(random, FAMILY_NAMES[script]),
        ]
          .slice(random() < 0.5 ? 1 : 0)
          .join(script === 'cjk' ? '' : ' ')
      : `${pick(random, COMPANY_WORDS)} ${pick(random, COMPANY_WORDS)} ${pick(random, ['LLC', 'S.A.', 'GmbH', 'Ltd', 'OOO', ''])}`.trim();
    const entry = emptyEntry(String(index), person ? 'individual' : 'entity', name);
    if (random() < 0.3) entry.aliases = [pick(random, FAMILY_NAMES.latin)];
    if (random() < 0.3) entry.birthDates = [String(1940 + Math.floor(random() * 50))];
    if (random() < 0.2) entry.identifiers = [`Passport A${Math.floor(random() * 1e7)}`];
    if (random() < 0.3) entry.nationalities = [pick(random, ['Egypt', 'Syria', 'IR', 'Lebanon'])];
    return entry;
  });
}

const names = (entry: ListEntry) => [entry.name, ...entry.aliases, ...entry.originalScriptNames];

/** A query near a listed name (typo, respelling, order, dropped or added word, other script) or far from all. */
function randomQuery(random: Random, entries: readonly ListEntry[]): ScreeningQuery {
  const entry = pick(random, entries);
  const name = pick(random, names(entry));
  const person = entry.type === 'individual';
  const variants: (() => string | null)[] = [
    () => name,
    () => typo(name, random),
    () => typo(typo(name, random) ?? name, random),
    () => transliterate(name, random, person),
    () => swapOrder(name),
    () => dropMiddle(name, random),
    () => changeLegalForm(name, random),
    () => `${name} ${pick(random, GIVEN_NAMES.latin)}`,
    () => name.replace(/\s+/gu, ''),
    () => name.split(/\s+/u)[0] ?? null,
    () =>
      `${pick(random, GIVEN_NAMES[pick(random, SCRIPTS)])} ${pick(random, FAMILY_NAMES[pick(random, SCRIPTS)])}`,
    () => shuffled(random, name.split('')).join(''),
  ];
  const text = (pick(random, variants)() ?? name).trim() || name;
  const query: ScreeningQuery = { name: text };
  if (random() < 0.2) query.aliases = [pick(random, names(pick(random, entries)))];
  if (random() < 0.2) query.type = random() < 0.5 ? 'individual' : 'entity';
  if (random() < 0.2) query.birthDate = String(1940 + Math.floor(random() * 50));
  if (random() < 0.2) query.countries = [pick(random, ['EG', 'SY', 'IR', 'LB'])];
  if (random() < 0.1) query.identifiers = [...entry.identifiers, 'B1234567'];
  return query;
}

/** Every hit of the index, with its score, equals every hit of a comparison with every entry. */
function expectIndexEqualsScan(
  index: ScreeningIndex,
  entries: readonly ListEntry[],
  seed: number,
  count: number,
) {
  const random = seededRandom(seed);
  let hits = 0;
  for (let run = 0; run < count; run += 1) {
    const query = randomQuery(random, entries);
    const threshold = Math.round((0.7 + 0.3 * random()) * 1000) / 1000;
    const prepared = prepareQuery(query);
    const found = index.search(prepared, threshold).map((hit) => `${hit.sourceId}:${hit.score}`);
    const scanned = index.scan(prepared, threshold).map((hit) => `${hit.sourceId}:${hit.score}`);
    hits += scanned.length;
    if (found.join() !== scanned.join())
      expect(found, `query ${JSON.stringify(query)} at threshold ${threshold}`).toEqual(scanned);
  }
  // The queries must reach the threshold often enough for the equality to say something.
  expect(hits).toBeGreaterThan(count / 2);
}

describe('the screening index finds exactly what a scan of every entry finds (thresholds 0.7 to 1)', () => {
  it('on made-up names of four scripts, companies and identifiers', () => {
    const entries = madeUpEntries(seededRandom(7), 1_500);
    const index = new ScreeningIndex('made-up', 'made-up', entries);
    expectIndexEqualsScan(index, entries, 11, hasSharedData(LIST[1]) ? QUERIES / 2 : QUERIES);
  }, 300_000);

  it.skipIf(!hasSharedData(LIST[1]))(
    'on a sample of the UN and OFAC lists (skipped when ../shared/data is absent)',
    async () => {
      const random = seededRandom(13);
      const sample: ListEntry[] = [];
      for (const [kind, file] of [LIST, ['ofac', 'ofac_sdn_2024-05-03.csv']] as const) {
        const parsed = await parseReferenceFile(
          kind as DatasetKind,
          readFileSync(sharedDataFile(file)),
          file,
        );
        sample.push(...shuffled(random, parsed.entries).slice(0, 500));
      }
      const entries = sample.map((entry, index) => ({ ...entry, sourceId: String(index) }));
      const index = new ScreeningIndex('lists', 'lists', entries);
      expectIndexEqualsScan(index, entries, 17, QUERIES / 2);
    },
    300_000,
  );
});
