import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import type { ByteSource } from '../byteSource';
import { ImportError } from '../importError';
import { IMPORT_LIMITS } from '../limits';
import { XmlReader } from '../xmlReader';

export interface SheetRow {
  /** The spreadsheet's own row number (1-based). */
  row: number;
  /** Cell text by column letter (`A`, `AB`). */
  cells: Map<string, string>;
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
  /** The last row the sheet's `<dimension ref="A1:AW2725">` declares, when it declares one. */
  declaredLastRow: number | null;
}

/** Largest workbook file read (the Freedom House workbook is 0.5 MB). */
export const MAX_XLSX_FILE_BYTES = 64 * 1024 * 1024;
/** Compressed bytes pushed to the inflater at once: deflate expands at most ~1,032×, so ≤ 17 MB. */
const PUSH_BYTES = 16 * 1024;

const WANTED = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/u;

/**
 * Reads every worksheet of an .xlsx workbook as text cells: shared strings, inline strings and
 * numbers (formulas as their cached value). Only the workbook, its relations, shared strings and
 * worksheets are decompressed, and only up to 64 MiB in all: a ZIP bomb stops there.
 */
export async function readWorkbook(source: ByteSource, file: string): Promise<Sheet[]> {
  const parts = await unzipNeededParts(source, file);
  const part = (path: string): Uint8Array[] => {
    const data = parts.get(path);
    if (!data) throw new ImportError({ file, record: path }, `the workbook part ${path} is missing`);
    return data;
  };
  const sheets: { name: string; id: string }[] = [];
  readXml(part('xl/workbook.xml'), file, 'xl/workbook.xml', {
    open(name, attributes) {
      if (name === 'sheet') sheets.push({ name: attributes.name ?? '', id: attributes['r:id'] ?? '' });
    },
  });
  const relations = new Map<string, string>();
  readXml(part('xl/_rels/workbook.xml.rels'), file, 'xl/_rels/workbook.xml.rels', {
    open(name, attributes) {
      if (name === 'Relationship')
        relations.set(attributes.Id ?? '', (attributes.Target ?? '').replace(/^\/?(xl\/)?/u, 'xl/'));
    },
  });
  const shared = parts.has('xl/sharedStrings.xml')
    ? readSharedStrings(part('xl/sharedStrings.xml'), file)
    : [];
  return sheets.map(({ name, id }) => {
    const target = relations.get(id);
    if (!target)
      throw new ImportError({ file, record: `sheet ${name}` }, 'the sheet has no part in the workbook');
    return { name, ...readSheet(part(target), shared, file, target) };
  });
}

async function unzipNeededParts(source: ByteSource, file: string): Promise<Map<string, Uint8Array[]>> {
  const parts = new Map<string, Uint8Array[]>();
  let total = 0;
  let failure: ImportError | null = null;
  let signature: Uint8Array | null = null;
  const unzip = new Unzip((entry: UnzipFile) => {
    if (!WANTED.test(entry.name)) return;
    const chunks: Uint8Array[] = [];
    parts.set(entry.name, chunks);
    entry.ondata = (error, data) => {
      if (failure) return;
      if (error) {
        failure = new ImportError(
          { file, record: entry.name },
          `the workbook part cannot be decompressed (${error.message})`,
        );
        return;
      }
      total += data.length;
      if (total > IMPORT_LIMITS.xlsxDecompressedBytes) {
        failure = new ImportError(
          { file, record: entry.name },
          `the workbook decompresses to more than ${IMPORT_LIMITS.xlsxDecompressedBytes / 1024 / 1024} MiB; refused as a possible ZIP bomb`,
        );
        entry.terminate();
        return;
      }
      chunks.push(data);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  let read = 0;
  try {
    for await (const chunk of source) {
      if (!signature) {
        signature = chunk.subarray(0, 4);
        if (!(signature[0] === 0x50 && signature[1] === 0x4b))
          throw new ImportError({ file }, 'This is not an .xlsx workbook (the file is not a ZIP archive)');
      }
      read += chunk.length;
      if (read > MAX_XLSX_FILE_BYTES)
        throw new ImportError(
          { file },
          `the workbook is larger than ${MAX_XLSX_FILE_BYTES / 1024 / 1024} MiB`,
        );
      for (let start = 0; start < chunk.length; start += PUSH_BYTES) {
        unzip.push(chunk.subarray(start, Math.min(chunk.length, start + PUSH_BYTES)));
        if (failure) throw failure;
      }
    }
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      { file },
      `the file is not a readable .xlsx workbook (${(error as Error).message})`,
    );
  }
  if (failure) throw failure;
  if (!signature) throw new ImportError({ file }, 'the file is empty');
  return parts;
}

interface PartHandlers {
  open?(name: string, attributes: Record<string, string>, path: readonly string[]): void;
  text?(text: string, path: readonly string[]): void;
  close?(name: string, path: readonly string[]): void;
}

/** Parses one decompressed part chunk by chunk: its text is never held whole. */
function readXml(chunks: Uint8Array[], file: string, part: string, handlers: PartHandlers): XmlReader {
  const reader = new XmlReader(
    { file: `${file} (${part})`, expected: 'This is not an .xlsx workbook' },
    {
      open: (name, attributes, path) => handlers.open?.(name, attributes, path),
      text: (text, path) => handlers.text?.(text, path),
      close: (name, path) => handlers.close?.(name, path),
    },
  );
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [index, chunk] of chunks.entries()) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: index < chunks.length - 1 });
    } catch {
      throw new ImportError({ file, record: part }, 'the workbook part is not valid UTF-8');
    }
    reader.write(text);
  }
  reader.close();
  return reader;
}

/** A shared string: plain `<t>` or rich-text runs `<r><t>`; phonetic guides (`<rPh>`) are not text. */
function readSharedStrings(bytes: Uint8Array[], file: string): string[] {
  const strings: string[] = [];
  let current = '';
  readXml(bytes, file, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
    },
    text(text, path) {
      if (path.at(-1) === 't' && !path.includes('rPh')) current += text;
    },
    close(name) {
      if (name === 'si') strings.push(current);
    },
  });
  return strings;
}

function readSheet(
  bytes: Uint8Array[],
  shared: string[],
  file: string,
  part: string,
): { rows: SheetRow[]; declaredLastRow: number | null } {
  const rows: SheetRow[] = [];
  let declaredLastRow: number | null = null;
  let row: SheetRow | null = null;
  let cell: { ref: string; type: string; value: string; inline: string } | null = null;
  readXml(bytes, file, part, {
    open(name, attributes) {
      if (name === 'dimension') {
        const last = /:?[A-Z]+(\d+)$/u.exec(attributes.ref ?? '');
        if (last) declaredLastRow = Number(last[1]);
      } else if (name === 'row') {
        if (rows.length >= IMPORT_LIMITS.records)
          throw new ImportError(
            { file, record: part },
            `the sheet has more than ${IMPORT_LIMITS.records} rows`,
          );
        row = { row: Number(attributes.r), cells: new Map() };
        rows.push(row);
      } else if (name === 'c')
        cell = { ref: attributes.r ?? '', type: attributes.t ?? '', value: '', inline: '' };
    },
    text(text, path) {
      if (!cell) return;
      const leaf = path.at(-1);
      if (leaf === 'v') cell.value += text;
      else if (leaf === 't' && path.includes('is') && !path.includes('rPh')) cell.inline += text;
    },
    close(name) {
      if (name === 'c' && cell && row) {
        const column = /^([A-Z]+)/u.exec(cell.ref)?.[1];
        if (column) row.cells.set(column, cellText(cell, shared, file));
        cell = null;
      } else if (name === 'row') row = null;
    },
  });
  return { rows, declaredLastRow };
}

function cellText(
  cell: { ref: string; type: string; value: string; inline: string },
  shared: string[],
  file: string,
): string {
  if (cell.type === 'inlineStr') return cell.inline;
  if (cell.type === 's') {
    const text = shared[Number(cell.value)];
    if (text === undefined)
      throw new ImportError(
        { file, record: `cell ${cell.ref}` },
        `refers to shared string ${cell.value}, which does not exist`,
      );
    return text;
  }
  return cell.value;
}
