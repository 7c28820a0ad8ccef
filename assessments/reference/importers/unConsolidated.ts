import type { ByteSource } from '../byteSource';
import { utf8Text } from '../byteSource';
import { ImportError } from '../importError';
import { IMPORT_LIMITS } from '../limits';
import { emptyEntry, type ListEntry, type ParsedDataset } from '../types';
import { clean, hasNonLatin, unique } from '../text';
import { XmlReader } from '../xmlReader';
import { splitUnAlias } from './unAliases';

type Node = Record<string, unknown>;

const REPEATED = new Set([
  'INDIVIDUAL',
  'ENTITY',
  'VALUE',
  'INDIVIDUAL_ALIAS',
  'ENTITY_ALIAS',
  'INDIVIDUAL_ADDRESS',
  'ENTITY_ADDRESS',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_PLACE_OF_BIRTH',
  'INDIVIDUAL_DOCUMENT',
]);

const ROOT = 'CONSOLIDATED_LIST';
const SECTIONS = { INDIVIDUALS: 'INDIVIDUAL', ENTITIES: 'ENTITY' } as const;

interface Element {
  name: string;
  children: Element[];
  text: string;
}

/**
 * The UN Security Council consolidated list (XML), read as a stream: the root must be
 * CONSOLIDATED_LIST holding INDIVIDUALS and ENTITIES, every record must be closed, and a file that
 * ends early is refused naming what was left open. Stray spaces in names and reference numbers,
 * empty placeholder elements and four date-of-birth forms (EXACT, YEAR, APPROXIMATELY, BETWEEN)
 * are all normal in the published file.
 */
export async function parseUnConsolidated(source: ByteSource, file: string): Promise<ParsedDataset> {
  const entries: ListEntry[] = [];
  const seen = new Set<string>();
  const sections = new Set<string>();
  const counts = { INDIVIDUAL: 0, ENTITY: 0 };
  let generated = '';
  let record: Element[] | null = null;
  const reader: XmlReader = new XmlReader(
    { file, expected: 'This is not a UN consolidated list XML' },
    {
      open(name, attributes, path) {
        const depth = path.length;
        if (depth === 1) {
          if (name !== ROOT)
            throw new ImportError(
              { file, line: reader.line, record: 'root element' },
              `This is not a UN consolidated list XML (root element <${name}>, expected <${ROOT}>)`,
            );
          generated = attributes.dateGenerated ?? '';
          return;
        }
        if (depth === 2) {
          if (name in SECTIONS) sections.add(name);
          return;
        }
        if (record) {
          const element: Element = { name, children: [], text: '' };
          record.at(-1)?.children.push(element);
          record.push(element);
          return;
        }
        const section = path[1] as keyof typeof SECTIONS;
        if (depth === 3 && SECTIONS[section] === name) record = [{ name, children: [], text: '' }];
        else if (depth === 3 && section in SECTIONS)
          throw reader.error(`expected <${SECTIONS[section]}> records in <${section}>, found <${name}>`);
      },
      text(text) {
        const element = record?.at(-1);
        if (element) {
          if (element.text.length + text.length > IMPORT_LIMITS.fieldChars)
            throw reader.error(`the text of <${element.name}> is longer than 64 KiB`);
          element.text += text;
        }
      },
      close() {
        if (!record) return;
        const element = record.pop() as Element;
        if (record.length > 0) return;
        record = null;
        const kind = element.name as 'INDIVIDUAL' | 'ENTITY';
        counts[kind] += 1;
        if (entries.length >= IMPORT_LIMITS.records)
          throw reader.error(`the list has more than ${IMPORT_LIMITS.records} records`);
        const entry = toEntry(toNode(element), kind, file, counts[kind] - 1);
        if (seen.has(entry.sourceId))
          throw new ImportError(
            { file, record: `${kind} ${counts[kind]}`, field: 'REFERENCE_NUMBER' },
            `reference ${entry.sourceId} appears twice`,
          );
        seen.add(entry.sourceId);
        entries.push(entry);
      },
    },
  );
  for await (const text of utf8Text(source, file)) reader.write(text);
  try {
    reader.close();
  } catch (error) {
    if (error instanceof ImportError && /ends early/u.test(error.message))
      throw new ImportError(
        { file, line: reader.line, record: reader.openElements.join('/') },
        `the file ends early, inside <${reader.openElements.at(-1) ?? ''}>, after ${counts.INDIVIDUAL} INDIVIDUAL and ${counts.ENTITY} ENTITY records: the list is truncated (its closing </${ROOT}> is missing)`,
      );
    throw error;
  }
  for (const section of Object.keys(SECTIONS))
    if (!sections.has(section))
      throw new ImportError(
        { file, record: ROOT },
        `the list has no <${section}> section; the published list always has INDIVIDUALS and ENTITIES, so this file is incomplete`,
      );
  if (entries.length === 0)
    throw new ImportError({ file }, 'the list holds no INDIVIDUAL or ENTITY elements');
  // Individuals first, then entities, as the published file orders them.
  entries.sort((a, b) => (a.type === b.type ? 0 : a.type === 'individual' ? -1 : 1));
  return {
    kind: 'un',
    sourceName: 'UN Security Council Consolidated List',
    vintage: generated ? generated.slice(0, 10) : null,
    records: entries.length,
    entries,
    indicators: [],
    unresolvedCountries: [],
  };
}

/** An element as the record mapper reads it: leaves are their text, repeated children are arrays. */
function toNode(element: Element): Node {
  const node: Node = {};
  for (const child of element.children) {
    const value = child.children.length === 0 ? child.text : toNode(child);
    if (REPEATED.has(child.name)) {
      const list = (node[child.name] as unknown[] | undefined) ?? [];
      list.push(value === '' ? {} : value);
      node[child.name] = list;
    } else node[child.name] = value;
  }
  if (element.text.trim() && element.children.length > 0) node['#text'] = element.text;
  return node;
}

function toEntry(node: Node, kind: 'INDIVIDUAL' | 'ENTITY', file: string, index: number): ListEntry {
  const reference = text(node.REFERENCE_NUMBER);
  const dataId = text(node.DATAID);
  const record = `${kind} ${index + 1}${reference ? ` (${reference})` : ''}`;
  if (!reference && !dataId)
    throw new ImportError(
      { file, record, field: 'REFERENCE_NUMBER' },
      'the record has no reference number or DATAID',
    );
  const name = clean(
    ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((field) => text(node[field])).join(' '),
  );
  if (!name) throw new ImportError({ file, record, field: 'FIRST_NAME' }, 'the name is empty');
  const entry = emptyEntry(reference || dataId, kind === 'INDIVIDUAL' ? 'individual' : 'entity', name);
  const aliasNodes = asNodes(node[`${kind}_ALIAS`]);
  const aliases = aliasNodes.flatMap((alias) => splitUnAlias(text(alias.ALIAS_NAME)));
  const weak = aliasNodes
    .filter((alias) => text(alias.QUALITY).toLowerCase() === 'low')
    .flatMap((alias) => splitUnAlias(text(alias.ALIAS_NAME)));
  if (weak.length > 0) entry.weakAliases = unique(weak);
  const original = text(node.NAME_ORIGINAL_SCRIPT);
  entry.originalScriptNames = unique([original, ...aliases.filter(hasNonLatin)]);
  entry.aliases = unique(aliases.filter((alias) => !hasNonLatin(alias) || /\p{Script=Latin}/u.test(alias)));
  entry.programmes = unique([text(node.UN_LIST_TYPE)]);
  entry.nationalities = unique(values(node.NATIONALITY));
  entry.birthDates = unique(asNodes(node.INDIVIDUAL_DATE_OF_BIRTH).map(birthDate));
  entry.birthPlaces = unique(
    asNodes(node.INDIVIDUAL_PLACE_OF_BIRTH).map((place) =>
      clean([text(place.CITY), text(place.STATE_PROVINCE), text(place.COUNTRY)].filter(Boolean).join(', ')),
    ),
  );
  entry.identifiers = unique(
    asNodes(node.INDIVIDUAL_DOCUMENT).map((doc) =>
      clean(
        [text(doc.TYPE_OF_DOCUMENT), text(doc.NUMBER), text(doc.ISSUING_COUNTRY)].filter(Boolean).join(' '),
      ),
    ),
  );
  entry.sourceUrl = `https://scsanctions.un.org/search/?keywords=${encodeURIComponent(entry.sourceId)}`;
  return entry;
}

function birthDate(node: Node): string {
  const type = text(node.TYPE_OF_DATE).toUpperCase();
  const from = text(node.FROM_YEAR);
  const to = text(node.TO_YEAR);
  if (type === 'BETWEEN' || (from && to)) return from && to ? `${from}/${to}` : from || to;
  return text(node.DATE).slice(0, 10) || text(node.YEAR);
}

function asNodes(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is Node => typeof item === 'object' && item !== null);
}

function text(value: unknown): string {
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
  return '';
}

function values(value: unknown): string[] {
  return asNodes(value).flatMap((node) =>
    Array.isArray(node.VALUE) ? node.VALUE.map(text) : [text(node.VALUE)],
  );
}
