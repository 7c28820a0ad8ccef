import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../assessments/api/dispatch';
import { createHandlers } from '../assessments/api/handlers';
import { systemClock } from '../assessments/shared/clock';
import { openDatabase } from '../assessments/store/openDatabase';
import { TemplateLibrary } from '../assessments/templates/templateLibrary';
import { WorkspaceSession } from '../assessments/workspace/session';
import type { BenchResult } from './run';

const SAVES = 2000;
const PASSPHRASE = 'benchmark passphrase 0123';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Cost of one autosave (validation, transaction, audit hash chain, fsync under synchronous=FULL)
 * against the baseline of a bare encrypted single-row INSERT with the same durability.
 */
export async function answerSaveBenchmark(): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'assay-bench-'));
  try {
    const session = new WorkspaceSession(join(root, 'ws'), { clock: systemClock });
    // Without a questionnaire: this measures the storage path of an autosave, not answer validation.
    const library = new TemplateLibrary(join(root, 'no-templates'));
    const handlers = createHandlers({ session, clock: systemClock, library });
    const unlockStart = performance.now();
    await session.create(PASSPHRASE, 'Bench');
    const createMs = performance.now() - unlockStart;
    const created = await dispatch(handlers, 'assessment.create', { title: 'Benchmark' });
    if (!created.ok) throw new Error(created.error.message);
    const assessmentId = (created.value as { id: string }).id;

    const saveTimes: number[] = [];
    for (let i = 0; i < SAVES; i += 1) {
      const start = performance.now();
      const result = await dispatch(handlers, 'answers.save', {
        assessmentId,
        questionId: `Q${i % 68}`,
        value: `Answer text revision ${i} `.repeat(8),
      });
      saveTimes.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message);
    }
    session.lock();

    const baseline = openDatabase(join(root, 'baseline.db'), { key: Buffer.alloc(32, 1), create: true });
    baseline.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL) STRICT');
    const insert = baseline.prepare(
      'INSERT INTO t (k, v) VALUES ($k, $v) ON CONFLICT (k) DO UPDATE SET v = excluded.v',
    );
    const baseTimes: number[] = [];
    for (let i = 0; i < SAVES; i += 1) {
      const start = performance.now();
      baseline.transaction(() =>
        insert.run({ k: `Q${i % 68}`, v: `Answer text revision ${i} `.repeat(8) }),
      )();
      baseTimes.push(performance.now() - start);
    }
    baseline.close();

    const unlockSession = new WorkspaceSession(join(root, 'ws'), { clock: systemClock });
    const unlockAt = performance.now();
    await unlockSession.unlock(PASSPHRASE);
    const unlockMs = performance.now() - unlockAt;
    unlockSession.lock();

    saveTimes.sort((a, b) => a - b);
    baseTimes.sort((a, b) => a - b);
    const median = percentile(saveTimes, 50);
    const baseMedian = percentile(baseTimes, 50);
    return {
      name: `answers.save through dispatch vs bare encrypted INSERT (${SAVES} saves, synchronous=FULL)`,
      lines: [
        `answers.save  median ${median.toFixed(3)} ms  p95 ${percentile(saveTimes, 95).toFixed(3)} ms`,
        `baseline      median ${baseMedian.toFixed(3)} ms  p95 ${percentile(baseTimes, 95).toFixed(3)} ms`,
        `ratio (median) ${(median / baseMedian).toFixed(2)}x baseline`,
        `workspace create ${createMs.toFixed(0)} ms, unlock ${unlockMs.toFixed(0)} ms (scrypt logN=17)`,
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
