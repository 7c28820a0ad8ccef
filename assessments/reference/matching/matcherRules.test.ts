import { describe, expect, it } from 'vitest';
import { emptyEntry, type ListEntry } from '../types';
import { abjadSpellingSimilarity, abjadUnits, ALIF_MARK, latinUnits } from './abjadSpelling';
import { nameForm } from './nameForm';
import { oneEditApart } from './oneEditApart';
import { identifierKeysOf } from './refine';
import { prepareQuery, ScreeningIndex, searchAll } from './screeningIndex';
import { compareNames } from './similarity';

const score = (query: string, listed: string) => compareNames(nameForm(query), nameForm(listed)).score;
const entry = (id: string, name: string, extra: Partial<ListEntry> = {}): ListEntry => ({
  ...emptyEntry(id, 'individual', name),
  ...extra,
});

describe('Arabic script against Latin spellings', () => {
  /** `arabic` as any-ascii transliterates it, an alif written as A. */
  const spelling = (arabic: string, latin: string) =>
    abjadSpellingSimilarity(abjadUnits(arabic.replaceAll('A', ALIF_MARK)), latinUnits(latin));

  it('lets a Latin spelling add short vowels but holds it to the long vowels the script writes', () => {
    expect(spelling('mhmd', 'muhammad')).toBe(1);
    expect(spelling('mhmd', 'mohamed')).toBe(1);
    expect(spelling('mhmwd', 'mahmud')).toBe(1);
    expect(spelling('mhmwd', 'muhammad')).toBeLessThan(spelling('mhmwd', 'mahmoud'));
    expect(score('محمود عباس', 'Mahmoud ABBAS')).toBeGreaterThan(0.9);
    expect(score('محمود عباس', 'Muhammad ABBAS')).toBeLessThan(0.85);
    // نصار has an alif that Nasr does not answer to.
    expect(spelling('nsAr', 'nassar')).toBe(1);
    expect(spelling('nsAr', 'nasr')).toBeLessThan(0.8);
  });

  it('finds a Latin-listed name from Arabic script and keeps different names apart', () => {
    expect(score('قاسم سليماني', 'SOLEIMANI, Qasem')).toBeGreaterThan(0.9);
    expect(score('سمير نصار', 'NASR, Samir')).toBeLessThan(0.85);
    expect(score('منى خليل', 'CHOE, Chol Min')).toBeLessThan(0.5);
  });
});

describe('name parts, equivalents and legal forms', () => {
  it('reads equivalent given names and spelling families as one name', () => {
    expect(score('Mohamed Ould Mataly', 'MUHAMMAD OULD MATALY')).toBeGreaterThan(0.95);
    expect(score('Mykola Azarov', 'AZAROV, Nikolai')).toBeGreaterThan(0.95);
    expect(score('Yury Ivanov', 'IVANOV, Yuriy')).toBeGreaterThan(0.95);
    expect(score('Youssef Djamel', 'Yusuf Jamel')).toBeGreaterThan(0.9);
  });

  it('reads "Abd" joined to the next word as the two words Arabic writes', () => {
    expect(nameForm('Abdulkhaliq al-Houthi').tokens).toEqual(['abd', 'khaliq', 'huthi']);
    expect(score('Abdulrahman Saleh', 'Abd al-Rahman SALEH')).toBe(1);
  });

  it('drops legal forms written with dots, in full, in other languages and with a typo', () => {
    for (const name of [
      'Credisa S.A.',
      'CREDISA SOCIEDAD ANONIMA',
      'Credisa Societe Anonyme',
      'Credisa Limited Liability Company',
      'CREDISA L.L.C.',
      'Credisa Obshchestvo s Ogranichennoy Otvetstvennostyu',
      'Credisa Compnay',
    ])
      expect(nameForm(name).tokens, name).toEqual(['credisa']);
  });

  it('penalises a listed family name the query lacks and query words the listed name lacks', () => {
    expect(score('Oleg Vasilev', 'MATYTSIN, Oleg Vasilyevich')).toBeLessThan(0.85);
    expect(score('Martin Fernandez', 'MARTINEZ FERNANDEZ, Pedro Orlando')).toBeLessThan(0.85);
    expect(score('Rukan Abd al-Ghafur', 'AL-TIKRITI, Rukan Razuki abd-al-Ghafur')).toBeLessThan(0.85);
    expect(score('Miguel Angel Rodriguez', 'RODRIGUEZ OREJUELA, Miguel Angel')).toBeGreaterThan(0.85);
  });

  it('forgives one typo in a longer word, wherever it is', () => {
    expect(oneEditApart('rvankar', 'ravankar')).toBe(true);
    expect(oneEditApart('rantisi', 'rnatisi')).toBe(true);
    expect(oneEditApart('rantisi', 'rtntisi')).toBe(true);
    expect(oneEditApart('rantisi', 'rtntis')).toBe(false);
    expect(score('Mansur Rvankar', 'RAVANKAR, Mansur')).toBeGreaterThan(0.85);
  });

  it('does not let a longer name that merely starts like a listed one through', () => {
    expect(score('Daniel Saleh', 'DANIEL')).toBeLessThan(0.85);
    expect(score('Karim Abbasin', 'ABU ISLAM, Karim')).toBeLessThan(0.85);
  });
});

describe('the index', () => {
  it('matches a one-word alias only as written', () => {
    const index = new ScreeningIndex('d', 'list', [
      entry('1', 'RODRIGUEZ OREJUELA, Miguel Angel', { aliases: ['Patricio', 'Jonas'] }),
    ]);
    const found = (name: string) => index.search(prepareQuery({ name }), 0.85).map((hit) => hit.matchedName);
    expect(found('Patricio')).toEqual(['Patricio']);
    expect(found('Patrizio')).toEqual([]);
    expect(found('Jonas Grin')).toEqual([]);
  });

  it('matches an alias the source marks low quality only as written', () => {
    const index = new ScreeningIndex('d', 'list', [
      entry('1', 'ZAYDAN, Muhammad', { aliases: ['ABU AL-ABBAS'], weakAliases: ['ABU AL-ABBAS'] }),
    ]);
    const found = (name: string) => index.search(prepareQuery({ name }), 0.85).map((hit) => hit.matchedName);
    expect(found('Abu al-Abbas')).toEqual(['ABU AL-ABBAS']);
    expect(found('Abu al-Abass')).toEqual([]);
    expect(found('Muhammad Zaidan')).toEqual(['ZAYDAN, Muhammad']);
  });

  it('finds an entry by an identifier whatever its names, and says so', () => {
    const index = new ScreeningIndex('d', 'list', [
      entry('1', 'ABBAS, Abu', { identifiers: ['Passport A1234567 (Iraq) issued 2001'] }),
    ]);
    const [hit] = index.search(prepareQuery({ name: 'Zayed Karimi', identifiers: ['A-123 4567'] }), 0.85);
    expect(hit?.features).toContain('identifier-matches');
    expect(identifierKeysOf('Passport A1234567 (Iraq) issued 2001')).toContain('A1234567');
    expect(identifierKeysOf('National ID 12 345 678')).toContain('12345678');
    expect(identifierKeysOf('No. 1234')).toEqual([]);
  });

  it('lowers a hit whose listed nationality differs and raises one whose nationality matches', () => {
    const index = new ScreeningIndex('d', 'list', [
      entry('1', 'HADDAD, Nasser', { nationalities: ['Lebanon'] }),
    ]);
    const hit = (countries: string[]) =>
      index.search(prepareQuery({ name: 'Nasser Haddad', countries }), 0.5)[0];
    expect(hit(['LB'])?.features).toContain('country-matches');
    expect(hit(['SY'])?.features).toContain('country-differs');
    expect(hit(['SY'])?.score ?? 1).toBeLessThan(hit(['LB'])?.score ?? 0);
  });

  it('links the records of one person on two lists, so either name finds both', () => {
    const un = new ScreeningIndex('un', 'UN', [
      entry('QDi.1', 'SAIDULLAH JAN', { aliases: ['WAZIRI, Saidullah'], birthDates: ['1970'] }),
    ]);
    const ofac = new ScreeningIndex('ofac', 'OFAC', [
      entry('100', 'JAN, Saidullah', { birthDates: ['1970-01-01'] }),
      entry('101', 'JAN, Saidullah', { birthDates: ['1981'] }),
    ]);
    const hits = searchAll([un, ofac], { name: 'Saidullah Waziri' }, 0.85, 10);
    expect(hits.map((hit) => hit.sourceId)).toEqual(['QDi.1', '100']);
    expect(hits[1]?.features).toEqual(['linked-record']);
    expect(hits[1]?.sameAs).toEqual([{ datasetId: 'un', datasetLabel: 'UN', sourceId: 'QDi.1' }]);
    expect(hits[0]?.sameAs?.map((ref) => ref.sourceId)).toEqual(['100']);
  });
});
