import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scoring/testing/prng';
import { PdfLexer } from './pdfLexer';
import { Budget, PdfFormatError } from './pdfValues';

const read = (text: string) =>
  new PdfLexer(Buffer.from(`${text} `, 'latin1'), 0, new Budget(1e9, 1e9)).value();

/** Whole numbers below `below`, from a seeded generator: a failure names a reproducible case. */
function random(seed: number) {
  const next = seededRandom(seed);
  return (below: number) => Math.floor(next() * below);
}

describe('PdfLexer numbers', () => {
  it('reads every real exactly as Number() does, whatever its digits', () => {
    const next = random(20261208);
    const mismatches: string[] = [];
    for (let i = 0; i < 50_000; i += 1) {
      const whole = next(3) === 0 ? '' : String(next(10 ** next(10)));
      const fraction = Array.from({ length: next(24) }, () => next(10)).join('');
      const text = `${['', '-', '+'][next(3)]}${'0'.repeat(next(3))}${whole}.${fraction}`;
      const expected = Number(text);
      if (!Number.isFinite(expected)) continue;
      if (!Object.is(read(text), expected)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('reads the signed zeros, a bare point and exponents as before', () => {
    expect(Object.is(read('-0.0'), -0)).toBe(true);
    expect(Object.is(read('-.0'), -0)).toBe(true);
    expect(read('1.')).toBe(1);
    expect(read('.5')).toBe(0.5);
    expect(read('0.9333333333333333')).toBe(0.9333333333333333);
    expect(() => read('.')).toThrow(PdfFormatError);
    expect(() => read('1.2.3')).toThrow(PdfFormatError);
    expect(() => read('12.5abc')).toThrow(PdfFormatError);
  });
});
