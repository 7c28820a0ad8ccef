// `npm run bench`: each benchmark prints its figures and a ratio against a named baseline measured in
// the same run on the same machine, so results compare across machines.
import { answerSaveBenchmark } from './answerSave';
import { scoringBenchmark } from './scoring';

export interface BenchResult {
  name: string;
  lines: string[];
}

const benchmarks: { name: string; run: () => Promise<BenchResult> }[] = [
  { name: 'answer-save', run: answerSaveBenchmark },
  { name: 'scoring', run: scoringBenchmark },
];

const only = process.argv.slice(2);
for (const bench of benchmarks) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  const result = await bench.run();
  console.log(`\n## ${result.name}`);
  for (const line of result.lines) console.log(`  ${line}`);
}
