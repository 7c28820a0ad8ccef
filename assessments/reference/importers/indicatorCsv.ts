import { utf8Text, type ByteSource } from '../byteSource';
import { csvStream } from '../csvReader';
import { resolveCountry } from '../countryResolver';
import { ImportError } from '../importError';
import type { IndicatorValue, ParsedDataset } from '../types';
import { clean } from '../text';

const REQUIRED = ['country', 'indicator', 'value', 'year'] as const;

/**
 * The generic indicator CSV (docs/reference-data.md): UTF-8, comma-separated, a header with
 * `country,indicator,value,year` in any order and optional `source`. `value` is a number or a text
 * label (for example a CIVICUS rating); `country` is an ISO code or an English name.
 */
export async function parseIndicatorCsv(source: ByteSource, file: string): Promise<ParsedDataset> {
  const rows = csvStream(utf8Text(source, file), { file }).rows;
  const header = await rows.next();
  if (header.done) throw new ImportError({ file, line: 1 }, 'the file is empty');
  const names = header.value.fields.map((name) => clean(name).toLowerCase());
  for (const name of REQUIRED) {
    if (!names.includes(name))
      throw new ImportError(
        { file, line: header.value.line, field: name },
        `the header has no "${name}" column; expected country,indicator,value,year`,
      );
  }
  const indicators: IndicatorValue[] = [];
  const unresolved = new Set<string>();
  const sources = new Set<string>();
  let latest = 0;
  for await (const row of rows) {
    if (row.fields.length !== names.length)
      throw new ImportError(
        { file, line: row.line },
        `the row has ${row.fields.length} fields, the header ${names.length}`,
      );
    const get = (name: string): string =>
      names.includes(name) ? clean(row.fields[names.indexOf(name)]) : '';
    const country = get('country');
    if (!country) throw new ImportError({ file, line: row.line, field: 'country' }, 'the country is empty');
    const indicator = get('indicator');
    if (!/^[a-z0-9][a-z0-9._-]{0,99}$/u.test(indicator))
      throw new ImportError(
        { file, line: row.line, field: 'indicator' },
        `expected an indicator id of lowercase letters, digits, ".", "_" or "-" (such as civicus.rating), found ${JSON.stringify(indicator)}`,
      );
    const year = Number(get('year'));
    if (!Number.isInteger(year) || year < 1900 || year > 2100)
      throw new ImportError(
        { file, line: row.line, field: 'year' },
        `expected a year, found ${JSON.stringify(get('year'))}`,
      );
    const raw = get('value');
    if (!raw) throw new ImportError({ file, line: row.line, field: 'value' }, 'the value is empty');
    const numeric = /^-?\d+(\.\d+)?$/u.test(raw) ? Number(raw) : null;
    const code = resolveCountry(country);
    if (!code) unresolved.add(country);
    if (get('source')) sources.add(get('source'));
    latest = Math.max(latest, year);
    indicators.push({
      countryCode: code,
      countryName: country,
      indicator,
      year,
      value: numeric,
      text: numeric === null ? raw : null,
    });
  }
  if (indicators.length === 0) throw new ImportError({ file }, 'the file has no data rows');
  return {
    kind: 'csv',
    sourceName: sources.size ? [...sources].join('; ') : 'Indicator CSV',
    vintage: String(latest),
    records: indicators.length,
    entries: [],
    indicators,
    unresolvedCountries: [...unresolved].sort(),
  };
}
