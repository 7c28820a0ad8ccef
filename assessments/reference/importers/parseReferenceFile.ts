import { basename } from 'node:path';
import { decodeUtf8 } from '../csvReader';
import type { DatasetKind, ParsedDataset } from '../types';
import { parseFreedomHouse } from './freedomHouse';
import { parseIndicatorCsv } from './indicatorCsv';
import { parseOfacSdn } from './ofac';
import { parseOpenSanctions } from './openSanctions';
import { parseRsf } from './rsf';
import { parseUkHmt } from './ukHmt';
import { parseUnConsolidated } from './unConsolidated';

/** Parses a reference file as the given kind; `file` names it in errors. Never touches storage. */
export function parseReferenceFile(kind: DatasetKind, bytes: Uint8Array, file: string): ParsedDataset {
  switch (kind) {
    case 'ofac':
      return parseOfacSdn(
        decodeUtf8(bytes, file, ' (OFAC publishes sdn.csv as ASCII)'),
        file,
        dateInName(file),
      );
    case 'un':
      return parseUnConsolidated(decodeUtf8(bytes, file), file);
    case 'uk':
      return parseUkHmt(bytes, file);
    case 'opensanctions':
      return parseOpenSanctions(decodeUtf8(bytes, file), file);
    case 'freedomhouse':
      return parseFreedomHouse(bytes, file);
    case 'rsf':
      return parseRsf(bytes, file);
    case 'csv':
      return parseIndicatorCsv(bytes, file);
  }
}

/** sdn.csv states no date; a download named like `sdn_2024-05-03.csv` gives its vintage. */
function dateInName(file: string): string | null {
  return /(\d{4}-\d{2}-\d{2})/u.exec(basename(file))?.[1] ?? null;
}
