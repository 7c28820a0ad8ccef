import { resolveCountry } from '../countryResolver';
import { ImportError } from '../importError';
import type { IndicatorValue, ParsedDataset } from '../types';
import { clean } from '../text';
import type { ByteSource } from '../byteSource';
import { readWorkbook, type SheetRow } from './xlsxSheet';

const REQUIRED = ['Country/Territory', 'Edition', 'Status', 'PR rating', 'CL rating', 'PR', 'CL', 'Total'];

/** Indicator ids stored for each country and edition, and the header they come from. */
const NUMERIC: readonly (readonly [string, string])[] = [
  ['fh.fiw.pr-rating', 'PR rating'],
  ['fh.fiw.cl-rating', 'CL rating'],
  ['fh.fiw.pr', 'PR'],
  ['fh.fiw.cl', 'CL'],
  ['fh.fiw.total', 'Total'],
];

const STATUS = new Set(['F', 'PF', 'NF']);

/**
 * Freedom House "Freedom in the World" all-data workbook. The data sheet has a merged title row
 * above the header, so the header row is found by its column names. Years are editions (FIW 2025
 * covers 2024). Country names follow Freedom House's conventions and are resolved to ISO codes.
 */
export async function parseFreedomHouse(source: ByteSource, file: string): Promise<ParsedDataset> {
  const sheets = await readWorkbook(source, file);
  let found: { name: string; header: SheetRow; rows: SheetRow[] } | null = null;
  for (const sheet of sheets) {
    const lastRow = sheet.rows.reduce((max, row) => Math.max(max, row.row || 0), 0);
    if (sheet.declaredLastRow !== null && lastRow < sheet.declaredLastRow)
      throw new ImportError(
        { file, record: `sheet ${sheet.name}` },
        `the sheet declares rows up to ${sheet.declaredLastRow} but its data ends at row ${lastRow}: the workbook is truncated or damaged`,
      );
  }
  for (const sheet of sheets) {
    const headerIndex = sheet.rows.slice(0, 20).findIndex((row) => {
      const texts = new Set([...row.cells.values()].map(clean));
      return REQUIRED.every((name) => texts.has(name));
    });
    if (headerIndex !== -1) {
      found = {
        name: sheet.name,
        header: sheet.rows[headerIndex] as SheetRow,
        rows: sheet.rows.slice(headerIndex + 1),
      };
      break;
    }
  }
  if (!found)
    throw new ImportError(
      { file },
      `no sheet has a header row with ${REQUIRED.join(', ')}; is this the Freedom in the World all-data workbook?`,
    );
  const columns = new Map<string, string>();
  for (const [column, text] of found.header.cells)
    if (!columns.has(clean(text))) columns.set(clean(text), column);
  const indicators: IndicatorValue[] = [];
  const unresolved = new Set<string>();
  let records = 0;
  let latest = 0;
  for (const row of found.rows) {
    const get = (name: string): string => clean(row.cells.get(columns.get(name) ?? '') ?? '');
    const country = get('Country/Territory');
    if (!country && [...row.cells.values()].every((text) => clean(text) === '')) continue;
    const record = `sheet ${found.name} row ${row.row}`;
    if (!country)
      throw new ImportError({ file, record, field: 'Country/Territory' }, 'the country name is empty');
    const edition = Number(get('Edition'));
    if (!Number.isInteger(edition) || edition < 1970 || edition > 2100)
      throw new ImportError(
        { file, record, field: 'Edition' },
        `expected an edition year, found ${JSON.stringify(get('Edition'))}`,
      );
    const status = get('Status');
    if (!STATUS.has(status))
      throw new ImportError(
        { file, record, field: 'Status' },
        `expected F, PF or NF, found ${JSON.stringify(status)}`,
      );
    const code = resolveCountry(country);
    if (!code) unresolved.add(country);
    records += 1;
    latest = Math.max(latest, edition);
    const base = { countryCode: code, countryName: country, year: edition };
    indicators.push({ ...base, indicator: 'fh.fiw.status', value: null, text: status });
    for (const [indicator, header] of NUMERIC) {
      const raw = get(header);
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value))
        throw new ImportError(
          { file, record, field: header },
          `expected a number, found ${JSON.stringify(raw)}`,
        );
      indicators.push({ ...base, indicator, value, text: null });
    }
  }
  if (records === 0)
    throw new ImportError({ file, record: `sheet ${found.name}` }, 'the sheet has no data rows');
  return {
    kind: 'freedomhouse',
    sourceName: 'Freedom House, Freedom in the World',
    vintage: String(latest),
    records,
    entries: [],
    indicators,
    unresolvedCountries: [...unresolved].sort(),
  };
}
