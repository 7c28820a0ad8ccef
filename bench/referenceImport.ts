import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePadded, writeZipBomb } from '../assessments/reference/hostile/hostileFiles';
import type { BenchResult } from './run';
import { screeningBenchmark } from './screening';
import { PEAK_RSS_KIB_EXPRESSION } from './peakRss';

/** Built beside run.js: each import runs as `assay import` in a process of its own. */
const CLI = fileURLToPath(new URL('../cli/assay.js', import.meta.url));
const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const MiB = 1024 * 1024;
const PASSPHRASE = 'benchmark passphrase 0123';

/** Loaded before the CLI: reports the process's peak RSS on exit, whatever the outcome. */
const PEAK_RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  `import { readFileSync } from 'node:fs'; process.on('exit', () => process.stderr.write('\\nPEAK_RSS_KIB ' + ${PEAK_RSS_KIB_EXPRESSION} + '\\n'));`,
)}`;

const FILES: readonly (readonly [string, string])[] = [
  ['ofac', 'ofac_sdn_2024-05-03.csv'],
  ['un', 'un_sc_consolidated_2022-09-15.xml'],
  ['uk', 'uk_hmt_conlist_2018-04-13.csv'],
  ['freedomhouse', 'freedomhouse_fiw_all_data_2013-2025.xlsx'],
];

interface Run {
  ok: boolean;
  ms: number;
  peakMiB: number;
  records: number | null;
  message: string;
}

function assay(args: string[]): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', PEAK_RSS_HOOK, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASSAY_PASSPHRASE: PASSPHRASE },
    timeout: 120_000,
  });
  const ms = performance.now() - start;
  const peak = /PEAK_RSS_KIB (\d+)/u.exec(child.stderr)?.[1];
  const records = /(\d+) records/u.exec(child.stdout)?.[1];
  return {
    ok: child.status === 0,
    ms,
    peakMiB: peak ? Number(peak) / 1024 : Number.NaN,
    records: records ? Number(records) : null,
    message:
      child.stderr
        .replace(/PEAK_RSS_KIB \d+/u, '')
        .trim()
        .split('\n')[0] ?? '',
  };
}

/** SHA-256 speed of this CPU (MiB/s), the baseline the import times are read against. */
function hashSpeed(): number {
  const block = randomBytes(256 * MiB);
  createHash('sha256')
    .update(block.subarray(0, 16 * MiB))
    .digest();
  const start = performance.now();
  createHash('sha256').update(block).digest();
  return 256 / ((performance.now() - start) / 1000);
}

/**
 * `assay import` of each public list, and of a 200 MB field and a ZIP bomb, each in a fresh
 * process: wall time (process start included), peak RSS, and the time as a ratio to hashing the
 * file at this CPU's SHA-256 speed. Then the screening benchmark.
 */
export async function referenceBenchmark(): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'assay-reference-bench-'));
  const lines: string[] = [];
  try {
    const speed = hashSpeed();
    lines.push(`SHA-256 on this CPU: ${speed.toFixed(0)} MiB/s`);
    const ws = join(root, 'ws');
    const init = spawnSync(process.execPath, [CLI, 'workspace', 'init', ws, '--name', 'Bench'], {
      encoding: 'utf8',
      env: { ...process.env, ASSAY_PASSPHRASE: PASSPHRASE },
    });
    if (init.status !== 0) throw new Error(`assay workspace init failed: ${init.stderr}`);
    const baseline = assay(['--help']);
    lines.push(
      `process start baseline (assay --help): ${baseline.ms.toFixed(0)} ms, peak RSS ${baseline.peakMiB.toFixed(0)} MiB`,
    );
    for (const [kind, name] of FILES) {
      const path = `${DATA}${name}`;
      if (!existsSync(path)) {
        lines.push(`import ${kind}: skipped (${path} is absent)`);
        continue;
      }
      lines.push(
        line(kind, statSync(path).size, assay(['import', '--workspace', ws, '--kind', kind, path]), speed),
      );
    }
    const huge = join(root, 'huge_field.csv');
    writePadded(
      huge,
      '36,"',
      'A',
      200 * 1000 * 1000,
      '",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a',
    );
    lines.push(
      line(
        'ofac, 200 MB field',
        statSync(huge).size,
        assay(['import', '--workspace', ws, '--kind', 'ofac', huge]),
        speed,
      ),
    );
    rmSync(huge);
    const bomb = join(root, 'bomb.xlsx');
    writeZipBomb(bomb);
    lines.push(
      line(
        'xlsx, ZIP bomb 25 × 100 MB',
        statSync(bomb).size,
        assay(['import', '--workspace', ws, '--kind', 'freedomhouse', bomb]),
        speed,
      ),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const screening = await screeningBenchmark();
  return { name: 'reference', lines: [...lines, '', ...screening.lines] };
}

function line(what: string, bytes: number, run: Run, speed: number): string {
  const hashMs = (bytes / MiB / speed) * 1000;
  const outcome = run.ok ? `${run.records ?? '?'} records` : `refused: ${run.message.slice(0, 90)}`;
  return (
    `import ${what}: ${(bytes / MiB).toFixed(1)} MiB  ${run.ms.toFixed(0)} ms  peak RSS ${run.peakMiB.toFixed(0)} MiB  ${outcome}  ` +
    `(hashing it at ${speed.toFixed(0)} MiB/s: ${hashMs.toFixed(1)} ms; ratio ${(run.ms / hashMs).toFixed(0)}x)`
  );
}
