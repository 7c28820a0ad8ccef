import { utf8Text, type ByteSource } from '../byteSource';
import { csvStream } from '../csvReader';
import { ImportError } from '../importError';
import { emptyEntry, type EntryType, type ListEntry, type ParsedDataset } from '../types';
import { clean, hasNonLatin, unique } from '../text';

const HEADER = [
  'id',
  'schema',
  'name',
  'aliases',
  'birth_date',
  'countries',
  'addresses',
  'identifiers',
  'sanctions',
  'phones',
  'emails',
  'dataset',
  'first_seen',
  'last_seen',
  'last_change',
] as const;

const TYPES: Record<string, EntryType> = {
  Person: 'individual',
  Organization: 'entity',
  Company: 'entity',
  LegalEntity: 'entity',
  PublicBody: 'entity',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

/** OpenSanctions `targets.simple.csv`: every field quoted, multiple values joined with `;`. */
export async function parseOpenSanctions(source: ByteSource, file: string): Promise<ParsedDataset> {
  const rows = csvStream(utf8Text(source, file), { file }).rows;
  const header = await rows.next();
  if (header.done) throw new ImportError({ file, line: 1 }, 'the file is empty');
  for (const [index, expected] of HEADER.entries()) {
    if (clean(header.value.fields[index]) !== expected)
      throw new ImportError(
        { file, line: header.value.line, field: `column ${index + 1}` },
        `expected the targets.simple.csv header "${expected}", found ${JSON.stringify(header.value.fields[index] ?? '')}`,
      );
  }
  const entries: ListEntry[] = [];
  const datasets = new Set<string>();
  let lastSeen = '';
  for await (const row of rows) {
    if (row.fields.length !== HEADER.length)
      throw new ImportError(
        { file, line: row.line },
        `the row has ${row.fields.length} fields, the header ${HEADER.length}`,
      );
    const get = (column: (typeof HEADER)[number]): string => clean(row.fields[HEADER.indexOf(column)]);
    const split = (column: (typeof HEADER)[number]): string[] => unique(get(column).split(';').map(clean));
    const id = get('id');
    if (!id) throw new ImportError({ file, line: row.line, field: 'id' }, 'the id is empty');
    const name = get('name');
    if (!name) throw new ImportError({ file, line: row.line, field: 'name' }, 'the name is empty');
    const entry = emptyEntry(id, TYPES[get('schema')] ?? 'unknown', name);
    const aliases = split('aliases');
    entry.aliases = aliases.filter((alias) => !hasNonLatin(alias));
    entry.originalScriptNames = aliases.filter(hasNonLatin);
    entry.birthDates = split('birth_date');
    entry.nationalities = split('countries').map((code) => code.toUpperCase());
    entry.identifiers = split('identifiers');
    entry.programmes = unique([...split('sanctions'), ...split('dataset')]);
    entry.sourceUrl = `https://www.opensanctions.org/entities/${encodeURIComponent(id)}/`;
    for (const dataset of split('dataset')) datasets.add(dataset);
    if (get('last_seen') > lastSeen) lastSeen = get('last_seen');
    entries.push(entry);
  }
  if (entries.length === 0) throw new ImportError({ file }, 'the file holds no targets');
  return {
    kind: 'opensanctions',
    sourceName: `OpenSanctions targets${datasets.size ? ` (${[...datasets].join(', ')})` : ''}`,
    vintage: lastSeen ? lastSeen.slice(0, 10) : null,
    records: entries.length,
    entries,
    indicators: [],
    unresolvedCountries: [],
  };
}
