import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './run';

/** Built beside run.js (esbuild.config.mjs); runs one ingest in a fresh process. */
const INGEST_CHILD = fileURLToPath(new URL('./ingestChild.js', import.meta.url));

const MiB = 1024 * 1024;

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

function runChild(file: string, vaultDir: string): { ms: number; maxRssKiB: number } {
  const child = spawnSync(process.execPath, [INGEST_CHILD, file, vaultDir], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`ingest child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { ms: number; maxRssKiB: number };
}

function opensslMs(file: string): number {
  const start = performance.now();
  const result = spawnSync('openssl', ['dgst', '-sha256', file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl dgst failed (is openssl installed?): ${result.stderr}`);
  return performance.now() - start;
}

/**
 * Evidence ingest (read once, SHA-256, AES-256-GCM, write, fsync, rename) of a 1 GiB file as a
 * ratio to `openssl dgst -sha256` on the same file — this CPU's hashing limit. Peak RSS is compared
 * between 256 MiB and 2 GiB files to show memory does not grow with file size.
 */
export async function evidenceIngestBenchmark(): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'assay-ingest-bench-'));
  try {
    const lines: string[] = [];
    const sizes = [256 * MiB, 1024 * MiB, 2048 * MiB];
    const results = new Map<number, { ms: number; maxRssKiB: number; openssl: number }>();
    for (const size of sizes) {
      const file = join(root, `evidence-${size / MiB}.bin`);
      writeRandomFile(file, size);
      opensslMs(file); // warm the page cache so both read from memory alike
      const openssl = opensslMs(file);
      const ingest = runChild(file, join(root, `vault-${size / MiB}`));
      results.set(size, { ...ingest, openssl });
      rmSync(file, { force: true });
      rmSync(join(root, `vault-${size / MiB}`), { recursive: true, force: true });
    }
    const oneGiB = results.get(1024 * MiB);
    if (oneGiB) {
      const ingestRate = 1024 / (oneGiB.ms / 1000);
      const opensslRate = 1024 / (oneGiB.openssl / 1000);
      lines.push(`1 GiB ingest  ${oneGiB.ms.toFixed(0)} ms (${ingestRate.toFixed(0)} MiB/s)`);
      lines.push(`openssl dgst -sha256  ${oneGiB.openssl.toFixed(0)} ms (${opensslRate.toFixed(0)} MiB/s)`);
      lines.push(`ratio (throughput) ${(ingestRate / opensslRate).toFixed(2)} of openssl (target >= 0.6)`);
    }
    for (const size of [256 * MiB, 2048 * MiB]) {
      const r = results.get(size);
      if (r)
        lines.push(
          `peak RSS ingesting ${size / MiB} MiB: ${(r.maxRssKiB / 1024).toFixed(0)} MiB (target < 150, independent of size)`,
        );
    }
    return { name: 'evidence ingest vs openssl dgst -sha256 (same file, same run)', lines };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
