import { basename } from 'node:path';
import { bytesChunks, type ByteSource } from '../byteSource';
import { ImportError } from '../importError';
import type { DatasetKind, ParsedDataset } from '../types';
import { parseFreedomHouse } from './freedomHouse';
import { parseIndicatorCsv } from './indicatorCsv';
import { parseOfacSdn, type OfacCompanions } from './ofac';
import { parseOpenSanctions } from './openSanctions';
import { parseRsf } from './rsf';
import { parseUkHmt } from './ukHmt';
import { parseUnConsolidated } from './unConsolidated';

/** What each kind is, in the words of a wrong-kind error ("This is not …"). */
const KIND_NAMES: Record<DatasetKind, string> = {
  ofac: 'an OFAC SDN CSV file (sdn.csv)',
  un: 'a UN consolidated list XML',
  uk: 'a UK HM Treasury consolidated list CSV',
  opensanctions: 'an OpenSanctions targets.simple.csv',
  freedomhouse: 'a Freedom House .xlsx workbook',
  rsf: 'an RSF index CSV',
  csv: 'an indicator CSV',
};

const EXPECTED_FORMAT: Record<DatasetKind, 'text' | 'xml' | 'zip'> = {
  ofac: 'text',
  un: 'xml',
  uk: 'text',
  opensanctions: 'text',
  freedomhouse: 'zip',
  rsf: 'text',
  csv: 'text',
};

/**
 * Parses a reference file as the given kind; `file` names it in errors. Never touches storage.
 * The file is read as a stream: memory is bounded by the import limits, not by the file.
 */
export async function parseReferenceFile(
  kind: DatasetKind,
  input: Uint8Array | ByteSource,
  file: string,
  companions: OfacCompanions = {},
): Promise<ParsedDataset> {
  const source = await checkedFormat(kind, input instanceof Uint8Array ? bytesChunks(input) : input, file);
  switch (kind) {
    case 'ofac':
      return parseOfacSdn(source, file, dateInName(file), companions);
    case 'un':
      return parseUnConsolidated(source, file);
    case 'uk':
      return parseUkHmt(source, file);
    case 'opensanctions':
      return parseOpenSanctions(source, file);
    case 'freedomhouse':
      return parseFreedomHouse(source, file);
    case 'rsf':
      return parseRsf(source, file);
    case 'csv':
      return parseIndicatorCsv(source, file);
  }
}

/**
 * Looks at the first bytes: a ZIP, XML or binary file given as another kind is refused in plain
 * words ("This is not an OFAC SDN CSV file: it is XML, root element <CONSOLIDATED_LIST>").
 */
async function checkedFormat(kind: DatasetKind, source: ByteSource, file: string): Promise<ByteSource> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new ImportError({ file }, 'the file is empty');
  const head = first.value;
  const found = sniff(head);
  const expected = EXPECTED_FORMAT[kind];
  if (found !== expected) {
    const what =
      found === 'zip'
        ? 'it is a ZIP archive (an .xlsx workbook?)'
        : found === 'xml'
          ? `it is XML${rootName(head) ? ` (root element <${rootName(head)}>)` : ''}`
          : 'it is plain text, not XML';
    throw new ImportError({ file, line: 1 }, `This is not ${KIND_NAMES[kind]}: ${what}`);
  }
  return (async function* () {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
}

function sniff(head: Uint8Array): 'text' | 'xml' | 'zip' {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  let start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (start < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[start] ?? 0)) start += 1;
  return head[start] === 0x3c ? 'xml' : 'text';
}

function rootName(head: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 4096));
  return (
    /<([A-Za-z_][\w.:-]*)(?=[\s>/])/u.exec(text.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<![^>]*>/gu, ''))?.[1] ??
    null
  );
}

/** sdn.csv states no date; a download named like `sdn_2024-05-03.csv` gives its vintage. */
function dateInName(file: string): string | null {
  return /(\d{4}-\d{2}-\d{2})/u.exec(basename(file))?.[1] ?? null;
}
