import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../scoring/testing/prng';
import { useTempDir } from '../../test/helpers/tempDir';
import { signedTestReport, type SignedFixture } from '../../test/helpers/signingFixtures';
import { cachedTemplateLookup } from './checkEmbeddedAssessment';
import { verifyPdf } from './verifyPdf';

const PER_FILE_BUDGET_MS = 2000;
const hasPdfsig = spawnSync('which', ['pdfsig']).status === 0;

describe('tampering and fuzzing', () => {
  let fixture: SignedFixture;
  let signedRanges: [number, number][];
  let tmp: ReturnType<typeof useTempDir>;
  const templates = cachedTemplateLookup();

  beforeAll(async () => {
    tmp = useTempDir();
    fixture = await signedTestReport(5);
    const range = verifyPdf(fixture.signed).signatures[0]?.byteRange;
    if (!range) throw new Error('the fixture is not signed');
    const [a, b, c, d] = range as [number, number, number, number];
    signedRanges = [
      [a, a + b],
      [c, c + d],
    ];
  }, 60_000);
  afterAll(() => tmp.cleanup());

  function verifyWithinBudget(bytes: Buffer) {
    const start = performance.now();
    const result = verifyPdf(bytes, { templates });
    expect(performance.now() - start).toBeLessThan(PER_FILE_BUDGET_MS);
    return result;
  }

  it('detects every one of 1,000 random single-byte changes inside the signed range', () => {
    const random = seededRandom(6061);
    const total = signedRanges.reduce((sum, [from, to]) => sum + (to - from), 0);
    const pdfsigSample: Buffer[] = [];
    let detected = 0;
    for (let i = 0; i < 1000; i += 1) {
      let offset = Math.floor(random() * total);
      const [first] = signedRanges as [[number, number]];
      offset =
        offset < first[1] - first[0]
          ? first[0] + offset
          : (signedRanges[1] as [number, number])[0] + offset - (first[1] - first[0]);
      const tampered = Buffer.from(fixture.signed);
      tampered[offset] = ((tampered[offset] as number) + 1 + Math.floor(random() * 255)) % 256;
      const verdict = verifyWithinBudget(tampered).verdict;
      if (verdict !== 'valid' && verdict !== 'valid-untrusted') detected += 1;
      if (i % 20 === 0) pdfsigSample.push(tampered);
    }
    expect(detected).toBe(1000);

    if (!hasPdfsig) return;
    expect(pdfsigSample).toHaveLength(50);
    pdfsigSample.forEach((bytes, index) => {
      const file = join(tmp.path, `tampered-${index}.pdf`);
      writeFileSync(file, bytes);
      // pdfsig exits 0 even for invalid signatures: its words are the verdict.
      const out = spawnSync('pdfsig', [file], { encoding: 'utf8' });
      const text = `${out.stdout}${out.stderr}`;
      const valid = text.includes('Signature is Valid.') && text.includes('Total document signed');
      expect(valid, `pdfsig accepted tampered sample ${index}:\n${text}`).toBe(false);
    });
  }, 120_000);

  it('never crashes, hangs or says valid on 2,000 mutated files', () => {
    const random = seededRandom(2026);
    const original = fixture.signed;
    const int = (n: number) => Math.floor(random() * n);
    const mutate = (): Buffer => {
      const kind = int(5);
      const at = int(original.length);
      if (kind === 0) {
        const copy = Buffer.from(original);
        for (let i = 0, n = 1 + int(8); i < n; i += 1) {
          const at = int(copy.length);
          copy[at] = (copy[at] as number) ^ (1 << int(8));
        }
        return copy;
      }
      if (kind === 1)
        return Buffer.concat([
          original.subarray(0, at),
          Buffer.from([int(256), int(256)].slice(0, 1 + int(2))),
          original.subarray(at),
        ]);
      if (kind === 2)
        return Buffer.concat([
          original.subarray(0, at),
          original.subarray(Math.min(original.length, at + 1 + int(64))),
        ]);
      if (kind === 3) return original.subarray(0, at);
      const copy = Buffer.from(original);
      const token = ['<<', '>>', '[', ']', '(', ')', '0', 'R', 'obj', 'endobj', 'stream', '/Length 999999'][
        int(12)
      ] as string;
      copy.write(token, at, 'latin1');
      return copy;
    };
    let falseValid = 0;
    for (let i = 0; i < 2000; i += 1) {
      const bytes = mutate();
      let verdict: string;
      try {
        verdict = verifyWithinBudget(bytes).verdict;
      } catch (error) {
        throw new Error(`verifyPdf threw on mutant ${i}: ${(error as Error).stack ?? String(error)}`, {
          cause: error,
        });
      }
      if ((verdict === 'valid' || verdict === 'valid-untrusted') && !bytes.equals(original)) falseValid += 1;
    }
    expect(falseValid).toBe(0);
  }, 120_000);
});
