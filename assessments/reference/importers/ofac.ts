import { utf8Text, type ByteSource } from '../byteSource';
import { csvStream, type CsvEnding } from '../csvReader';
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

/** The files of OFAC's legacy CSV package that may accompany sdn.csv, with their sources. */
export interface OfacCompanions {
  alt?: { source: ByteSource; file: string };
  add?: { source: ByteSource; file: string };
  comments?: { source: ByteSource; file: string };
}

const ASCII_HINT = ' (OFAC publishes its CSV files as ASCII)';

/**
 * OFAC `sdn.csv`: no header, 12 columns in OFAC's published order, `-0- ` (unquoted) for null,
 * CRLF, and a Ctrl-Z end-of-file byte after the last record. A file without that marker ended
 * early (a cut download) and is refused. Aliases, addresses and the overflow of long remarks come
 * from alt.csv, add.csv and sdn_comments.csv when given; otherwise aliases, dates and places of
 * birth and identifiers are read from the free text of Remarks (`a.k.a. '…'; DOB 1938; POB …`).
 */
export async function parseOfacSdn(
  source: ByteSource,
  file: string,
  vintage: string | null,
  companions: OfacCompanions = {},
): Promise<ParsedDataset> {
  const entries: ListEntry[] = [];
  const byId = new Map<string, ListEntry>();
  const remarksById = new Map<string, string>();
  const csv = csvStream(utf8Text(source, file, ASCII_HINT), { file });
  let last: { id: string; line: number } | null = null;
  for await (const row of csv.rows) {
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
    if (byId.has(id))
      throw new ImportError({ file, line: row.line, field: 'ent_num' }, `entry ${id} appears twice`);
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
    if (value(5)) entry.identifiers = [`Call sign ${value(5)}`];
    entry.sourceUrl = `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${id}`;
    remarksById.set(id, value(11));
    byId.set(id, entry);
    entries.push(entry);
    last = { id, line: row.line };
  }
  requireEndMarker(
    csv.ending(),
    file,
    'sdn.csv',
    last ? `${entries.length} records, the last ent_num ${last.id} on line ${last.line}` : 'no records',
  );
  if (entries.length === 0) throw new ImportError({ file }, 'the file holds no SDN records');
  if (companions.comments) await readComments(companions.comments, byId, remarksById);
  for (const entry of entries) applyRemarks(entry, remarksById.get(entry.sourceId) ?? '');
  if (companions.alt) await readAliases(companions.alt, byId);
  if (companions.add) await readAddresses(companions.add, byId);
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

/** OFAC ends each legacy CSV with a Ctrl-Z byte: without it the download was cut short. */
function requireEndMarker(ending: CsvEnding, file: string, kind: string, read: string): void {
  if (!ending.endsWithNewline)
    throw new ImportError(
      { file, line: ending.lines },
      `the file ends in the middle of a record (${read}): the ${kind} download is incomplete; download it again`,
    );
  if (!ending.eofMarker)
    throw new ImportError(
      { file, line: ending.lines },
      `the file ends without OFAC's end-of-file marker (a Ctrl-Z byte after the last record), so it was cut short (${read}); download the complete ${kind} again`,
    );
}

function applyRemarks(entry: ListEntry, remarks: string): void {
  const parsed = parseRemarks(remarks);
  entry.aliases = parsed.aliases;
  entry.birthDates = parsed.birthDates;
  entry.birthPlaces = parsed.birthPlaces;
  entry.nationalities = parsed.nationalities;
  entry.identifiers = unique([...parsed.identifiers, ...entry.identifiers]);
}

/**
 * Rows of one companion file with its column count checked, its ent_num known in sdn.csv, and
 * its end marker present.
 */
async function* companionRows(
  part: { source: ByteSource; file: string },
  columns: readonly string[],
  kind: string,
  byId: Map<string, ListEntry>,
): AsyncGenerator<{ line: number; entry: ListEntry; value: (index: number) => string }> {
  const { file } = part;
  const csv = csvStream(utf8Text(part.source, file, ASCII_HINT), { file });
  let count = 0;
  for await (const row of csv.rows) {
    if (row.fields.length !== columns.length)
      throw new ImportError(
        { file, line: row.line },
        `expected the ${columns.length} columns of OFAC ${kind} (${columns.join(', ')}), found ${row.fields.length} fields`,
      );
    const value = (index: number): string => {
      const raw = row.fields[index] ?? '';
      return !row.quoted[index] && raw.trim() === '-0-' ? '' : clean(raw);
    };
    const id = value(0);
    const entry = byId.get(id);
    if (!entry)
      throw new ImportError(
        { file, line: row.line, field: columns[0] },
        `ent_num ${JSON.stringify(id)} is not in sdn.csv; the files are from different days`,
      );
    count += 1;
    yield { line: row.line, entry, value };
  }
  requireEndMarker(csv.ending(), file, kind, `${count} rows`);
}

async function readAliases(
  part: { source: ByteSource; file: string },
  byId: Map<string, ListEntry>,
): Promise<void> {
  for await (const { line, entry, value } of companionRows(part, ALT_COLUMNS, 'alt.csv', byId)) {
    const alias = value(3);
    if (!alias) throw new ImportError({ file: part.file, line, field: 'alt_name' }, 'the alias is empty');
    entry.aliases = unique([...entry.aliases, alias]);
    if (/\b(?:low quality|weak)\b/iu.test(value(4)))
      entry.weakAliases = unique([...(entry.weakAliases ?? []), alias]);
  }
}

async function readAddresses(
  part: { source: ByteSource; file: string },
  byId: Map<string, ListEntry>,
): Promise<void> {
  for await (const { entry, value } of companionRows(part, ADD_COLUMNS, 'add.csv', byId)) {
    const address = clean([value(2), value(3), value(4)].filter(Boolean).join(', '));
    if (address) entry.addresses = unique([...(entry.addresses ?? []), address]);
  }
}

async function readComments(
  part: { source: ByteSource; file: string },
  byId: Map<string, ListEntry>,
  remarksById: Map<string, string>,
): Promise<void> {
  for await (const { entry, value } of companionRows(part, COMMENT_COLUMNS, 'sdn_comments.csv', byId))
    remarksById.set(entry.sourceId, `${remarksById.get(entry.sourceId) ?? ''}${value(1)}`);
}

/** OFAC's SDN data specification, legacy CSV: alt.csv, add.csv and sdn_comments.csv columns. */
const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'] as const;
const ADD_COLUMNS = [
  'ent_num',
  'add_num',
  'address',
  'city/state/province/postal code',
  'country',
  'add_remarks',
] as const;
const COMMENT_COLUMNS = ['ent_num', 'remarks_extended'] as const;

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
