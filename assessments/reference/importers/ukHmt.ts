import { asSource, utf8OrWindows1252Text, type ByteSource } from '../byteSource';
import { csvStream, type CsvEnding } from '../csvReader';
import { ImportError } from '../importError';
import { emptyEntry, type ListEntry, type ParsedDataset } from '../types';
import { clean, unique } from '../text';

const HEADER = [
  'Name 6',
  'Name 1',
  'Name 2',
  'Name 3',
  'Name 4',
  'Name 5',
  'Title',
  'DOB',
  'Town of Birth',
  'Country of Birth',
  'Nationality',
  'Passport Details',
  'NI Number',
  'Position',
  'Address 1',
  'Address 2',
  'Address 3',
  'Address 4',
  'Address 5',
  'Address 6',
  'Post/Zip Code',
  'Country',
  'Other Information',
  'Group Type',
  'Alias Type',
  'Regime',
  'Listed On',
  'Last Updated',
  'Group ID',
] as const;

type Column = (typeof HEADER)[number];

export interface UkParseResult extends ParsedDataset {
  /** Data rows of the file; the list has one row per alias × date of birth × address. */
  rows: number;
}

/**
 * The UK HM Treasury (OFSI) consolidated list of targets, old CSV format: Windows-1252, a
 * `Last Updated,DD/MM/YYYY` preamble line, then a 29-column header; one row per alias, date of
 * birth and address, grouped into one target by `Group ID`. `Name 6` is the surname.
 */
export async function parseUkHmt(input: Uint8Array | ByteSource, file: string): Promise<UkParseResult> {
  const csv = csvStream(utf8OrWindows1252Text(asSource(input), file), { file });
  const rows = csv.rows;
  const preamble = await rows.next();
  const header = preamble.done ? preamble : await rows.next();
  if (preamble.done || header.done)
    throw new ImportError({ file, line: 1 }, 'expected a "Last Updated" line and a header line');
  const updated = /^(\d{2})\/(\d{2})\/(\d{4})$/u.exec(clean(preamble.value.fields[1]));
  if (clean(preamble.value.fields[0]) !== 'Last Updated' || !updated)
    throw new ImportError(
      { file, line: preamble.value.line, field: 'Last Updated' },
      'expected the OFSI preamble "Last Updated,DD/MM/YYYY"; is this a UK HM Treasury consolidated list?',
    );
  const names = header.value.fields.map(clean);
  for (const [index, expected] of HEADER.entries()) {
    if (names[index] !== expected)
      throw new ImportError(
        { file, line: header.value.line, field: `column ${index + 1}` },
        `expected header "${expected}", found ${JSON.stringify(names[index] ?? '')}`,
      );
  }
  const groups = new Map<string, ListEntry>();
  const shapes = new Map<string, GroupShape>();
  let count = 0;
  for await (const row of rows) {
    if (row.fields.length > HEADER.length && row.fields.slice(HEADER.length).some((f) => f.trim() !== ''))
      throw new ImportError(
        { file, line: row.line },
        `the row has ${row.fields.length} fields, the header ${HEADER.length}`,
      );
    if (row.fields.length < HEADER.length)
      throw new ImportError(
        { file, line: row.line },
        `the row has ${row.fields.length} fields, the header ${HEADER.length} (if it is the last row, the file was cut short)`,
      );
    count += 1;
    const get = (column: Column): string => clean(row.fields[HEADER.indexOf(column)]);
    const groupId = get('Group ID');
    if (!/^\d+$/u.test(groupId))
      throw new ImportError(
        { file, line: row.line, field: 'Group ID' },
        `expected a number, found ${JSON.stringify(groupId)}`,
      );
    const isPerson = get('Group Type') === 'Individual';
    const surname = get('Name 6').replace(/^'+/u, '');
    const given = clean(
      ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'].map((c) => get(c as Column)).join(' '),
    );
    const name = isPerson && given ? `${surname}, ${given}` : clean(`${given} ${surname}`);
    if (!surname && !given)
      throw new ImportError({ file, line: row.line, field: 'Name 6' }, 'the name is empty');
    const aliasType = get('Alias Type');
    checkGroupShape(shapes, groupId, get('Group Type'), aliasType, file, row.line);
    let entry = groups.get(groupId);
    if (!entry) {
      entry = emptyEntry(groupId, isPerson ? 'individual' : 'entity', name);
      entry.sourceUrl = `https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets#group-${groupId}`;
      groups.set(groupId, entry);
    }
    if (aliasType === 'Prime Alias' && entry.name !== name) {
      entry.aliases.push(entry.name);
      entry.name = name;
    } else if (entry.name !== name) entry.aliases.push(name);
    const dob = ukDate(get('DOB'));
    if (dob) entry.birthDates.push(dob);
    const place = clean([get('Town of Birth'), get('Country of Birth')].filter(Boolean).join(', '));
    if (place) entry.birthPlaces.push(place);
    if (get('Nationality')) entry.nationalities.push(...splitNumbered(get('Nationality')));
    if (get('Passport Details')) entry.identifiers.push(`Passport ${get('Passport Details')}`);
    if (get('NI Number')) entry.identifiers.push(`National ID ${get('NI Number')}`);
    if (get('Regime')) entry.programmes.push(get('Regime'));
  }
  checkComplete(csv.ending(), shapes, file, count);
  const entries = [...groups.values()].map((entry) => ({
    ...entry,
    aliases: unique(entry.aliases).filter((alias) => alias !== entry.name),
    birthDates: unique(entry.birthDates),
    birthPlaces: unique(entry.birthPlaces),
    nationalities: unique(entry.nationalities),
    identifiers: unique(entry.identifiers),
    programmes: unique(entry.programmes),
  }));
  if (entries.length === 0) throw new ImportError({ file }, 'the list holds no targets');
  return {
    kind: 'uk',
    sourceName: 'UK HM Treasury (OFSI) Consolidated List of Targets',
    vintage: updated ? `${updated[3]}-${updated[2]}-${updated[1]}` : null,
    records: entries.length,
    rows: count,
    entries,
    indicators: [],
    unresolvedCountries: [],
  };
}

/** DD/MM/YYYY with unknown parts zeroed (`00/00/1980`) → 1980, 1980-05 or 1980-05-17. */
function ukDate(text: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/u.exec(text);
  if (!match) return text;
  const [, day, month, year] = match;
  if (month === '00') return year ?? '';
  if (day === '00') return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}

/** `1) Saudi Arabia 2) Qatar` or `(1) German (2) Moroccan` → the separate values. */
function splitNumbered(text: string): string[] {
  return text
    .split(/\(?\b\d+\)\s*/u)
    .map(clean)
    .filter(Boolean);
}

interface GroupShape {
  type: string;
  primeRows: number;
  firstLine: number;
}

const GROUP_TYPES = new Set(['Individual', 'Entity', 'Ship']);
const ALIAS_TYPES = new Set(['Prime Alias', 'AKA', 'FKA', 'Alias']);

/** Every row of a target agrees on its Group Type; Alias Type is one OFSI uses. */
function checkGroupShape(
  shapes: Map<string, GroupShape>,
  groupId: string,
  groupType: string,
  aliasType: string,
  file: string,
  line: number,
): void {
  if (!GROUP_TYPES.has(groupType))
    throw new ImportError(
      { file, line, field: 'Group Type' },
      `expected Individual, Entity or Ship, found ${JSON.stringify(groupType)}`,
    );
  if (!ALIAS_TYPES.has(aliasType))
    throw new ImportError(
      { file, line, field: 'Alias Type' },
      `expected Prime Alias, AKA or FKA, found ${JSON.stringify(aliasType)}`,
    );
  const shape = shapes.get(groupId);
  if (!shape) {
    shapes.set(groupId, { type: groupType, primeRows: aliasType === 'Prime Alias' ? 1 : 0, firstLine: line });
    return;
  }
  if (shape.type !== groupType)
    throw new ImportError(
      { file, line, field: 'Group Type' },
      `target ${groupId} is "${shape.type}" on line ${shape.firstLine} and "${groupType}" here; the rows of one target disagree`,
    );
  if (aliasType === 'Prime Alias') shape.primeRows += 1;
}

/**
 * A complete OFSI list ends with a line break and gives every target its Prime Alias row. The rows
 * of a target are spread through the file (it is sorted by name), so a file cut short leaves
 * targets whose prime name was further down.
 */
function checkComplete(ending: CsvEnding, shapes: Map<string, GroupShape>, file: string, rows: number): void {
  if (!ending.endsWithNewline)
    throw new ImportError(
      { file, line: ending.lines },
      `the file ends in the middle of a row (after ${rows} rows): it is incomplete; download the list again`,
    );
  const missing = [...shapes].filter(([, shape]) => shape.primeRows === 0).map(([id]) => id);
  if (missing.length > 0)
    throw new ImportError(
      { file, line: ending.lines, field: 'Alias Type' },
      `${missing.length} target(s) have no "Prime Alias" row (Group ID ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); every target of a complete list has one, so this file was cut short (${rows} rows read)`,
    );
}
