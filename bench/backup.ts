import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../assessments/api/dispatch';
import { reportWorkspace } from '../test/helpers/reportWorkspace';
import { TEST_PASSPHRASE } from '../test/helpers/workspace';
import { opensslSpeed } from './cpuSpeed';
import type { BenchResult } from './run';
import { PEAK_RSS_KIB_EXPRESSION } from './peakRss';

/** The real command line, run as a child so its peak RSS is the command's own. */
const CLI = fileURLToPath(new URL('../cli/assay.js', import.meta.url));
const MiB = 1024 * 1024;
/** `ASSAY_BENCH_BACKUP_MIB=256 npm run bench -- backup` for a quicker run; 1 GiB by default. */
const VAULT_MIB = Number(process.env.ASSAY_BENCH_BACKUP_MIB ?? 1024);
const FILE_MIB = 64;
/** Writes the child's peak RSS (KiB) to fd 3 as it exits, however it exits. */
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  `import { readFileSync, writeSync } from 'node:fs'; process.on('exit', () => writeSync(3, String(${PEAK_RSS_KIB_EXPRESSION})));`,
)}`;

function writeRandomFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  const block = randomBytes(16 * MiB);
  try {
    for (let written = 0; written < bytes; written += block.length)
      writeSync(fd, block, 0, Math.min(block.length, bytes - written));
  } finally {
    closeSync(fd);
  }
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return performance.now() - start;
}

function runCli(root: string, args: string[]): { ms: number; maxRssKiB: number } {
  const rssFile = join(root, `rss-${args[1]}.txt`);
  const fd = openSync(rssFile, 'w');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', REPORT_RSS, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASSAY_PASSPHRASE: TEST_PASSPHRASE },
    stdio: ['ignore', 'pipe', 'pipe', fd],
  });
  const ms = performance.now() - start;
  closeSync(fd);
  if (result.status !== 0) throw new Error(`assay ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, maxRssKiB: Number(readFileSync(rssFile, 'utf8')) };
}

/** This CPU's own limits, the same way evidence-ingest reports them. */
function opensslRate(file: string, bytes: number, args: string[]): number {
  const ms = timed('openssl', args.concat(file));
  return bytes / MiB / (ms / 1000);
}

/**
 * Backup and restore of a workspace whose vault holds VAULT_MIB of evidence, through the real CLI,
 * against the baseline the issue names: `cp` of the same files plus `sha256sum` of them. Ratio is
 * baseline time / our time (≥ 0.5 is the goal). Each run also reads back and verifies everything.
 */
export async function backupBenchmark(): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'assay-backup-bench-'));
  try {
    const answersDir = fileURLToPath(new URL('../../test/fixtures/answers/', import.meta.url));
    const ws = await reportWorkspace(join(root, 'ws'), { answersDir, decide: false });
    const source = join(root, 'evidence.bin');
    for (let i = 0; i < VAULT_MIB / FILE_MIB; i++) {
      writeRandomFile(source, FILE_MIB * MiB);
      const ingested = await dispatch(ws.handlers, 'evidence.ingest', {
        assessmentId: ws.assessmentId,
        path: source,
        metadata: {},
      });
      if (!ingested.ok) throw new Error(ingested.error.message);
    }
    ws.session.lock();
    rmSync(source, { force: true });
    const dir = ws.session.paths.root;
    const files = [ws.session.paths.database, ws.session.paths.header];
    const vaultFiles = spawnSync('find', [ws.session.paths.vault, '-type', 'f'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean);
    // Warm the page cache so every contender reads from memory alike.
    timed('cat', [...files, ...vaultFiles]);
    const copyDir = join(root, 'copy');
    const baseline = timed('cp', ['-r', dir, copyDir]) + timed('sha256sum', [...files, ...vaultFiles]);
    rmSync(copyDir, { recursive: true, force: true });
    // What the command line costs before any backup work: loading it, unlocking (scrypt), SQLite.
    const cliAlone = runCli(root, ['workspace', 'verify', dir]);
    const backupFile = join(root, 'ws.assaybackup');
    const backup = runCli(root, ['workspace', 'backup', dir, '--out', backupFile]);
    const restore = runCli(root, ['workspace', 'restore', backupFile, '--into', join(root, 'restored')]);

    const probe = join(root, 'probe.bin');
    writeRandomFile(probe, 256 * MiB);
    timed('cat', [probe]);
    const sha = opensslRate(probe, 256 * MiB, ['dgst', '-sha256']);
    const gcm = opensslSpeed('aes-256-gcm');
    const rate = (ms: number) => `${(VAULT_MIB / (ms / 1000)).toFixed(0)} MiB/s`;
    return {
      name: `workspace backup and restore of a ${VAULT_MIB} MiB vault vs cp + sha256sum (same files, same run)`,
      lines: [
        `cp -r + sha256sum  ${baseline.toFixed(0)} ms (${rate(baseline)})`,
        `assay workspace backup   ${backup.ms.toFixed(0)} ms (${rate(backup.ms)}), ratio ${(baseline / backup.ms).toFixed(2)} (target >= 0.5), peak RSS ${(backup.maxRssKiB / 1024).toFixed(0)} MiB (target < 200)`,
        `assay workspace restore  ${restore.ms.toFixed(0)} ms (${rate(restore.ms)}), ratio ${(baseline / restore.ms).toFixed(2)} (target >= 0.5), peak RSS ${(restore.maxRssKiB / 1024).toFixed(0)} MiB (target < 200)`,
        `for comparison: assay workspace verify on the same workspace peaks at ${(cliAlone.maxRssKiB / 1024).toFixed(0)} MiB RSS (CLI start, unlock, SQLite)`,
        `this CPU: openssl dgst -sha256 ${sha.toFixed(0)} MiB/s, openssl speed aes-256-gcm ${gcm.toFixed(0)} MiB/s (backup hashes twice: write, then read-back verification)`,
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
