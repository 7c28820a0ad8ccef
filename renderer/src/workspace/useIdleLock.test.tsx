// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enableActEnvironment } from '../testing/dom';
import { readLegacyIdleLockMinutes } from './idleLockSetting';
import { useIdleLock } from './useIdleLock';

enableActEnvironment();

function Probe({ active, minutes, onIdle }: { active: boolean; minutes: number; onIdle: () => void }) {
  useIdleLock(active, minutes, onIdle);
  return null;
}

let root: Root | null = null;

function render(props: { active: boolean; minutes: number; onIdle: () => void }) {
  act(() => {
    root ??= createRoot(document.createElement('div'));
    root.render(<Probe {...props} />);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  vi.useRealTimers();
});

describe('idle lock', () => {
  it('fires once after the idle time, and activity postpones it', () => {
    const onIdle = vi.fn();
    render({ active: true, minutes: 1, onIdle });
    vi.advanceTimersByTime(50_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the workspace is not unlocked', () => {
    const onIdle = vi.fn();
    render({ active: false, minutes: 1, onIdle });
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('finds a valid choice an earlier version stored in the browser, and ignores anything else', () => {
    const storage = new Map<string, string>();
    const fake = { getItem: (key: string) => storage.get(key) ?? null };
    expect(readLegacyIdleLockMinutes(fake)).toBeNull();
    storage.set('assay.idleLockMinutes', '5');
    expect(readLegacyIdleLockMinutes(fake)).toBe(5);
    storage.set('assay.idleLockMinutes', '7');
    expect(readLegacyIdleLockMinutes(fake)).toBeNull();
  });
});
