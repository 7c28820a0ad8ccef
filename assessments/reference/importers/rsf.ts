import { utf8Text, type ByteSource } from '../byteSource';
import { csvStream } from '../csvReader';
import { resolveCountry } from '../countryResolver';
import { ImportError } from '../importError';
import type { IndicatorValue, ParsedDataset } from '../types';
import { clean } from '../text';

const REQUIRED = ['ISO', 'Score', 'Rank', 'Country_EN', 'Year (N)'];

/**
 * RSF World Press Freedom Index CSV (2022 methodology onwards): `;`-separated, UTF-8 with a BOM,
 * decimal commas. Codes are ISO alpha-3 plus RSF's own for units without one (XKX, CTU, CSS).
 */
export async function parseRsf(source: ByteSource, file: string): Promise<ParsedDataset> {
  const text = utf8Text(source, file, ' (RSF publishes UTF-8; was the file re-saved in another encoding?)');
  const rows = csvStream(text, { file, delimiter: ';' }).rows;
  const header = await rows.next();
  if (header.done) throw new ImportError({ file, line: 1 }, 'the file is empty');
  const names = header.value.fields.map(clean);
  for (const name of REQUIRED) {
    if (!names.includes(name))
      throw new ImportError(
        { file, line: header.value.line, field: name },
        `the header has no "${name}" column; expected the RSF index layout (ISO;Score;Rank;…;Country_EN;…;Year (N))`,
      );
  }
  const indicators: IndicatorValue[] = [];
  const unresolved = new Set<string>();
  let records = 0;
  let latest = 0;
  for await (const row of rows) {
    if (row.fields.length !== names.length)
      throw new ImportError(
        { file, line: row.line },
        `the row has ${row.fields.length} fields, the header ${names.length}`,
      );
    const get = (name: string): string => clean(row.fields[names.indexOf(name)]);
    const number = (name: string): number => {
      const raw = get(name);
      const value = Number(raw.replace(',', '.'));
      if (raw === '' || !Number.isFinite(value))
        throw new ImportError(
          { file, line: row.line, field: name },
          `expected a number such as 91,89, found ${JSON.stringify(raw)}`,
        );
      return value;
    };
    const iso = get('ISO');
    const country = get('Country_EN') || iso;
    if (!iso && !country)
      throw new ImportError({ file, line: row.line, field: 'ISO' }, 'the country is empty');
    const code = resolveCountry(iso) ?? resolveCountry(country);
    if (!code) unresolved.add(`${country} (${iso})`);
    const year = number('Year (N)');
    latest = Math.max(latest, year);
    records += 1;
    const base = { countryCode: code, countryName: country, year };
    indicators.push({ ...base, indicator: 'rsf.score', value: number('Score'), text: null });
    indicators.push({ ...base, indicator: 'rsf.rank', value: number('Rank'), text: null });
    if (names.includes('Situation'))
      indicators.push({ ...base, indicator: 'rsf.situation', value: null, text: get('Situation') });
  }
  if (records === 0) throw new ImportError({ file }, 'the file has no data rows');
  return {
    kind: 'rsf',
    sourceName: 'RSF World Press Freedom Index',
    vintage: String(latest),
    records,
    entries: [],
    indicators,
    unresolvedCountries: [...unresolved].sort(),
  };
}
