import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedTemplateLookup } from '../assessments/verify/templateLookup';
import { verifyPdfInput } from '../assessments/verify/verifyPdfFile';
import { writeSignedReports } from './cliSignedReports';
import { cpuSpeedLine } from './cpuSpeed';
import type { BenchResult } from './run';

const RUNS = 5;
const BATCH_FILES = 10;
const BATCH_ROUNDS = 3;
const STEADY_ROUNDS = 15;
const TARGET_CPU_SECONDS = 0.1;
const TARGET_BATCH_RATIO = 0.5;
const TIME = '/usr/bin/time';

/** The bundle this benchmark ships with: dist/bench/run.js → dist/cli/assay.js. */
const CLI = fileURLToPath(new URL('../cli/assay.js', import.meta.url));

interface ProcessCost {
  cpuSeconds: number;
  peakRssKiB: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * CPU (user + system) and peak RSS of a whole process, from GNU time: it is the child's parent, so
 * its figures are the child's own (a child of this large process would inherit its RSS at fork).
 */
function processCost(command: string, args: string[]): ProcessCost {
  const run = spawnSync(TIME, ['-f', '%U %S %M', command, ...args], { encoding: 'utf8' });
  const last = run.stderr.trim().split('\n').at(-1) ?? '';
  const [user, system, rss] = last.split(' ').map(Number);
  if (user === undefined || system === undefined || rss === undefined || Number.isNaN(rss))
    throw new Error(`${command} ${args.join(' ')}: no figures from ${TIME}:\n${run.stderr}`);
  return { cpuSeconds: user + system, peakRssKiB: rss };
}

/** Median CPU and peak RSS of RUNS processes, after one that fills Node's compile cache. */
function medianCost(command: string, args: string[]): ProcessCost {
  processCost(command, args);
  const runs = Array.from({ length: RUNS }, () => processCost(command, args));
  return {
    cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    peakRssKiB: median(runs.map((run) => run.peakRssKiB)),
  };
}

const describeCost = (label: string, cost: ProcessCost, goal?: number) =>
  `${label.padEnd(34)} ${cost.cpuSeconds.toFixed(2)} s CPU, ${(cost.peakRssKiB / 1024).toFixed(0)} MiB peak RSS` +
  (goal === undefined ? '' : ` (goal ≤ ${goal} s: ${cost.cpuSeconds <= goal ? 'met' : 'not met'})`);

/**
 * CPU seconds of this process per call of `run`: the median of BATCH_ROUNDS after one warm-up (a
 * first batch, the code still being compiled) and the median of the last BATCH_ROUNDS of
 * STEADY_ROUNDS (a long batch, once the engine has optimised what runs hot).
 */
async function inProcessCpu(run: () => Promise<void>): Promise<{ first: number; steady: number }> {
  const rounds: number[] = [];
  for (let round = 0; round < STEADY_ROUNDS; round += 1) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    rounds.push((used.user + used.system) / 1e6);
  }
  return { first: median(rounds.slice(1, 1 + BATCH_ROUNDS)), steady: median(rounds.slice(-BATCH_ROUNDS)) };
}

/**
 * What a regulator pays for `assay` as a command: the CPU and memory of whole `assay --help` and
 * `assay verify REPORT.pdf` processes against `pdfsig` on the same file; then many reports verified
 * in one process (as `assay verify *.pdf` does) against one `pdfsig` process per file.
 */
export async function cliStartupBenchmark(): Promise<BenchResult> {
  const name = 'cli: assay start-up and verification vs pdfsig';
  const lines = [cpuSpeedLine()];
  if (!existsSync(CLI)) return { name, lines: [...lines, `${CLI} missing: run npm run build`] };
  if (!existsSync(TIME)) return { name, lines: [...lines, `${TIME} (GNU time) missing: no process figures`] };
  const hasPdfsig = spawnSync('which', ['pdfsig']).status === 0;
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-cli-'));
  try {
    const { files, trustPem } = await writeSignedReports(dir, BATCH_FILES);
    const trust = join(dir, 'signer.pem');
    writeFileSync(trust, trustPem);
    const [one] = files;
    if (one === undefined) throw new Error('No signed report was written.');

    lines.push(
      `whole processes, median of ${RUNS} after one warm-up run (compile cache filled), node ${process.version}:`,
      describeCost('assay --help', medianCost(process.execPath, [CLI, '--help']), TARGET_CPU_SECONDS),
      describeCost(
        'assay verify REPORT.pdf --trust',
        medianCost(process.execPath, [CLI, 'verify', one, '--trust', trust]),
        TARGET_CPU_SECONDS,
      ),
      describeCost('node -e 0 (Node itself)', medianCost(process.execPath, ['-e', '0'])),
    );
    if (hasPdfsig) lines.push(describeCost('pdfsig REPORT.pdf (baseline)', medianCost('pdfsig', [one])));

    const templates = cachedTemplateLookup();
    const verdicts = new Set<string>();
    const ours = await inProcessCpu(async () => {
      for (const path of files)
        verdicts.add((await verifyPdfInput({ path, trustAnchorsPem: [trustPem] }, templates)).verdict);
    });
    const first = ours.first / files.length;
    const steady = ours.steady / files.length;
    lines.push(
      `in one process, ${files.length} reports (en and ar), verdicts: ${[...verdicts].join(', ')}:`,
      `  first batch   ${(first * 1000).toFixed(1)} ms CPU per file (median of ${BATCH_ROUNDS} rounds after one)`,
      `  steady state  ${(steady * 1000).toFixed(1)} ms CPU per file (median of the last ${BATCH_ROUNDS} of ${STEADY_ROUNDS} rounds)`,
    );
    if (!hasPdfsig) return { name, lines: [...lines, 'pdfsig not installed: no baseline, no ratio'] };
    // One shell runs every pdfsig, so GNU time's 10 ms resolution is spread over all the files.
    const script = 'for f in "$@"; do pdfsig "$f" > /dev/null || exit 1; done';
    const pdfsigAll = medianCost('sh', ['-c', script, 'sh', ...files]);
    const pdfsigPerFile = pdfsigAll.cpuSeconds / files.length;
    const verdict = (ratio: number) =>
      `${ratio.toFixed(2)}x (goal ≤ ${TARGET_BATCH_RATIO}: ${ratio <= TARGET_BATCH_RATIO ? 'met' : 'not met'})`;
    lines.push(
      `pdfsig, one process per file: ${(pdfsigPerFile * 1000).toFixed(1)} ms CPU per file`,
      `ratio to pdfsig per file: first batch ${verdict(first / pdfsigPerFile)}, steady state ${verdict(steady / pdfsigPerFile)}`,
    );
    return { name, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
