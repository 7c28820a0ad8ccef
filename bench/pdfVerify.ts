import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signPdf } from '../assessments/signing/signPdf';
import { cachedTemplateLookup } from '../assessments/verify/checkEmbeddedAssessment';
import { verifyPdf } from '../assessments/verify/verifyPdf';
import {
  buildEmbeddedAssessment,
  certificateFingerprint,
  renderTestReport,
  testSigningIdentity,
  TEST_SIGNATURE_RECT,
} from '../test/helpers/signingFixtures';
import type { BenchResult } from './run';

const FILES = 20;
const ROUNDS = 3;
const TARGET_RATIO = 2;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timeRounds(run: () => void | Promise<void>): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * `assay verify`'s work (read, every signature check, the embedded assessment recomputed against
 * the shipped template, the cover's verification lines) on 20 signed reports, against `pdfsig`
 * checking the signatures of the same files in the same run.
 */
export async function pdfVerifyBenchmark(): Promise<BenchResult> {
  const templateDir = fileURLToPath(
    new URL('../../templates/surveillance-export-hria/1.0.0/', import.meta.url),
  );
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-verify-'));
  try {
    const identity = testSigningIdentity('Benchmark Signer');
    const files: string[] = [];
    for (let i = 0; i < FILES; i += 1) {
      const pdf = await renderTestReport(
        buildEmbeddedAssessment(1000 + i, templateDir, certificateFingerprint(identity.certificate)),
      );
      const signed = await signPdf(pdf, identity, {
        signingTime: new Date(),
        reason: 'Benchmark',
        widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
      });
      const file = join(dir, `report-${i}.pdf`);
      writeFileSync(file, signed);
      files.push(file);
    }
    const sizes = files.map((file) => readFileSync(file).length);
    const templates = cachedTemplateLookup();
    const verdicts = new Set<string>();
    const ours = await timeRounds(async () => {
      for (const file of files)
        verdicts.add((await verifyPdf(readFileSync(file), { file, templates })).verdict);
    });
    const lines = [
      `${FILES} signed reports, ${Math.round(sizes.reduce((a, b) => a + b, 0) / FILES / 1024)} KiB each on average (full HRIA template embedded)`,
      `verifyPdf  ${ours.toFixed(0)} ms for ${FILES} files (${(ours / FILES).toFixed(1)} ms/file, median of ${ROUNDS}); verdicts: ${[...verdicts].join(', ')}`,
    ];
    if (spawnSync('which', ['pdfsig']).status !== 0) {
      lines.push('pdfsig not installed: no baseline, no ratio');
      return { name: 'pdf-verify: verifyPdf vs pdfsig', lines };
    }
    const pdfsig = await timeRounds(() => {
      for (const file of files) {
        const out = spawnSync('pdfsig', [file], { encoding: 'utf8' });
        if (!out.stdout.includes('Signature is Valid.'))
          throw new Error(`pdfsig rejected ${file}:\n${out.stdout}`);
      }
    });
    lines.push(
      `pdfsig     ${pdfsig.toFixed(0)} ms for ${FILES} files (${(pdfsig / FILES).toFixed(1)} ms/file, one process per file as a regulator runs it)`,
      `ratio ${(ours / pdfsig).toFixed(2)}x pdfsig (target ≤ ${TARGET_RATIO})`,
    );
    return { name: 'pdf-verify: verifyPdf vs pdfsig', lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
