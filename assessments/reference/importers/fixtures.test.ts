import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freedomHouseWorkbook } from '../../../test/helpers/xlsxBuilder';
import { readCsv } from '../csvReader';
import type { DatasetKind } from '../types';
import { parseRemarks } from './ofac';
import { parseReferenceFile } from './parseReferenceFile';
import { parseUkHmt } from './ukHmt';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/reference/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`);
const parse = (kind: DatasetKind, name: string) => parseReferenceFile(kind, fixture(name), name);

describe('the CSV reader', () => {
  it('reads quoted fields with delimiters, newlines and doubled quotes, and reports start lines', () => {
    const rows = [...readCsv('a,"b,1","line\nbreak","say ""hi"""\r\nx,,\n\n"last"', { file: 't.csv' })];
    expect(rows.map((row) => row.fields)).toEqual([
      ['a', 'b,1', 'line\nbreak', 'say "hi"'],
      ['x', '', ''],
      ['last'],
    ]);
    expect(rows.map((row) => row.line)).toEqual([1, 3, 5]);
  });

  it('ignores a BOM and a trailing Ctrl-Z, and honours another delimiter', () => {
    const rows = [...readCsv('\ufeffa;b\r\n1;2\r\n\u001a', { file: 't.csv', delimiter: ';' })];
    expect(rows.map((row) => row.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('names the file and line of an unclosed quote or stray text after a quote', () => {
    expect(() => [...readCsv('a\n"open,b\nc', { file: 't.csv' })]).toThrow(/t\.csv, line 2.*never closed/);
    expect(() => [...readCsv('a,"b"x,c', { file: 't.csv' })]).toThrow(
      /t\.csv, line 1.*after a closing quote/,
    );
  });
});

describe('importers survive each source quirk', () => {
  it('OFAC: no header, -0- nulls, CRLF, Ctrl-Z, remarks, multi-programme', async () => {
    const parsed = await parse('ofac', 'ofac_sdn.csv');
    expect(parsed.records).toBe(5);
    const [airline, abbas, vessel, koryo, haddad] = parsed.entries;
    expect(airline).toMatchObject({ type: 'entity', programmes: ['CUBA'], aliases: [], identifiers: [] });
    expect(abbas).toMatchObject({
      name: 'ABBAS, Abu',
      type: 'individual',
      aliases: ['ZAYDAN, Muhammad', 'ABU AL-ABBAS'],
      birthDates: ['1948-12-10'],
      birthPlaces: ['Safad, Syria'],
      identifiers: ['Passport 123456 (Syria)'],
    });
    expect(vessel).toMatchObject({ type: 'vessel', identifiers: ['Call sign CL2192'] });
    expect(koryo?.programmes).toEqual(['NPWMD', 'IFSR']);
    expect(koryo?.aliases).toEqual(['THE "GREAT" KORYO']);
    expect(haddad).toMatchObject({ birthDates: ['1938', '1936'], nationalities: ['Lebanon'] });
  });

  it('OFAC remarks: aliases holding apostrophes, f.k.a., dates of birth in every form', () => {
    expect(
      parseRemarks(
        "a.k.a. 'ANSAR AL-SHARI'A'; f.k.a. 'O'NEILL TRADING'; DOB circa 1970; DOB Mar 1961; DOB 1960 to 1965; National ID No. 12 (Iraq).",
      ),
    ).toEqual({
      aliases: ["ANSAR AL-SHARI'A", "O'NEILL TRADING"],
      birthDates: ['circa 1970', '1961-03', '1960/1965'],
      birthPlaces: [],
      nationalities: [],
      identifiers: ['National ID No. 12 (Iraq)'],
    });
  });

  it('UN: stray spaces, empty placeholders, four birth-date forms, several update values, scripts', async () => {
    const parsed = await parse('un', 'un_consolidated.xml');
    expect(parsed.vintage).toBe('2022-09-15');
    const [ri, jang, houthi, pad] = parsed.entries;
    expect(ri).toMatchObject({
      sourceId: 'KPi.033',
      name: 'RI WON HO',
      aliases: [],
      birthDates: ['1964-07-17'],
    });
    expect(ri?.identifiers).toEqual(['Passport 381310014']);
    expect(jang).toMatchObject({
      sourceId: 'KPi.035',
      name: 'JANG CHANG HA',
      birthDates: ['1962/1964', '1965'],
    });
    expect(jang?.originalScriptNames).toEqual(['金铁三']);
    expect(jang?.aliases).toContain('Jin Tiesan');
    expect(jang?.birthPlaces).toEqual(["Pyongyang, Democratic People's Republic of Korea"]);
    expect(houthi).toMatchObject({ originalScriptNames: ['عبدالخالق الحوثي'], birthDates: ['1984'] });
    expect(houthi?.aliases).toContain('‘Abd al-Khaliq Badr al-Din al-Huthi');
    // The UN marks "Abu-Yunus" as a low-quality alias: screening matches it only as written.
    expect(houthi?.aliases).toContain('Abu-Yunus');
    expect(houthi?.weakAliases).toEqual(['Abu-Yunus']);
    expect(ri?.weakAliases).toBeUndefined();
    expect(pad).toMatchObject({ sourceId: 'KPe.053', type: 'entity', aliases: ['PAD'] });
  });

  it('UK: Windows-1252, preamble line, one row per alias grouped by Group ID, zeroed dates', async () => {
    const parsed = await parseUkHmt(fixture('uk_conlist.csv'), 'uk_conlist.csv');
    expect(parsed.rows).toBe(6);
    expect(parsed.records).toBe(3);
    expect(parsed.vintage).toBe('2018-04-13');
    const [qahtani, haq, cafe] = parsed.entries;
    expect(qahtani).toMatchObject({
      name: 'AL-QAHTANI, Sheikh Farooq',
      aliases: ['QAHTANI, Farouq'],
      birthDates: ['1980', '1981'],
      nationalities: ['Saudi Arabia', 'Qatar'],
    });
    expect(haq?.name).toBe('ABD AL-HAQ');
    expect(cafe).toMatchObject({ type: 'entity', name: 'CAFÉ “LIBERTÉ” TRADING', aliases: ['LIBERTE CAFE'] });
  });

  it('UK: a copy re-saved as UTF-8 reads the same as the Windows-1252 original', async () => {
    const utf8 = new TextEncoder().encode(new TextDecoder('windows-1252').decode(fixture('uk_conlist.csv')));
    expect((await parseUkHmt(utf8, 'uk_utf8.csv')).entries).toEqual(
      (await parseUkHmt(fixture('uk_conlist.csv'), 'uk_conlist.csv')).entries,
    );
  });

  it('OpenSanctions: quoted fields, ;-joined values, scripts apart from Latin aliases', async () => {
    const parsed = await parse('opensanctions', 'opensanctions_targets.simple.csv');
    expect(parsed.vintage).toBe('2024-03-09');
    const [mbs, jubeir] = parsed.entries;
    expect(mbs).toMatchObject({
      sourceId: 'Q123',
      type: 'individual',
      aliases: ['MBS'],
      birthDates: ['1985-08-31'],
    });
    expect(mbs?.originalScriptNames).toEqual(['محمد بن سلمان', 'Мухаммед бин Салман', '穆罕默德·本·萨勒曼']);
    expect(jubeir?.nationalities).toEqual(['FR', 'LB', 'SA']);
  });

  it('RSF: BOM, semicolons, decimal commas, trailing spaces, non-ISO codes reported', async () => {
    const parsed = await parse('rsf', 'rsf_index.csv');
    expect(parsed.records).toBe(4);
    const score = (code: string) =>
      parsed.indicators.find((value) => value.countryCode === code && value.indicator === 'rsf.score')?.value;
    expect(score('NO')).toBe(91.89);
    expect(score('EG')).toBe(26.38);
    expect(score('XK')).toBe(62.5);
    expect(parsed.unresolvedCountries).toEqual(['Northern Cyprus (CTU)']);
    expect(parsed.indicators.filter((value) => value.countryCode === null)).toHaveLength(3);
  });

  it('generic indicator CSV: codes or names, text or numeric values, unresolved names reported', async () => {
    const parsed = await parse('csv', 'indicators.csv');
    expect(parsed.records).toBe(9);
    expect(parsed.indicators.map((value) => value.countryCode)).toEqual([
      'EG',
      'NO',
      'EG',
      'CD',
      'TR',
      null,
      'EG',
      'EG',
      'EG',
    ]);
    expect(parsed.unresolvedCountries).toEqual(['Atlantis']);
    expect(parsed.sourceName).toContain('CIVICUS Monitor');
  });

  it.each([false, true])(
    'Freedom House: header row found below the title, inline strings %s, negative PR',
    async (inline) => {
      const bytes = freedomHouseWorkbook(
        [
          ['China', 'Asia', 'c', 2025, 'NF', 7, 6, 0, 3, 'N/A', -2, 11, 9],
          ["Cote d'Ivoire", 'Africa', 'c', 2025, 'PF', 4, 4, 6, 0, 'N/A', 20, 30, 50],
          ['Crimea', 'Eurasia', 't', 2024, 'NF', 7, 6, 0, 0, 'N/A', -1, 8, 7],
          [null, null, null, null, null, null, null, null, null, null, null, null, null],
        ],
        { inline },
      );
      const parsed = await parseReferenceFile('freedomhouse', bytes, 'fiw.xlsx');
      expect(parsed.records).toBe(3);
      expect(parsed.vintage).toBe('2025');
      const china = parsed.indicators.filter((value) => value.countryCode === 'CN');
      expect(china.find((value) => value.indicator === 'fh.fiw.pr')?.value).toBe(-2);
      expect(china.find((value) => value.indicator === 'fh.fiw.status')?.text).toBe('NF');
      expect(parsed.indicators.find((value) => value.countryName === "Cote d'Ivoire")?.countryCode).toBe(
        'CI',
      );
      expect(parsed.unresolvedCountries).toEqual(['Crimea']);
    },
  );
});

describe('bad input names the file, the line or record and the field', () => {
  it.each<[string, DatasetKind, string, RegExp]>([
    [
      'an RSF file imported as OFAC',
      'ofac',
      'rsf_index.csv',
      /rsf_index\.csv, line 1: expected the 12 columns of OFAC/,
    ],
    ['an OFAC file imported as UK', 'uk', 'ofac_sdn.csv', /ofac_sdn\.csv, line 1, field "Last Updated"/],
    [
      'a UK header that is not OFSI’s',
      'uk',
      'uk_wrong_header.csv',
      /line 2, field "column 1": expected header "Name 6"/,
    ],
    [
      'an OFAC file imported as UN XML',
      'un',
      'ofac_sdn.csv',
      /ofac_sdn\.csv, line 1: This is not a UN consolidated list XML: it is plain text/,
    ],
    [
      'a Windows-1252 file imported as OpenSanctions (UTF-8)',
      'opensanctions',
      'uk_conlist.csv',
      /uk_conlist\.csv, line 7: the file is not valid UTF-8/,
    ],
    [
      'an RSF file re-saved as Latin-1',
      'rsf',
      'rsf_index_latin1.csv',
      /rsf_index_latin1\.csv, line 2: the file is not valid UTF-8/,
    ],
    [
      'truncated XML',
      'un',
      'un_truncated.xml',
      /un_truncated\.xml, line 9, record CONSOLIDATED_LIST\/ENTITIES\/ENTITY\/REFERENCE_NUMBER: the file ends early.*after 3 INDIVIDUAL and 0 ENTITY records/,
    ],
    [
      'a CSV row with too many fields',
      'ofac',
      'ofac_too_many_fields.csv',
      /ofac_too_many_fields\.csv, line 3: .*found 13 fields/,
    ],
    [
      'an empty name in OFAC',
      'ofac',
      'ofac_empty_name.csv',
      /ofac_empty_name\.csv, line 2, field "SDN_Name": the name is empty/,
    ],
    [
      'an empty name in the UN list',
      'un',
      'un_empty_name.xml',
      /record INDIVIDUAL 2 \(KPi\.035\), field "FIRST_NAME": the name is empty/,
    ],
    [
      'a score that is not a number',
      'rsf',
      'rsf_bad_score.csv',
      /rsf_bad_score\.csv, line 3, field "Score": expected a number/,
    ],
    ['a spreadsheet imported as CSV', 'csv', 'ofac_sdn.csv', /ofac_sdn\.csv, line 1, field "country"/],
  ])('%s', async (_what, kind, name, message) => {
    await expect(parse(kind, name)).rejects.toThrow(message);
  });

  it('a file that is not a workbook, imported as Freedom House', async () => {
    await expect(parse('freedomhouse', 'rsf_index.csv')).rejects.toThrow(
      /rsf_index\.csv, line 1: This is not a Freedom House \.xlsx workbook: it is plain text/,
    );
  });

  it('a workbook without the Freedom in the World header', async () => {
    const bytes = freedomHouseWorkbook([]).slice();
    await expect(parseReferenceFile('freedomhouse', bytes, 'empty.xlsx')).rejects.toThrow(
      /empty\.xlsx, record sheet FIW13-25: the sheet has no data rows/,
    );
  });
});
