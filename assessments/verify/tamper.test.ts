import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../scoring/testing/prng';
import { useTempDir } from '../../test/helpers/tempDir';
import { missingTools } from '../../test/helpers/tools';
import { signedTestReport, type SignedFixture } from '../../test/helpers/signingFixtures';
import { cachedTemplateLookup } from './checkEmbeddedAssessment';
import { verifyPdf } from './verifyPdf';

const PER_FILE_BUDGET_MS = 2000;
const hasPdfsig = missingTools(['pdfsig']).length === 0;

describe('tampering and fuzzing', () => {
  let fixture: SignedFixture;
  let signedRanges: [number, number][];
  let tmp: ReturnType<typeof useTempDir>;
  const templates = cachedTemplateLookup();

  beforeAll(async () => {
    tmp = useTempDir();
    fixture = await signedTestReport(5);
    const range = (await verifyPdf(fixture.signed)).signatures[0]?.byteRange;
    if (!range) throw new Error('the fixture is not signed');
    const [a, b, c, d] = range as [number, number, number, number];
    signedRanges = [
      [a, a + b],
      [c, c + d],
    ];
  }, 60_000);
  afterAll(() => tmp.cleanup());

  async function verifyWithinBudget(bytes: Buffer) {
    const start = performance.now();
    const result = await verifyPdf(bytes, { templates });
    expect(performance.now() - start).toBeLessThan(PER_FILE_BUDGET_MS);
    return result;
  }

  it('detects every one of 1,000 random single-byte changes inside the signed range', async () => {
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
      const verdict = (await verifyWithinBudget(tampered)).verdict;
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
});
