import { describe, expect, it } from 'vitest';
import { fingerprintGroups, fingerprintLines, groupedFingerprint } from './fingerprint';

const COLONS = `${'3f:a9:'.repeat(15)}0c:7e`;

describe('certificate fingerprints as printed', () => {
  it('prints upper-case hex in groups of four, whatever the separators and case', () => {
    expect(groupedFingerprint(COLONS)).toBe(`${'3FA9 '.repeat(15)}0C7E`);
    expect(groupedFingerprint('ab'.repeat(32))).toBe(Array(16).fill('ABAB').join(' '));
    expect(groupedFingerprint('AB CD ef 01 2')).toBe('ABCD EF01 2');
    expect(fingerprintGroups('')).toEqual([]);
  });

  it('breaks lines only between groups, on as few lines as fit, evenly', () => {
    const upTo = (chars: number) => (line: string) => line.length <= chars;
    expect(fingerprintLines(COLONS, upTo(79))).toEqual([groupedFingerprint(COLONS)]);
    const two = fingerprintLines(COLONS, upTo(60));
    expect(two).toEqual([`${'3FA9 '.repeat(7)}3FA9`, `${'3FA9 '.repeat(7)}0C7E`]);
    for (const chars of [3, 4, 9, 20, 39, 40, 78]) {
      const lines = fingerprintLines(COLONS, upTo(chars));
      expect(lines.join(' ')).toBe(groupedFingerprint(COLONS));
      for (const line of lines) expect(line).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4})*$/);
    }
    expect(fingerprintLines(COLONS, upTo(3))).toHaveLength(16);
  });
});
