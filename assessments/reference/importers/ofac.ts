import { readCsv } from '../csvReader';
import { ImportError } from '../importError';
import { emptyEntry, type EntryType, type ListEntry, type ParsedDataset } from '../types';
import { clean, unique } from '../text';

const COLUMNS = [
  'ent_num',
  'SDN_Name',
  'SDN_Type',
  'Program',
  'Title',
  'Call_Sign',
  'Vess_type',
  'Tonnage',
  'GRT',
  'Vess_flag',
  'Vess_owner',
  'Remarks',
] as const;

const TYPES: Record<string, EntryType> = {
  individual: 'individual',
  vessel: 'vessel',
  aircraft: 'aircraft',
};

/**
 * OFAC `sdn.csv`: no header, 12 columns in OFAC's published order, `-0- ` (unquoted) for null,
 * CRLF and a trailing Ctrl-Z. Aliases, dates and places of birth and identifiers only appear as
 * free text in Remarks (`a.k.a. '…'; DOB 1938; alt. DOB 1936; POB …`).
 */
export function parseOfacSdn(text: string, file: string, vintage: string | null): ParsedDataset {
  const entries: ListEntry[] = [];
  const seen = new Set<string>();
  for (const row of readCsv(text, { file })) {
    if (row.fields.length !== COLUMNS.length) {
      throw new ImportError(
        { file, line: row.line },
        `expected the ${COLUMNS.length} columns of OFAC sdn.csv (${COLUMNS.join(', ')}), found ${row.fields.length} fields` +
          (row.line === 1 ? '; is this an OFAC SDN file?' : ''),
      );
    }
    const value = (index: number): string => {
      const raw = row.fields[index] ?? '';
      return !row.quoted[index] && raw.trim() === '-0-' ? '' : clean(raw);
    };
    const id = value(0);
    if (!/^\d+$/.test(id))
      throw new ImportError(
        { file, line: row.line, field: 'ent_num' },
        `expected a number, found ${JSON.stringify(id)}`,
      );
    if (seen.has(id))
      throw new ImportError({ file, line: row.line, field: 'ent_num' }, `entry ${id} appears twice`);
    seen.add(id);
    const name = value(1);
    if (!name) throw new ImportError({ file, line: row.line, field: 'SDN_Name' }, 'the name is empty');
    const rawType = value(2).toLowerCase();
    const type = rawType === '' ? 'entity' : TYPES[rawType];
    if (!type)
      throw new ImportError(
        { file, line: row.line, field: 'SDN_Type' },
        `expected individual, vessel, aircraft or -0- (entity), found ${JSON.stringify(rawType)}`,
      );
    const entry = emptyEntry(id, type, name);
    entry.programmes = unique(
      value(3)
        .split(/\]\s*\[/u)
        .map((part) => clean(part.replace(/[[\]]/gu, ''))),
    );
    const remarks = parseRemarks(value(11));
    entry.aliases = remarks.aliases;
    entry.birthDates = remarks.birthDates;
    entry.birthPlaces = remarks.birthPlaces;
    entry.nationalities = remarks.nationalities;
    entry.identifiers = unique([...remarks.identifiers, ...(value(5) ? [`Call sign ${value(5)}`] : [])]);
    entry.sourceUrl = `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${id}`;
    entries.push(entry);
  }
  if (entries.length === 0) throw new ImportError({ file }, 'the file holds no SDN records');
  return {
    kind: 'ofac',
    sourceName: 'OFAC Specially Designated Nationals (SDN) list',
    vintage,
    records: entries.length,
    entries,
    indicators: [],
    unresolvedCountries: [],
  };
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

const IDENTIFIER =
  /^(passport|national id|cedula|tax id|ssn|swift|bic|imo|mmsi|registration|company number|identification number|d-u-n-s|digital currency address|aircraft|vessel registration|nit|rfc|curp|ruc|driver|citizen|personal id|residency number|public security|business registration|serial)/iu;

/** Splits OFAC remarks into its `;`-separated statements and sorts out the structured ones. */
export function parseRemarks(remarks: string): {
  aliases: string[];
  birthDates: string[];
  birthPlaces: string[];
  nationalities: string[];
  identifiers: string[];
} {
  const aliases: string[] = [];
  const birthDates: string[] = [];
  const birthPlaces: string[] = [];
  const nationalities: string[] = [];
  const identifiers: string[] = [];
  // A name may hold an apostrophe (ANSAR AL-SHARI'A): the closing quote is the one before `;`, `.`, `,` or the end.
  for (const match of remarks.matchAll(/\b[af]\.k\.a\.,?\s*'(.+?)'(?=\s*(?:[;,.)]|$))/giu))
    aliases.push(clean(match[1]));
  for (const raw of remarks.split(';')) {
    const part = clean(raw).replace(/^alt\.\s*/iu, '');
    let match: RegExpMatchArray | null;
    if ((match = /^DOB\s+(.+)$/iu.exec(part))) birthDates.push(ofacDate(match[1] ?? ''));
    else if ((match = /^POB\s+(.+)$/iu.exec(part))) birthPlaces.push(clean(match[1]));
    else if ((match = /^(?:nationality|citizen)\s+(.+)$/iu.exec(part))) nationalities.push(clean(match[1]));
    else if (IDENTIFIER.test(part)) identifiers.push(part.replace(/\.$/u, ''));
  }
  return {
    aliases: unique(aliases),
    birthDates: unique(birthDates),
    birthPlaces: unique(birthPlaces),
    nationalities: unique(nationalities),
    identifiers: unique(identifiers),
  };
}

/** `10 Dec 1948` → 1948-12-10, `1938` → 1938, `1960 to 1965` → 1960/1965, else as written. */
function ofacDate(text: string): string {
  const value = clean(text).replace(/\.$/u, '');
  const exact = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/u.exec(value);
  if (exact) {
    const month = MONTHS[(exact[2] ?? '').toLowerCase()];
    if (month) return `${exact[3]}-${month}-${(exact[1] ?? '').padStart(2, '0')}`;
  }
  const monthYear = /^([A-Za-z]{3}) (\d{4})$/u.exec(value);
  if (monthYear) {
    const month = MONTHS[(monthYear[1] ?? '').toLowerCase()];
    if (month) return `${monthYear[2]}-${month}`;
  }
  const range = /^(\d{4}) to (\d{4})$/u.exec(value);
  if (range) return `${range[1]}/${range[2]}`;
  return value;
}
