import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from '../importError';
import { emptyEntry, type ListEntry, type ParsedDataset } from '../types';
import { clean, hasNonLatin, unique } from '../text';

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

/**
 * The UN Security Council consolidated list (XML). Stray spaces in names and reference numbers,
 * empty placeholder elements and four date-of-birth forms (EXACT, YEAR, APPROXIMATELY, BETWEEN)
 * are all normal in the published file.
 */
export function parseUnConsolidated(text: string, file: string): ParsedDataset {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportError(
      { file, line: valid.err.line, record: `column ${valid.err.col}` },
      `the XML is not well-formed (${valid.err.msg}); the file may be truncated or not XML`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name),
  });
  const document = parser.parse(text) as Node;
  const root = document.CONSOLIDATED_LIST as Node | undefined;
  if (!root || typeof root !== 'object')
    throw new ImportError(
      { file, record: 'root element' },
      'expected the UN consolidated list (root element CONSOLIDATED_LIST)',
    );
  const generated = typeof root['@dateGenerated'] === 'string' ? root['@dateGenerated'] : '';
  const individuals = asNodes((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL);
  const entities = asNodes((root.ENTITIES as Node | undefined)?.ENTITY);
  const entries: ListEntry[] = [];
  const seen = new Set<string>();
  const add = (node: Node, index: number, kind: 'INDIVIDUAL' | 'ENTITY') => {
    const entry = toEntry(node, kind, file, index);
    if (seen.has(entry.sourceId))
      throw new ImportError(
        { file, record: `${kind} ${index + 1}`, field: 'REFERENCE_NUMBER' },
        `reference ${entry.sourceId} appears twice`,
      );
    seen.add(entry.sourceId);
    entries.push(entry);
  };
  individuals.forEach((node, index) => add(node, index, 'INDIVIDUAL'));
  entities.forEach((node, index) => add(node, index, 'ENTITY'));
  if (entries.length === 0)
    throw new ImportError({ file }, 'the list holds no INDIVIDUAL or ENTITY elements');
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
  const aliases = aliasNodes.map((alias) => text(alias.ALIAS_NAME));
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
