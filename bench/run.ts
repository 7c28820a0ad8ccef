// `npm run bench`: each benchmark prints its figures and a ratio against a named baseline measured in
// the same run on the same machine, so results compare across machines. `npm run bench -- NAME…`
// runs only the named ones.

export interface BenchResult {
  name: string;
  lines: string[];
}

// Each benchmark's modules load only when it runs, so one does not pay for another's libraries.
const benchmarks: { name: string; run: () => Promise<BenchResult> }[] = [
  { name: 'answer-save', run: async () => (await import('./answerSave')).answerSaveBenchmark() },
  { name: 'scoring', run: async () => (await import('./scoring')).scoringBenchmark() },
  { name: 'evidence-ingest', run: async () => (await import('./evidenceIngest')).evidenceIngestBenchmark() },
  { name: 'pdf-verify', run: async () => (await import('./pdfVerify')).pdfVerifyBenchmark() },
  { name: 'cli', run: async () => (await import('./cliStartup')).cliStartupBenchmark() },
  { name: 'reference', run: async () => (await import('./referenceImport')).referenceBenchmark() },
  { name: 'wizard', run: async () => (await import('./wizard')).wizardBenchmark() },
  { name: 'report-export', run: async () => (await import('./reportExport')).reportExportBenchmark() },
  { name: 'backup', run: async () => (await import('./backup')).backupBenchmark() },
  {
    name: 'screening-quality',
    run: async () => (await import('./screeningQuality')).screeningQualityBenchmark(),
  },
];

// Options (`--split tune`) are read by the benchmarks they concern; the other words name benchmarks.
const args = process.argv.slice(2);
const only = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
for (const bench of benchmarks) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  const result = await bench.run();
  console.log(`\n## ${result.name}`);
  for (const line of result.lines) console.log(`  ${line}`);
}
