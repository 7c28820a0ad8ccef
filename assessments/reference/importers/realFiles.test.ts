import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedDataFile } from '../../../test/helpers/sharedData';
import { parseReferenceFile } from './parseReferenceFile';
import { parseUkHmt } from './ukHmt';

const OFAC = 'ofac_sdn_2024-05-03.csv';
const OFAC_SAMPLE = 'ofac_sdn_2024-05-03.sample.csv';
const UN = 'un_sc_consolidated_2022-09-15.xml';
const UN_SAMPLE = 'un_sc_consolidated_2022-09-15.sample.xml';
const UK = 'uk_hmt_conlist_2018-04-13.csv';
const OPENSANCTIONS = 'opensanctions_wd_persons_2024-03-09.targets.simple.csv';
const FREEDOM_HOUSE = 'freedomhouse_fiw_all_data_2013-2025.xlsx';
const RSF = 'rsf_press_freedom_index_2024.csv';

const skipped = (name: string) => `${name} (skipped: ../shared/data/${name} is absent)`;
const read = (name: string) => readFileSync(sharedDataFile(name));
const when = (name: string) => (hasSharedData(name) ? it : it.skip);

describe('the public reference files import with the record counts their publishers give', () => {
  when(OFAC)(hasSharedData(OFAC) ? OFAC : skipped(OFAC), async () => {
    const parsed = await parseReferenceFile('ofac', read(OFAC), OFAC);
    expect(parsed.records).toBe(14_965);
    const byType = countBy(parsed.entries.map((entry) => entry.type));
    expect(byType).toEqual({ entity: 6_884, individual: 6_854, vessel: 851, aircraft: 376 });
    expect(new Set(parsed.entries.flatMap((entry) => entry.programmes)).size).toBeGreaterThan(50);
    expect(parsed.entries.filter((entry) => entry.programmes.length > 1)).toHaveLength(1_685);
    expect(parsed.vintage).toBe('2024-05-03');
    const abbas = parsed.entries.find((entry) => entry.sourceId === '2674');
    expect(abbas).toMatchObject({ name: 'ABBAS, Abu', type: 'individual', programmes: ['SDGT'] });
    expect(abbas?.birthDates).toContain('1948-12-10');
  });

  when(OFAC_SAMPLE)(
    hasSharedData(OFAC_SAMPLE)
      ? `${OFAC_SAMPLE}: the first 80 records without OFAC's end marker are refused as cut short`
      : skipped(OFAC_SAMPLE),
    async () => {
      await expect(parseReferenceFile('ofac', read(OFAC_SAMPLE), OFAC_SAMPLE)).rejects.toThrow(
        /line 81: the file ends without OFAC's end-of-file marker .*80 records, the last ent_num \d+ on line 80/,
      );
    },
  );

  when(UN)(hasSharedData(UN) ? UN : skipped(UN), async () => {
    const parsed = await parseReferenceFile('un', read(UN), UN);
    expect(countBy(parsed.entries.map((entry) => entry.type))).toEqual({ individual: 699, entity: 253 });
    expect(parsed.vintage).toBe('2022-09-15');
    expect(
      parsed.entries.filter((entry) => entry.originalScriptNames.length > 0).length,
    ).toBeGreaterThanOrEqual(397);
    for (const entry of parsed.entries) {
      expect(entry.name).toBe(entry.name.trim());
      expect(entry.sourceId).toBe(entry.sourceId.trim());
    }
  });

  when(UN_SAMPLE)(hasSharedData(UN_SAMPLE) ? UN_SAMPLE : skipped(UN_SAMPLE), async () => {
    const parsed = await parseReferenceFile('un', read(UN_SAMPLE), UN_SAMPLE);
    expect(parsed.entries.map((entry) => entry.sourceId)).toEqual([
      'KPi.033',
      'KPi.037',
      'KPi.038',
      'QDi.430',
      'KPi.034',
      'KPi.035',
      'KPi.036',
      'KPi.030',
      'KPi.032',
      'KPi.031',
      'KPi.039',
      'YEi.001',
      'KPe.053',
      'IRe.001',
      'QDe.144',
      'QDe.001',
      'IRe.002',
    ]);
    const houthi = parsed.entries.find((entry) => entry.sourceId === 'YEi.001');
    expect(houthi?.originalScriptNames).toEqual(['عبدالخالق الحوثي']);
    expect(houthi?.aliases).toHaveLength(5);
    expect(houthi?.birthDates).toEqual(['1984']);
  });

  when(UK)(hasSharedData(UK) ? UK : skipped(UK), async () => {
    const parsed = await parseUkHmt(read(UK), UK);
    expect(parsed.rows).toBe(9_487);
    expect(parsed.records).toBe(2_106);
    expect(parsed.vintage).toBe('2018-04-13');
    const text = parsed.entries.flatMap((entry) => [entry.name, ...entry.aliases]).join('\n');
    expect(text).not.toContain('\ufffd');
    expect(text).toMatch(/[’‘]/u);
    expect(parsed.entries.every((entry) => !entry.name.startsWith(' ') && !entry.name.startsWith("'"))).toBe(
      true,
    );
  });

  when(OPENSANCTIONS)(hasSharedData(OPENSANCTIONS) ? OPENSANCTIONS : skipped(OPENSANCTIONS), async () => {
    const parsed = await parseReferenceFile('opensanctions', read(OPENSANCTIONS), OPENSANCTIONS);
    expect(parsed.records).toBe(20);
    expect(parsed.entries.every((entry) => entry.type === 'individual')).toBe(true);
    expect(
      parsed.entries.some((entry) =>
        entry.originalScriptNames.some((name) => /\p{Script=Arabic}/u.test(name)),
      ),
    ).toBe(true);
    expect(parsed.vintage).toMatch(/^2024-03-/u);
  });

  when(FREEDOM_HOUSE)(hasSharedData(FREEDOM_HOUSE) ? FREEDOM_HOUSE : skipped(FREEDOM_HOUSE), async () => {
    const parsed = await parseReferenceFile('freedomhouse', read(FREEDOM_HOUSE), FREEDOM_HOUSE);
    expect(parsed.records).toBe(2_723);
    expect(parsed.vintage).toBe('2025');
    const status = parsed.indicators.filter((value) => value.indicator === 'fh.fiw.status');
    expect(countBy(status.map((value) => value.text ?? ''))).toEqual({ F: 1_131, PF: 804, NF: 788 });
    const china = parsed.indicators.find(
      (value) => value.countryCode === 'CN' && value.year === 2025 && value.indicator === 'fh.fiw.pr',
    );
    expect(china?.value).toBe(-2);
    for (const [name, code] of [
      ["Cote d'Ivoire", 'CI'],
      ['Congo (Kinshasa)', 'CD'],
      ['Congo (Brazzaville)', 'CG'],
      ['The Gambia', 'GM'],
      ['St. Lucia', 'LC'],
      ['Turkey', 'TR'],
      ['Czech Republic', 'CZ'],
      ['Russia', 'RU'],
      ['Kosovo', 'XK'],
    ] as const) {
      expect(status.find((value) => value.countryName === name)?.countryCode, name).toBe(code);
    }
    expect(parsed.unresolvedCountries).toEqual(
      expect.arrayContaining(['Crimea', 'Abkhazia', 'Tibet', 'Indian Kashmir', 'Gaza Strip']),
    );
    expect(parsed.unresolvedCountries).not.toContain('Kosovo');
  });

  when(RSF)(hasSharedData(RSF) ? RSF : skipped(RSF), async () => {
    const parsed = await parseReferenceFile('rsf', read(RSF), RSF);
    expect(parsed.records).toBe(180);
    expect(parsed.vintage).toBe('2024');
    const norway = parsed.indicators.find(
      (value) => value.countryCode === 'NO' && value.indicator === 'rsf.score',
    );
    expect(norway?.value).toBe(91.89);
    expect(parsed.indicators.find((value) => value.countryCode === 'XK')).toBeDefined();
    expect(parsed.unresolvedCountries.map((name) => name.slice(-5))).toEqual(
      expect.arrayContaining(['(CTU)', '(CSS)']),
    );
  });
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
