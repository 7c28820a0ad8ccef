// `npm run bench`: each benchmark prints its figures and a ratio against a named baseline measured in
// the same run on the same machine, so results compare across machines. `npm run bench -- NAME…`
// runs only the named ones.
import { answerSaveBenchmark } from './answerSave';
import { evidenceIngestBenchmark, INGEST_CHILD_FLAG, ingestChild } from './evidenceIngest';
import { scoringBenchmark } from './scoring';
import { pdfVerifyBenchmark } from './pdfVerify';
import { screeningBenchmark } from './screening';
import { wizardBenchmark } from './wizard';
import { reportExportBenchmark } from './reportExport';

export interface BenchResult {
  name: string;
  lines: string[];
}

const benchmarks: { name: string; run: () => Promise<BenchResult> }[] = [
  { name: 'answer-save', run: answerSaveBenchmark },
  { name: 'scoring', run: scoringBenchmark },
  { name: 'evidence-ingest', run: evidenceIngestBenchmark },
  { name: 'pdf-verify', run: pdfVerifyBenchmark },
  { name: 'reference', run: screeningBenchmark },
  { name: 'wizard', run: wizardBenchmark },
  { name: 'report-export', run: reportExportBenchmark },
];

const [first, ...rest] = process.argv.slice(2);
if (first === INGEST_CHILD_FLAG) {
  await ingestChild(rest[0] ?? '', rest[1] ?? '');
} else {
  const only = first === undefined ? [] : [first, ...rest];
  for (const bench of benchmarks) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    const result = await bench.run();
    console.log(`\n## ${result.name}`);
    for (const line of result.lines) console.log(`  ${line}`);
  }
}
