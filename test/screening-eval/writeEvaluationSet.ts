import { existsSync, writeFileSync } from 'node:fs';
import { buildEvaluationSet } from './buildEvaluationSet';
import { DATA_DIR, EVALUATION_SET_FILE, serialiseEvaluationSet, SOURCE_FILES } from './evaluationSet';

// `npm run screening-eval:generate`: rebuilds the frozen set from the public lists in ../shared/data.
const missing = Object.values(SOURCE_FILES).filter((file) => !existsSync(`${DATA_DIR}${file}`));
if (missing.length > 0) {
  console.error(`Cannot build the screening evaluation set: ${missing.join(', ')} not found in ${DATA_DIR}.`);
  process.exit(1);
}
const set = await buildEvaluationSet(DATA_DIR);
writeFileSync(EVALUATION_SET_FILE, serialiseEvaluationSet(set));
const count = (items: readonly { split: string }[], split: string) =>
  items.filter((item) => item.split === split).length;
console.log(
  `${EVALUATION_SET_FILE}: ${set.positives.length} positives (${count(set.positives, 'tune')} tune), ` +
    `${set.negatives.length} negatives (${count(set.negatives, 'tune')} tune), seed ${set.seed}`,
);
