import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDataset } from '../assessments/reference/datasetService';
import { referenceOperations as createReferenceHandlers } from '../assessments/reference/operations';
import { screenNamesInputSchema } from '../assessments/reference/schemas';
import { systemClock } from '../assessments/shared/clock';
import { PinnedTemplates } from '../assessments/templates/pinnedTemplates';
import { WorkspaceSession } from '../assessments/workspace/session';
import {
  DATA_DIR,
  EVALUATION_SET_FILE,
  parseEvaluationSet,
  SOURCE_FILES,
  type ListRef,
  type Split,
  type TargetList,
} from '../test/screening-eval/evaluationSet';
import { cpuSpeedLine } from './cpuSpeed';
import type { BenchResult } from './run';

const TARGET_RECALL = 0.95;
const TARGET_FALSE_ALERTS = 0.02;
const TARGET_P95_MS = 10;
const LISTS: readonly TargetList[] = ['ofac', 'un'];
/** Latency is measured against every list Assay imports, the set's two and these. */
const OTHER_LISTS = ['uk', 'opensanctions'] as const;

interface Outcome {
  hits: number;
  ms: number;
}

/** `--split tune` (or ASSAY_SCREENING_SPLIT=tune) scores the tuning split; the holdout by default. */
function chosenSplit(): Split {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--split');
  const value = flag >= 0 ? args[flag + 1] : process.env['ASSAY_SCREENING_SPLIT'];
  if (value === undefined || value === 'holdout') return 'holdout';
  if (value === 'tune') return 'tune';
  throw new Error(`--split must be "tune" or "holdout", not "${value}"`);
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Quality of name screening on the frozen evaluation set (test/screening-eval): the full OFAC and
 * UN lists are imported through the app's import into a temporary workspace, and every query of
 * one split is screened through the app's `reference.screen` at its default threshold and limit.
 */
export async function screeningQualityBenchmark(): Promise<BenchResult> {
  const split = chosenSplit();
  const name = `screening quality on the evaluation set v1, ${split} split (OFAC + UN; latency against all four lists)`;
  const missing = [...LISTS, ...OTHER_LISTS]
    .map((list) => SOURCE_FILES[list])
    .filter((file) => !existsSync(`${DATA_DIR}${file}`));
  if (missing.length > 0)
    return { name, lines: [`skipped: ${missing.join(', ')} not found in ${DATA_DIR} (../shared/data)`] };

  const set = parseEvaluationSet(readFileSync(EVALUATION_SET_FILE, 'utf8'));
  const positives = set.positives.filter((item) => item.split === split);
  const negatives = set.negatives.filter((item) => item.split === split);
  const lines = [cpuSpeedLine()];
  const root = mkdtempSync(join(tmpdir(), 'assay-screening-quality-'));
  try {
    const session = new WorkspaceSession(join(root, 'ws'), { clock: systemClock });
    await session.create('benchmark passphrase 0123', 'Bench');
    const listOf = new Map<string, TargetList>();
    for (const list of LISTS) {
      const { dataset } = await importDataset(
        { ws: session.require(), clock: systemClock },
        { kind: list, path: `${DATA_DIR}${SOURCE_FILES[list]}` },
      );
      listOf.set(dataset.id, list);
    }
    const everyList = [...listOf.keys()];
    for (const list of OTHER_LISTS) {
      const { dataset } = await importDataset(
        { ws: session.require(), clock: systemClock },
        { kind: list, path: `${DATA_DIR}${SOURCE_FILES[list]}` },
      );
      everyList.push(dataset.id);
    }
    const handlers = createReferenceHandlers({ session, clock: systemClock, pinned: new PinnedTemplates() });
    const defaults = screenNamesInputSchema.parse({ queries: [{ name: 'x' }] });
    const screen = async (query: string, datasetIds = [...listOf.keys()]) => {
      const start = performance.now();
      const [result] = await handlers['reference.screen'](
        screenNamesInputSchema.parse({ queries: [{ name: query }], datasetIds }),
      );
      const ms = performance.now() - start;
      const hits = (result?.hits ?? []).map((hit) => `${listOf.get(hit.datasetId)}:${hit.sourceId}`);
      return { hits, ms };
    };
    // The first query builds the indexes; warm up outside the timings.
    for (const item of positives.slice(0, 20)) await screen(item.query, everyList);

    const key = (ref: ListRef) => `${ref.list}:${ref.id}`;
    const byVariant = new Map<string, { total: number; found: number; first: number }>();
    const positiveOutcomes: Outcome[] = [];
    for (const item of positives) {
      const { hits, ms } = await screen(item.query);
      positiveOutcomes.push({ hits: hits.length, ms });
      const row = byVariant.get(item.variant) ?? { total: 0, found: 0, first: 0 };
      row.total += 1;
      if (hits.includes(key(item.target))) row.found += 1;
      if (hits[0] !== undefined && [item.target, ...item.sameEntity].map(key).includes(hits[0]))
        row.first += 1;
      byVariant.set(item.variant, row);
    }
    const byKind = new Map<string, { total: number; alerts: number }>();
    const negativeOutcomes: Outcome[] = [];
    for (const item of negatives) {
      const { hits, ms } = await screen(item.query);
      negativeOutcomes.push({ hits: hits.length, ms });
      const group = `${item.kind} (${item.script})`;
      const row = byKind.get(group) ?? { total: 0, alerts: 0 };
      row.total += 1;
      if (hits.length > 0) row.alerts += 1;
      byKind.set(group, row);
    }
    const allListTimes: number[] = [];
    for (const item of [...positives, ...negatives])
      allListTimes.push((await screen(item.query, everyList)).ms);
    session.lock();

    const found = [...byVariant.values()].reduce((sum, row) => sum + row.found, 0);
    const first = [...byVariant.values()].reduce((sum, row) => sum + row.first, 0);
    const alerts = [...byKind.values()].reduce((sum, row) => sum + row.alerts, 0);
    const all = [...positiveOutcomes, ...negativeOutcomes];
    const latencyP95 = percentile(allListTimes, 95);
    const hitsLine = (label: string, outcomes: readonly Outcome[]) =>
      `hits per query (${label}): mean ${(outcomes.reduce((sum, o) => sum + o.hits, 0) / outcomes.length).toFixed(2)}, ` +
      `p95 ${percentile(
        outcomes.map((o) => o.hits),
        95,
      )}`;
    lines.push(
      `${positives.length} positives, ${negatives.length} negatives; threshold ${defaults.threshold}, up to ${defaults.limit} hits a query`,
      `recall (target among hits): ${percent(found, positives.length)}  [target ≥ ${100 * TARGET_RECALL} %: ${met(found / positives.length >= TARGET_RECALL)}]`,
      `rank-1 (target entity is the top hit): ${percent(first, positives.length)}`,
      `false-alert rate (negatives with a hit): ${percent(alerts, negatives.length)}  [target ≤ ${100 * TARGET_FALSE_ALERTS} %: ${met(alerts / negatives.length <= TARGET_FALSE_ALERTS)}]`,
      hitsLine('positives', positiveOutcomes),
      hitsLine('negatives', negativeOutcomes),
      `latency per query, OFAC + UN: median ${percentile(
        all.map((o) => o.ms),
        50,
      ).toFixed(2)} ms, p95 ${percentile(
        all.map((o) => o.ms),
        95,
      ).toFixed(2)} ms`,
      `latency per query, all four lists (OFAC, UN, UK, OpenSanctions): median ${percentile(
        allListTimes,
        50,
      ).toFixed(
        2,
      )} ms, p95 ${latencyP95.toFixed(2)} ms  [target < ${TARGET_P95_MS} ms: ${met(latencyP95 < TARGET_P95_MS)}]`,
      'recall and rank-1 by variant:',
      ...[...byVariant].map(
        ([variant, row]) =>
          `  ${variant.padEnd(20)} n=${String(row.total).padStart(4)}  recall ${percent(row.found, row.total).padStart(7)}  rank-1 ${percent(row.first, row.total).padStart(7)}`,
      ),
      'false alerts by negative kind (script):',
      ...[...byKind].map(
        ([kind, row]) =>
          `  ${kind.padEnd(36)} n=${String(row.total).padStart(4)}  ${percent(row.alerts, row.total).padStart(7)}`,
      ),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return { name, lines };
}
