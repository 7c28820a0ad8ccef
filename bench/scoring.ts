import { readFileSync } from 'node:fs';
import type { Answers } from '../assessments/questionnaire/answers';
import { visibleQuestions } from '../assessments/questionnaire/visibility';
import { assumptionsOf } from '../assessments/scoring/assumptions';
import { scoreAssessment } from '../assessments/scoring/scoreAssessment';
import { analyseSensitivity } from '../assessments/scoring/sensitivity';
import { pick, seededRandom } from '../assessments/scoring/testing/prng';
import { randomAnswers } from '../assessments/scoring/testing/randomAnswers';
import { compileJson } from '../assessments/scoring/testing/templates';
import type { BenchResult } from './run';

const EVALUATIONS = 10_000;
const WARM_UP = 500;
const SEED = 20251127;
const TARGET_MICROSECONDS = 1000;
/** Each is hundreds of scorings: a few answer sets show its cost. */
const SENSITIVITY_SETS = 20;
/** What `assessment.evaluate` adds to scoring must keep it interactive. */
const TARGET_EVALUATE_MS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function timeEach(sets: readonly Answers[], run: (answers: Answers) => unknown): number[] {
  for (const answers of sets.slice(0, WARM_UP)) run(answers);
  const times: number[] = [];
  for (const answers of sets) {
    const start = performance.now();
    run(answers);
    times.push((performance.now() - start) * 1000);
  }
  return times.sort((a, b) => a - b);
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const us = (value: number) => `${value.toFixed(1)} µs`;

/**
 * One full scoring evaluation of the shipped template (visibility, risks, severity, likelihood,
 * three flag passes, overrides, gaps, explanation) against the baseline of `visibleQuestions` alone
 * on the same seeded answer sets: the one step every evaluation cannot avoid.
 */
export async function scoringBenchmark(): Promise<BenchResult> {
  const path = new URL('../../templates/surveillance-export-hria/1.0.0/template.json', import.meta.url);
  const compiled = compileJson(JSON.parse(readFileSync(path, 'utf8')));
  const random = seededRandom(SEED);
  const sets = Array.from({ length: EVALUATIONS }, () =>
    randomAnswers(compiled, random, {
      skew: pick(random, [1, 2, 3, 5, 8]),
      unknownRate: pick(random, [0, 0.05, 0.2]),
      missingRate: pick(random, [0, 0, 0.05]),
    }),
  );

  const full = timeEach(sets, (answers) => scoreAssessment(compiled, answers));
  const base = timeEach(sets, (answers) => visibleQuestions(compiled, answers));
  // The newest methodology, as `assessment.evaluate` serves it: score plus what the score assumes.
  const path11 = new URL('../../templates/surveillance-export-hria/1.1.0/template.json', import.meta.url);
  const compiled11 = compileJson(JSON.parse(readFileSync(path11, 'utf8')));
  const random11 = seededRandom(SEED);
  const sets11 = Array.from({ length: EVALUATIONS }, () =>
    randomAnswers(compiled11, random11, { skew: pick(random11, [1, 2, 3, 5, 8]), unknownRate: 0.05 }),
  );
  const evaluated = timeEach(sets11, (answers) =>
    assumptionsOf(compiled11, answers, scoreAssessment(compiled11, answers)),
  );
  const sensitivity: number[] = [];
  for (const answers of sets11.slice(0, SENSITIVITY_SETS)) {
    const start = performance.now();
    analyseSensitivity(compiled11, answers, scoreAssessment(compiled11, answers));
    sensitivity.push(performance.now() - start);
  }
  sensitivity.sort((a, b) => a - b);
  const evaluatedMs = mean(evaluated) / 1000;
  const fullMean = mean(full);
  const baseMean = mean(base);
  const template = `${compiled.template.id}@${compiled.template.version}`;
  return {
    name: `scoreAssessment vs visibleQuestions alone (${template}, ${EVALUATIONS} seeded answer sets)`,
    lines: [
      `scoreAssessment  ${Math.round(1e6 / fullMean)} evaluations/s  mean ${us(fullMean)}  p95 ${us(percentile(full, 95))}`,
      `baseline         ${Math.round(1e6 / baseMean)} evaluations/s  mean ${us(baseMean)}  p95 ${us(percentile(base, 95))}`,
      `ratio (mean) ${(fullMean / baseMean).toFixed(2)}x baseline`,
      `target mean < ${TARGET_MICROSECONDS} µs per evaluation: ${fullMean < TARGET_MICROSECONDS ? 'met' : 'NOT met'}`,
      `1.1.0 score + assumptions  mean ${us(mean(evaluated))}  p95 ${us(percentile(evaluated, 95))}  target mean < ${TARGET_EVALUATE_MS} ms: ${evaluatedMs < TARGET_EVALUATE_MS ? 'met' : 'NOT met'}`,
      `1.1.0 sensitivity (every single-answer variant rescored)  median ${percentile(sensitivity, 50).toFixed(0)} ms  p95 ${percentile(sensitivity, 95).toFixed(0)} ms (of ${SENSITIVITY_SETS})`,
    ],
  };
}
