import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { ImportError } from '../importError';

type Node = Record<string, unknown>;

export interface SheetRow {
  /** The spreadsheet's own row number (1-based). */
  row: number;
  /** Cell text by column letter (`A`, `AB`). */
  cells: Map<string, string>;
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ['sheet', 'Relationship', 'si', 'r', 'row', 'c'].includes(name),
});

/**
 * Reads every worksheet of an .xlsx workbook as text cells: shared strings, inline strings and
 * numbers. Formulas are read as their cached value. Only what the indicator importers need.
 */
export function readWorkbook(bytes: Uint8Array, file: string): Sheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new ImportError(
      { file },
      `the file is not an .xlsx workbook (not a ZIP archive: ${(error as Error).message})`,
    );
  }
  const xml = (path: string): Node => {
    const data = files[path];
    if (!data) throw new ImportError({ file, record: path }, `the workbook part ${path} is missing`);
    return parser.parse(new TextDecoder('utf-8').decode(data)) as Node;
  };
  const workbook = (xml('xl/workbook.xml').workbook ?? {}) as Node;
  const relations = new Map<string, string>();
  for (const rel of ((xml('xl/_rels/workbook.xml.rels').Relationships as Node | undefined)?.Relationship ??
    []) as Node[])
    relations.set(String(rel['@Id']), String(rel['@Target']).replace(/^\/?(xl\/)?/u, 'xl/'));
  const shared = files['xl/sharedStrings.xml']
    ? (((xml('xl/sharedStrings.xml').sst as Node | undefined)?.si ?? []) as Node[]).map(richText)
    : [];
  return (((workbook.sheets as Node | undefined)?.sheet ?? []) as Node[]).map((sheet) => {
    const name = String(sheet['@name']);
    const target = relations.get(String(sheet['@r:id']));
    if (!target)
      throw new ImportError({ file, record: `sheet ${name}` }, 'the sheet has no part in the workbook');
    const data = ((xml(target).worksheet as Node | undefined)?.sheetData ?? {}) as Node;
    const rows = ((data.row ?? []) as Node[]).map((row): SheetRow => {
      const cells = new Map<string, string>();
      for (const cell of (row.c ?? []) as Node[]) {
        const ref = String(cell['@r'] ?? '');
        const column = /^([A-Z]+)/u.exec(ref)?.[1];
        if (!column) continue;
        cells.set(column, cellText(cell, shared, file, ref));
      }
      return { row: Number(row['@r']), cells };
    });
    return { name, rows };
  });
}

function cellText(cell: Node, shared: string[], file: string, ref: string): string {
  const type = cell['@t'];
  if (type === 'inlineStr') return richText((cell.is ?? {}) as Node);
  const value = textOf(cell.v);
  if (type === 's') {
    const text = shared[Number(value)];
    if (text === undefined)
      throw new ImportError(
        { file, record: `cell ${ref}` },
        `refers to shared string ${value}, which does not exist`,
      );
    return text;
  }
  return value;
}

/** A shared or inline string: plain `<t>` or rich-text runs `<r><t>`. */
function richText(node: Node): string {
  if (node.t !== undefined) return textOf(node.t);
  return ((node.r ?? []) as Node[]).map((run) => textOf(run.t)).join('');
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return '';
}
