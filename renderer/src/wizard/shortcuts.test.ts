import { describe, expect, it } from 'vitest';
import { commandFor } from './shortcuts';

const key = (
  code: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('wizard shortcuts', () => {
  it('maps Alt + key by physical key, whatever the keyboard layout types', () => {
    expect(commandFor(key('ArrowDown', { altKey: true }))).toBe('next');
    expect(commandFor(key('PageUp', { altKey: true }))).toBe('previousSection');
    expect(commandFor(key('KeyU', { altKey: true }))).toBe('unknown');
    expect(commandFor(key('KeyJ', { altKey: true }))).toBe('nextUnanswered');
  });

  it('leaves plain keys and other modifier combinations to the focused control', () => {
    expect(commandFor(key('ArrowDown'))).toBeNull();
    expect(commandFor(key('KeyU', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(commandFor(key('ArrowDown', { altKey: true, shiftKey: true }))).toBeNull();
  });
});
