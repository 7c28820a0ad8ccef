import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvaluationSet } from '../screening-eval/buildEvaluationSet';
import {
  DATA_DIR,
  EVALUATION_SET_FILE,
  NEGATIVE_KINDS,
  parseEvaluationSet,
  serialiseEvaluationSet,
  SOURCE_FILES,
  splitOf,
  VARIANT_TYPES,
} from '../screening-eval/evaluationSet';
import { plainKey } from '../screening-eval/variants';

const text = readFileSync(EVALUATION_SET_FILE, 'utf8');
const set = parseEvaluationSet(text);
const missing = Object.values(SOURCE_FILES).filter((file) => !existsSync(`${DATA_DIR}${file}`));

describe('the frozen screening evaluation set (v1)', () => {
  it('holds at least 1,000 positives and 500 negatives, every variant type and negative kind', () => {
    expect(set.positives.length).toBeGreaterThanOrEqual(1_000);
    expect(set.negatives.length).toBeGreaterThanOrEqual(500);
    for (const variant of VARIANT_TYPES)
      expect(set.positives.filter((item) => item.variant === variant).length).toBeGreaterThanOrEqual(100);
    for (const kind of NEGATIVE_KINDS)
      expect(set.negatives.filter((item) => item.kind === kind).length).toBeGreaterThanOrEqual(50);
  });

  it('has negatives in the scripts of its positives, same-surname cases among them', () => {
    const positiveScripts = new Set(set.positives.map((item) => item.script));
    for (const script of positiveScripts)
      if (set.positives.filter((item) => item.script === script).length >= 50)
        expect(set.negatives.some((item) => item.script === script)).toBe(true);
    expect(
      set.negatives.filter((item) => item.kind === 'same-surname-other-given' && item.script === 'arabic'),
    ).not.toHaveLength(0);
  });

  it('splits by entity: no entity has queries in both splits, and about 30 % are for tuning', () => {
    const splitsOf = new Map<string, Set<string>>();
    for (const item of set.positives)
      for (const ref of [item.target, ...item.sameEntity]) {
        const key = `${ref.list}:${ref.id}`;
        splitsOf.set(key, (splitsOf.get(key) ?? new Set()).add(item.split));
      }
    for (const item of set.negatives)
      if (item.basedOn) {
        const key = `${item.basedOn.list}:${item.basedOn.id}`;
        splitsOf.set(key, (splitsOf.get(key) ?? new Set()).add(item.split));
      }
    expect([...splitsOf].filter(([, splits]) => splits.size > 1)).toEqual([]);
    const tuneShare = set.positives.filter((item) => item.split === 'tune').length / set.positives.length;
    expect(tuneShare).toBeGreaterThan(0.2);
    expect(tuneShare).toBeLessThan(0.4);
    expect(new Set([splitOf('un:QDi.001'), splitOf('un:QDi.001')]).size).toBe(1);
  });

  it('reads back to the same text it was written as', () => {
    expect(serialiseEvaluationSet(set)).toBe(text);
  });

  it('has no negative that is a positive query too', () => {
    const positives = new Set(set.positives.map((item) => plainKey(item.query)));
    expect(set.negatives.filter((item) => positives.has(plainKey(item.query)))).toEqual([]);
  });

  const reproduce = missing.length === 0 ? it : it.skip;
  reproduce(
    missing.length === 0
      ? 'is rebuilt byte for byte from the same seed and public lists'
      : `is rebuilt byte for byte (skipped: ${missing.join(', ')} absent from ../shared/data)`,
    async () => {
      const rebuilt = await buildEvaluationSet(DATA_DIR);
      expect(rebuilt.sources).toEqual(set.sources);
      expect(serialiseEvaluationSet(rebuilt)).toBe(text);
    },
  );
});
