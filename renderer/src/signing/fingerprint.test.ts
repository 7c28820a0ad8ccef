import { describe, expect, it } from 'vitest';
import { groupFingerprint } from './fingerprint';

describe('groupFingerprint', () => {
  it('groups hex digits by four and normalises colons and case', () => {
    expect(groupFingerprint('AB:CD:EF:01:23')).toBe('abcd ef01 23');
    expect(groupFingerprint('a'.repeat(64)).split(' ')).toHaveLength(16);
    expect(groupFingerprint('')).toBe('');
  });
});
