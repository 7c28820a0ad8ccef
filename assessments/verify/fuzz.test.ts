import { beforeAll, describe, expect, it } from 'vitest';
import { signedTestReport, type SignedFixture } from '../../test/helpers/signingFixtures';
import { seededRandom } from '../scoring/testing/prng';
import { cachedTemplateLookup } from './checkEmbeddedAssessment';
import { verifyPdf } from './verifyPdf';

const MUTANTS = 10_000;
/** Far above any real verification of the small fixture (tens of ms): only a hang reaches it. */
const HANG_MS = 10_000;
const NOW = new Date('2026-06-01T00:00:00Z');

interface Mutant {
  bytes: Buffer;
  /** Offsets changed in place; null when bytes were inserted, removed or appended. */
  changed: number[] | null;
  kind: string;
}

/**
 * 10,000 mutated signed reports: no throw, no hang, no false valid. Only bytes inside the CMS part
 * of /Contents are outside the signature's digest (the CMS has unsigned parts, such as the order of
 * its certificates), so a mutation anywhere else — including the zero padding after the CMS — must
 * never be valid; a mutation inside the CMS may only fail to verify.
 */
describe('fuzzing the verifier', () => {
  let fixture: SignedFixture;
  let cmsHex: [number, number];
  let paddingHex: [number, number];
  const templates = cachedTemplateLookup();

  beforeAll(async () => {
    fixture = await signedTestReport(13);
    const result = await verifyPdf(fixture.signed, { now: NOW, templates });
    expect(result.verdict).toBe('valid-untrusted');
    const [, b, c] = result.signatures[0]?.byteRange ?? [];
    if (b === undefined || c === undefined) throw new Error('the fixture is not signed');
    const hex = fixture.signed.toString('latin1', b + 1, c - 1);
    const cmsEnd = b + 1 + hex.replace(/(00)+$/, '').length;
    cmsHex = [b + 1, cmsEnd];
    paddingHex = [cmsEnd, c - 1];
  }, 60_000);

  it(`never throws, hangs or says valid on ${MUTANTS.toLocaleString('en')} mutated reports`, async () => {
    const random = seededRandom(11_2026);
    const original = fixture.signed;
    const int = (n: number) => Math.floor(random() * n);
    const inPlace = (kind: string, edit: (copy: Buffer) => number[]): Mutant => {
      const copy = Buffer.from(original);
      return { bytes: copy, changed: edit(copy), kind };
    };
    const tokens = [
      '<<',
      '>>',
      '[',
      ']',
      '(',
      ')',
      '0',
      'R',
      'obj',
      'endobj',
      'stream',
      '/Length 999999',
      '%%EOF',
    ];
    const mutators: (() => Mutant)[] = [
      () =>
        inPlace('bit flips', (copy) =>
          Array.from({ length: 1 + int(8) }, () => {
            const at = int(copy.length);
            copy[at] = (copy[at] as number) ^ (1 << int(8));
            return at;
          }),
        ),
      () =>
        inPlace('token overwrite', (copy) => {
          const token = tokens[int(tokens.length)] as string;
          const at = int(copy.length - token.length);
          copy.write(token, at, 'latin1');
          return Array.from({ length: token.length }, (_, i) => at + i);
        }),
      () =>
        inPlace('padding digit', (copy) => {
          const at = paddingHex[0] + int(paddingHex[1] - paddingHex[0]);
          copy[at] = '123456789abcdef'.charCodeAt(int(15));
          return [at];
        }),
      () =>
        inPlace('CMS digit', (copy) => {
          const at = cmsHex[0] + int(cmsHex[1] - cmsHex[0]);
          copy[at] = '0123456789abcdef'.charCodeAt(int(16));
          return [at];
        }),
      () => {
        const at = int(original.length);
        const insert = Buffer.from(Array.from({ length: 1 + int(3) }, () => int(256)));
        return {
          bytes: Buffer.concat([original.subarray(0, at), insert, original.subarray(at)]),
          changed: null,
          kind: 'insert',
        };
      },
      () => {
        const at = int(original.length);
        const bytes = Buffer.concat([
          original.subarray(0, at),
          original.subarray(Math.min(original.length, at + 1 + int(64))),
        ]);
        return { bytes, changed: null, kind: 'delete' };
      },
      () => ({ bytes: original.subarray(0, int(original.length)), changed: null, kind: 'truncate' }),
      () => {
        const tails = [
          '\n',
          ' ',
          '\r\n%%EOF\n',
          `\n${int(99)} 0 obj\n<< /Type /Annot >>\nendobj\n`,
          'garbage',
        ];
        const tail = tails[int(tails.length)] as string;
        return {
          bytes: Buffer.concat([original, Buffer.from(tail, 'latin1')]),
          changed: null,
          kind: 'append',
        };
      },
    ];
    const within =
      ([from, to]: [number, number]) =>
      (at: number) =>
        at >= from && at < to;
    const outcomes = new Map<string, number>();
    const falseValid: string[] = [];
    for (let i = 0; i < MUTANTS; i += 1) {
      const mutant = (mutators[i % mutators.length] as () => Mutant)();
      if (mutant.bytes.equals(original)) continue;
      const start = performance.now();
      let verdict: string;
      try {
        verdict = (await verifyPdf(mutant.bytes, { now: NOW, templates })).verdict;
      } catch (error) {
        throw new Error(
          `verifyPdf threw on mutant ${i} (${mutant.kind}): ${(error as Error).stack ?? String(error)}`,
          {
            cause: error,
          },
        );
      }
      expect(performance.now() - start, `mutant ${i} (${mutant.kind})`).toBeLessThan(HANG_MS);
      outcomes.set(verdict, (outcomes.get(verdict) ?? 0) + 1);
      const onlyInsideCms = mutant.changed !== null && mutant.changed.every(within(cmsHex));
      if ((verdict === 'valid' || verdict === 'valid-untrusted') && !onlyInsideCms) {
        falseValid.push(`mutant ${i} (${mutant.kind}) at ${mutant.changed?.join(',') ?? '—'}`);
      }
    }
    expect(falseValid).toEqual([]);
    // Every kind of outcome is reached, so the loop exercised more than one path.
    expect([...outcomes.keys()]).toEqual(expect.arrayContaining(['invalid', 'modified-after-signing']));
  }, 900_000);
});
