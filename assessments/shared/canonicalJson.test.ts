import { describe, expect, it } from 'vitest';
import { seededRandom } from '../scoring/testing/prng';
import { canonicalJson, canonicallyEqual } from './canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('orders keys by code unit, not locale', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3 })).toBe('{"Z":3,"z":2,"é":1}');
  });
  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite number at \$\.a/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/unsupported function at \$\.f/);
  });
});

/** Whole numbers below `below`, from a seeded generator: a failure names a reproducible case. */
function random(seed: number) {
  const next = seededRandom(seed);
  return (below: number) => Math.floor(next() * below);
}

describe('canonicallyEqual', () => {
  const next = random(7);
  const leaves = [0, -0, 1, 1.5, 'a', 'b', '', true, false, null];
  const value = (depth: number): unknown => {
    const kind = depth > 2 ? 0 : next(4);
    if (kind === 0) return leaves[next(leaves.length)];
    if (kind === 1) return Array.from({ length: next(3) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = next(4); i > 0; i -= 1)
      object[['x', 'y', 'z'][next(3)] as string] = next(5) === 0 ? undefined : value(depth + 1);
    return object;
  };
  /** The same value with its keys in another order, or one change somewhere. */
  const variant = (v: unknown): unknown => {
    if (Array.isArray(v)) return next(6) === 0 ? [...v, 0] : v.map(variant);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .reverse()
          .map(([k, inner]) => [k, variant(inner)]),
      );
    return next(8) === 0 ? leaves[next(leaves.length)] : v;
  };

  it('says two values are equal exactly when canonicalJson writes them alike', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      const a = value(0);
      const b = next(3) === 0 ? value(0) : variant(a);
      if (canonicallyEqual(a, b) !== (canonicalJson(a) === canonicalJson(b)))
        wrong.push(`${canonicalJson(a)} vs ${canonicalJson(b)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('equals nothing for what canonicalJson cannot write', () => {
    expect(canonicallyEqual(Number.NaN, Number.NaN)).toBe(false);
    expect(canonicallyEqual([undefined], [undefined])).toBe(false);
    const f = () => 1;
    expect(canonicallyEqual(f, f)).toBe(false);
    expect(canonicallyEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
