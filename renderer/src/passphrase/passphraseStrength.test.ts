import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH } from '../../../assessments/workspace/schemas';
import { estimatePassphraseStrength } from './passphraseStrength';

const level = (passphrase: string) => estimatePassphraseStrength(passphrase).level;

describe('estimatePassphraseStrength', () => {
  it('calls anything under the minimum length too short, however varied', () => {
    expect(level('')).toBe('tooShort');
    expect(level('Aa1!Bb2@C'.slice(0, MIN_PASSPHRASE_LENGTH - 1))).toBe('tooShort');
  });

  it('rates repeated and sequential characters as weak', () => {
    expect(level('aaaaaaaaaaaa')).toBe('weak');
    expect(level('abcdefghijkl')).toBe('weak');
    expect(level('1234567890')).toBe('weak');
    expect(level('zyxwvutsrqpo')).toBe('weak');
  });

  it('rates short single-class secrets as weak and mixed ones higher', () => {
    expect(level('hunterhunt')).toBe('weak');
    expect(level('Tr0ub4dor&3')).toBe('fair');
  });

  it('rates a long multi-word passphrase as strong', () => {
    expect(level('correct horse battery staple')).toBe('strong');
    expect(level('حصان صحيح بطارية دبوس')).toBe('strong');
  });

  it('grows with length', () => {
    const bits = ['kqzvmbwlxr', 'kqzvmbwlxrtp', 'kqzvmbwlxrtpgh'].map(
      (p) => estimatePassphraseStrength(p).bits,
    );
    expect(bits).toEqual([...bits].sort((a, b) => a - b));
    expect(new Set(bits).size).toBe(3);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(level('🔒🔒🔒🔒🔒')).toBe('tooShort');
  });
});
