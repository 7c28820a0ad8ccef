import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDataset } from '../assessments/reference/datasetService';
import { parseReferenceFile } from '../assessments/reference/importers/parseReferenceFile';
import {
  prepareQuery,
  ScreeningIndex,
  type ScreeningQuery,
} from '../assessments/reference/matching/screeningIndex';
import { pick, seededRandom } from '../assessments/scoring/testing/prng';
import type { DatasetKind, ListEntry } from '../assessments/reference/types';
import { systemClock } from '../assessments/shared/clock';
import { WorkspaceSession } from '../assessments/workspace/session';
import type { BenchResult } from './run';

/** The public reference files beside the repository (dist/bench → ../shared/data). */
const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const LISTS: readonly (readonly [DatasetKind, string])[] = [
  ['ofac', 'ofac_sdn_2024-05-03.csv'],
  ['un', 'un_sc_consolidated_2022-09-15.xml'],
  ['uk', 'uk_hmt_conlist_2018-04-13.csv'],
  ['opensanctions', 'opensanctions_wd_persons_2024-03-09.targets.simple.csv'],
];
const QUERIES = 1_000;
/** The scan is slow by design; it is timed on this many of the same queries. */
const SCANNED = 100;
const THRESHOLD = 0.85;
const SEED = 20261127;
const TARGET_P95_MS = 20;
const TARGET_RATIO = 20;

const GIVEN = [
  'Maria',
  'Peter',
  'Ahmed',
  'Olga',
  'Chen',
  'Fatima',
  'John',
  'Aisha',
  'Pablo',
  'Ingrid',
  'Yusuf',
  'Elena',
];
const FAMILY = [
  'Schneider',
  'Haddad',
  'Novak',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Kowalski',
  'Rahman',
  'Silva',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

/** Half listed names disguised (order, case, a dropped word, a typo), half unrelated names. */
function makeQueries(entries: readonly ListEntry[], count: number): ScreeningQuery[] {
  const random = seededRandom(SEED);
  return Array.from({ length: count }, (_, index) => {
    if (index % 2 === 1) return { name: `${pick(random, GIVEN)} ${pick(random, FAMILY)}` };
    const entry = pick(random, entries);
    const name = pick(random, [entry.name, ...entry.aliases]);
    const words = name.replace(',', '').split(/\s+/u);
    switch (index % 8) {
      case 0:
        return { name: [...words].reverse().join(' ') };
      case 2:
        return { name: name.toLowerCase(), type: entry.type };
      case 4:
        return { name: words.length > 2 ? words.slice(0, -1).join(' ') : name };
      default: {
        const at = Math.floor(random() * Math.max(1, name.length - 1));
        return { name: `${name.slice(0, at)}${name.slice(at + 1)}` };
      }
    }
  });
}

/**
 * Import time of the full OFAC and UN files into an encrypted workspace (against reading and
 * hashing the file, which any import must do), and screening latency of 1,000 queries against all
 * lists together through the index (against a scan computing the same similarity for every entry).
 */
export async function screeningBenchmark(): Promise<BenchResult> {
  const name = 'reference import and screening (OFAC, UN, UK, OpenSanctions)';
  const missing = LISTS.filter(([, file]) => !existsSync(`${DATA}${file}`));
  if (missing.length > 0)
    return { name, lines: [`skipped: ${missing.map(([, file]) => file).join(', ')} not found in ${DATA}`] };

  const lines: string[] = [];
  const root = mkdtempSync(join(tmpdir(), 'assay-bench-'));
  try {
    const session = new WorkspaceSession(join(root, 'ws'), { clock: systemClock });
    await session.create('benchmark passphrase 0123', 'Bench');
    for (const [kind, file] of LISTS.slice(0, 2)) {
      const path = `${DATA}${file}`;
      const hashStart = performance.now();
      createHash('sha256').update(readFileSync(path)).digest('hex');
      const hashMs = performance.now() - hashStart;
      const start = performance.now();
      const { dataset } = await importDataset({ ws: session.require(), clock: systemClock }, { kind, path });
      const importMs = performance.now() - start;
      lines.push(
        `import ${kind.padEnd(4)} ${String(dataset.records).padStart(6)} records  ${ms(importMs)}  ` +
          `(read + SHA-256 baseline ${ms(hashMs)}, ratio ${(importMs / hashMs).toFixed(1)}x)`,
      );
    }
    session.lock();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }

  const parsed = await Promise.all(
    LISTS.map(async ([kind, file]) => ({
      kind,
      file,
      entries: (await parseReferenceFile(kind, readFileSync(`${DATA}${file}`), file)).entries,
    })),
  );
  const entries = parsed.flatMap((list) => list.entries);
  const buildStart = performance.now();
  const indexes = parsed.map((list) => new ScreeningIndex(list.kind, list.file, list.entries));
  lines.push(
    `index build, ${entries.length} entries in ${indexes.length} lists: ${ms(performance.now() - buildStart)}`,
  );

  const queries = makeQueries(entries, QUERIES).map(prepareQuery);
  for (const query of queries.slice(0, 50)) for (const index of indexes) index.search(query, THRESHOLD);
  const indexed: number[] = [];
  let found = 0;
  for (const query of queries) {
    const start = performance.now();
    const hits = indexes.flatMap((index) => index.search(query, THRESHOLD));
    indexed.push(performance.now() - start);
    if (hits.length > 0) found += 1;
  }
  const scanned: number[] = [];
  let disagreements = 0;
  for (const query of queries.slice(0, SCANNED)) {
    const start = performance.now();
    const hits = indexes.flatMap((index) => index.scan(query, THRESHOLD));
    scanned.push(performance.now() - start);
    const viaIndex = indexes.flatMap((index) => index.search(query, THRESHOLD));
    if (hits.length !== viaIndex.length) disagreements += 1;
  }
  const sortedIndexed = [...indexed].sort((a, b) => a - b);
  const sortedScanned = [...scanned].sort((a, b) => a - b);
  const sameQueries = [...indexed.slice(0, SCANNED)].sort((a, b) => a - b);
  const median = percentile(sortedIndexed, 50);
  const p95 = percentile(sortedIndexed, 95);
  const ratio = percentile(sortedScanned, 50) / percentile(sameQueries, 50);
  lines.push(
    `indexed  ${QUERIES} queries  median ${ms(median)}  p95 ${ms(p95)}  (${found} with a hit ≥ ${THRESHOLD})`,
    `scan     ${SCANNED} of the same queries  median ${ms(percentile(sortedScanned, 50))}  p95 ${ms(percentile(sortedScanned, 95))}`,
    `ratio (median, same ${SCANNED} queries) ${ratio.toFixed(1)}x faster than the scan; hit counts differ on ${disagreements} of ${SCANNED}`,
    `target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'}; target ≥ ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}`,
  );
  return { name, lines };
}
