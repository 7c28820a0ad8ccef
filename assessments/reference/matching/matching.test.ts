import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedDataFile } from '../../../test/helpers/sharedData';
import { parseReferenceFile } from '../importers/parseReferenceFile';
import { emptyEntry, type DatasetKind } from '../types';
import { jaroWinkler } from './jaroWinkler';
import { nameForm, skeleton } from './nameForm';
import { prepareQuery, ScreeningIndex, searchAll } from './screeningIndex';
import { compareNames } from './similarity';

const score = (query: string, listed: string) => compareNames(nameForm(query), nameForm(listed)).score;

describe('name normalisation and similarity', () => {
  it('computes Jaro-Winkler as published (MARTHA/MARHTA 0.961, DIXON/DICKSONX 0.813)', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('ignores case, diacritics, punctuation, honorifics and legal forms, and turns "SURNAME, Given" round', () => {
    expect(nameForm('Sheikh Farooq AL-QAHTANI').tokens).toEqual(['faruq', 'qahtani']);
    expect(nameForm('MÜLLER, Jürgen').compact).toBe('jurgenmuller');
    expect(nameForm('Acme Trading Co., Ltd.').tokens).toEqual(['acme', 'trading']);
    expect(nameForm('Dr. ‘Abd al-Khaliq').tokens).toEqual(['abd', 'khaliq']);
  });

  it('transliterates Cyrillic, CJK and Arabic script', () => {
    expect(nameForm('Владимир Путин').tokens).toEqual(['vladimir', 'putin']);
    expect(nameForm('金铁三').compact).toBe('jintiesan');
    expect(nameForm('عبدالخالق الحوثي').tokens).toEqual(['bd', 'khlq', 'hwthy']);
    expect(skeleton('mohammed')).toBe(skeleton('mhmd'));
  });

  it('scores variants of one name high and different names low', () => {
    expect(score('Abu Abbas', 'ABBAS, Abu')).toBe(1);
    expect(score('Jurgen Muller', 'MÜLLER, Jürgen')).toBe(1);
    expect(score('Vladimir Putin', 'Владимир Путин')).toBe(1);
    expect(score('Jin Tiesan', '金铁三')).toBeGreaterThan(0.9);
    expect(score('Qasem Soleimani', 'قاسم سليماني')).toBeGreaterThan(0.9);
    expect(score('عبدالخالق الحوثي', 'Abd al-Khaliq al-Huthi')).toBeGreaterThan(0.9);
    expect(score('Hizballah', 'حزب الله')).toBeGreaterThan(0.85);
    expect(score('Maria Garcia', 'Peter Schmidt')).toBeLessThan(0.5);
    expect(score('John Smith', 'Joan Smythe-Jones')).toBeLessThan(0.85);
  });

  it('refines a hit by entity type and birth date', () => {
    const entry = { ...emptyEntry('1', 'individual', 'ABBAS, Abu'), birthDates: ['1948-12-10'] };
    const index = new ScreeningIndex('d', 'test list', [entry]);
    const hit = (query: Parameters<typeof prepareQuery>[0]) => index.search(prepareQuery(query), 0.5)[0];
    expect(hit({ name: 'Abu Abbas', birthDate: '1948-12-10' })?.features).toContain('birth-date-matches');
    expect(hit({ name: 'Abu Abbas', birthDate: '1975' })?.score).toBeCloseTo(0.85, 2);
    expect(hit({ name: 'Abu Abbas', type: 'entity' })?.features).toContain('type-differs');
    expect(hit({ name: 'Abu Abbas', type: 'individual' })?.score).toBe(1);
  });

  it('finds a name listed only in Arabic script from its Latin spelling', () => {
    const index = new ScreeningIndex('d', 'test list', [
      emptyEntry('7', 'individual', 'عبدالخالق الحوثي'),
      emptyEntry('8', 'individual', 'محمد علي'),
    ]);
    const hits = index.search(prepareQuery({ name: 'Abdulkhaliq al-Houthi' }), 0.85);
    expect(hits.map((hit) => hit.sourceId)).toEqual(['7']);
    expect(hits[0]?.features).toEqual(expect.arrayContaining(['abjad-spelling', 'transliterated']));
  });
});

const LISTS: readonly (readonly [DatasetKind, string])[] = [
  ['ofac', 'ofac_sdn_2024-05-03.csv'],
  ['un', 'un_sc_consolidated_2022-09-15.xml'],
  ['uk', 'uk_hmt_conlist_2018-04-13.csv'],
  ['opensanctions', 'opensanctions_wd_persons_2024-03-09.targets.simple.csv'],
];
const available = LISTS.every(([, name]) => hasSharedData(name));

describe.skipIf(!available)('screening the public lists (skipped when ../shared/data is absent)', () => {
  let indexes: ScreeningIndex[];
  beforeAll(async () => {
    indexes = await Promise.all(
      LISTS.map(async ([kind, name]) => {
        const parsed = await parseReferenceFile(kind, readFileSync(sharedDataFile(name)), name);
        return new ScreeningIndex(kind, name, parsed.entries);
      }),
    );
  });
  const top = (name: string, threshold = 0.85) => searchAll(indexes, { name }, threshold, 5);

  it.each([
    ['name order', 'Abu Abbas', 'ABBAS, Abu'],
    [
      'missing diacritics and name order',
      'Miguel Angel Rodriguez Orejuela',
      'RODRIGUEZ OREJUELA, Miguel Angel',
    ],
    ['an alias inside OFAC remarks', 'Patricio', 'RODRIGUEZ OREJUELA, Miguel Angel'],
    ['a spelling variant', 'Hezbollah', 'HIZBALLAH'],
    ['Arabic script of a Latin-listed name', 'حزب الله', 'HIZBALLAH'],
    ['Arabic script of a UN individual', 'عبد الخالق الحوثي', 'ABD AL-KHALIQ AL-HOUTHI'],
    [
      'the Latin spelling of an Arabic original-script name',
      'Abdulkhaliq Al Houthi',
      'ABD AL-KHALIQ AL-HOUTHI',
    ],
  ])('finds a listed name from %s ("%s")', (_what, query, expected) => {
    const hits = top(query);
    expect(hits.map((hit) => hit.entryName)).toContain(expected);
  });

  it('reports the matched name, the features and the list of each hit', () => {
    const [hit] = top('Abu Abbas');
    expect(hit).toMatchObject({ datasetId: 'ofac', sourceId: '2674', matchedName: 'ABBAS, Abu', score: 1 });
    expect(hit?.features).toEqual(expect.arrayContaining(['primary-name', 'token-set']));
  });

  it.each(['Maria Schneider', 'Peter Johansson', 'Emily Clarke', 'Hans-Jürgen Becker', 'Sophie Martin'])(
    'gives no high-score hit for the unrelated common name "%s"',
    (name) => {
      expect(top(name, 0.9)).toEqual([]);
    },
  );

  it('finds through the index exactly what a scan of every entry finds', () => {
    for (const name of ['Abu Abbas', 'Hezbollah', 'Kim Jong Un', 'Banco Nacional de Cuba', 'حزب الله']) {
      const prepared = prepareQuery({ name });
      for (const index of indexes) {
        expect(
          index.search(prepared, 0.85).map((hit) => hit.sourceId),
          `${name} in ${index.datasetId}`,
        ).toEqual(index.scan(prepared, 0.85).map((hit) => hit.sourceId));
      }
    }
  });
});
