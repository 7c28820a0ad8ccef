import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, DEFAULT_DEBOUNCE_MS, type SaveStatus } from './AutosaveQueue';
import { AutosaveRegistry } from './AutosaveRegistry';

/** A stand-in store whose saves complete when the test says so, recording what it persisted. */
function controllableStore() {
  const calls: Array<{ value: string; resolve: (at?: Date) => void; reject: (error: Error) => void }> = [];
  const persisted: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = (value: string) =>
    new Promise<Date>((resolve, reject) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      calls.push({
        value,
        resolve: (at = new Date(Date.now())) => {
          inFlight -= 1;
          persisted.push(value);
          resolve(at);
        },
        reject: (error) => {
          inFlight -= 1;
          reject(error);
        },
      });
    });
  return { save, calls, persisted, maxInFlight: () => maxInFlight };
}

/** A store that always succeeds after `latencyMs`. */
function latentStore(latencyMs: number) {
  const persisted: Array<{ value: string; at: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = (value: string) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<Date>((resolve) =>
      setTimeout(() => {
        inFlight -= 1;
        persisted.push({ value, at: Date.now() });
        resolve(new Date(Date.now()));
      }, latencyMs),
    );
  };
  return { save, persisted, maxInFlight: () => maxInFlight };
}

function kinds(queue: AutosaveQueue<string>): SaveStatus['kind'][] {
  const seen: SaveStatus['kind'][] = [queue.getStatus().kind];
  queue.subscribe(() => seen.push(queue.getStatus().kind));
  return seen;
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-01-15T09:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('AutosaveQueue', () => {
  it('saves once, with the newest text, 400 ms after the last keystroke', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue({ save: store.save, maxWaitMs: 5000 });
    for (const text of ['a', 'ab', 'abc']) {
      queue.update(text);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(store.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(store.calls.map((call) => call.value)).toEqual(['abc']);
  });

  it('reports dirty, saving, then saved with the time the store gave', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue({ save: store.save });
    const seen = kinds(queue);
    queue.update('x');
    await vi.advanceTimersByTimeAsync(400);
    store.calls[0]?.resolve(new Date('2026-01-15T09:00:01Z'));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['saved', 'dirty', 'saving', 'saved']);
    expect(queue.getStatus()).toEqual({ kind: 'saved', savedAt: new Date('2026-01-15T09:00:01Z') });
    expect(queue.hasUnsavedChanges()).toBe(false);
  });

  it('never runs two saves at once and saves the newest text after the one in flight', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue({ save: store.save });
    queue.update('first');
    await vi.advanceTimersByTimeAsync(400);
    queue.update('second');
    queue.update('third');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.calls).toHaveLength(1);
    expect(queue.getStatus().kind).toBe('saving');

    store.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.calls.map((call) => call.value)).toEqual(['first', 'third']);
    store.calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.persisted).toEqual(['first', 'third']);
    expect(store.maxInFlight()).toBe(1);
    expect(queue.getStatus().kind).toBe('saved');
  });

  it('persists the last keystroke within a second while typing continuously', async () => {
    const store = latentStore(150);
    const queue = new AutosaveQueue({ save: store.save });
    let lastKeystrokeAt = 0;
    for (let i = 1; i <= 40; i += 1) {
      queue.update('x'.repeat(i));
      lastKeystrokeAt = Date.now();
      // Pauses between keystrokes vary around the debounce, so saves start while typing goes on.
      await vi.advanceTimersByTimeAsync(i % 5 === 0 ? 450 : 120);
    }
    await vi.advanceTimersByTimeAsync(2000);
    const last = store.persisted.at(-1);
    expect(last?.value).toBe('x'.repeat(40));
    expect((last?.at ?? Infinity) - lastKeystrokeAt).toBeLessThanOrEqual(1000);
    expect(store.maxInFlight()).toBe(1);
    // Writes landed in the order the text grew: nothing older overwrote something newer.
    const lengths = store.persisted.map((entry) => entry.value.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('saves at least every 800 ms while steady typing never pauses for the debounce', async () => {
    const store = latentStore(50);
    const queue = new AutosaveQueue({ save: store.save });
    const typedAt: number[] = [];
    for (let i = 1; i <= 60; i += 1) {
      queue.update('y'.repeat(i));
      typedAt.push(Date.now());
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(2000);
    // Every keystroke is committed within the longest wait plus one save.
    for (const [index, at] of typedAt.entries()) {
      const committed = store.persisted.find((entry) => entry.value.length >= index + 1);
      expect((committed?.at ?? Infinity) - at).toBeLessThanOrEqual(800 + 50);
    }
    expect(store.persisted.at(-1)?.value).toBe('y'.repeat(60));
    expect(store.maxInFlight()).toBe(1);
  });

  it('keeps the text after a failure and retries with growing delays until it lands', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue({
      save: store.save,
      retryDelayMs: (attempt) => 1000 * 2 ** (attempt - 1),
    });
    queue.update('keep me');
    await vi.advanceTimersByTimeAsync(400);
    store.calls[0]?.reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getStatus()).toMatchObject({ kind: 'error', retrying: true });
    expect(queue.hasUnsavedChanges()).toBe(true);

    await vi.advanceTimersByTimeAsync(999);
    expect(store.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.calls[1]?.value).toBe('keep me');
    store.calls[1]?.reject(new Error('still full'));
    await vi.advanceTimersByTimeAsync(1999);
    expect(store.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    store.calls[2]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.persisted).toEqual(['keep me']);
    expect(queue.getStatus().kind).toBe('saved');
  });

  it('retries with the newer text when the user typed while a save was failing', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue({ save: store.save });
    queue.update('old');
    await vi.advanceTimersByTimeAsync(400);
    queue.update('new');
    store.calls[0]?.reject(new Error('offline'));
    await vi.advanceTimersByTimeAsync(400);
    expect(store.calls.map((call) => call.value)).toEqual(['old', 'new']);
    store.calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.persisted).toEqual(['new']);
    expect(store.calls).toHaveLength(2);
  });

  it('does not retry failures that cannot succeed, but tries again on the next change', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue({ save: store.save, isRetryable: () => false });
    queue.update('too long');
    await vi.advanceTimersByTimeAsync(400);
    store.calls[0]?.reject(new Error('invalid'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.calls).toHaveLength(1);
    expect(queue.getStatus()).toMatchObject({ kind: 'error', retrying: false });
    queue.update('shorter');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.calls.map((call) => call.value)).toEqual(['too long', 'shorter']);
  });

  it('flush saves at once and resolves when the save has landed', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue({ save: store.save });
    queue.update('blurred');
    let flushed = false;
    void queue.flush().then(() => (flushed = true));
    expect(store.calls.map((call) => call.value)).toEqual(['blurred']);
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    store.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.calls).toHaveLength(1);
  });

  it('flush during a save waits for the newest text to land too', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue({ save: store.save });
    queue.update('one');
    await vi.advanceTimersByTimeAsync(400);
    queue.update('two');
    let flushed = false;
    void queue.flush().then(() => (flushed = true));
    store.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    expect(store.calls.map((call) => call.value)).toEqual(['one', 'two']);
    store.calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(true);
  });

  it('flush with nothing pending resolves immediately', async () => {
    const queue = new AutosaveQueue<string>({ save: () => Promise.reject(new Error('not called')) });
    await expect(queue.flush()).resolves.toBeUndefined();
    expect(queue.latestValue()).toBeNull();
  });
});

describe('AutosaveQueue.adopt', () => {
  it('drops a change still waiting or retrying, so the recorded value is never written over', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue<string>({ save: store.save });
    queue.update('no hits');
    await vi.advanceTimersByTimeAsync(DEFAULT_DEBOUNCE_MS);
    store.calls[0]?.reject(new Error('disk busy'));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getStatus().kind).toBe('error');

    const recordedAt = new Date('2026-01-15T09:30:00Z');
    queue.adopt('confirmed match', recordedAt);
    expect(queue.getStatus()).toEqual({ kind: 'saved', savedAt: recordedAt });
    expect(queue.latestValue()).toEqual({ value: 'confirmed match' });
    expect(queue.hasUnsavedChanges()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    await queue.flush();
    expect(store.calls).toHaveLength(1);
  });

  it('writes the recorded value again after a save that was already on its way', async () => {
    const store = controllableStore();
    const queue = new AutosaveQueue<string>({ save: store.save });
    queue.update('no hits');
    await vi.advanceTimersByTimeAsync(DEFAULT_DEBOUNCE_MS);
    queue.adopt('confirmed match', new Date('2026-01-15T09:30:00Z'));
    store.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    store.calls[1]?.resolve();
    await queue.settled();
    expect(store.persisted).toEqual(['no hits', 'confirmed match']);
  });
});

describe('AutosaveRegistry', () => {
  it('hands out one queue per key and flushes them all', async () => {
    const store = controllableStore();
    const registry = new AutosaveRegistry<string>();
    const create = () => new AutosaveQueue({ save: store.save });
    const a = registry.obtain('a/A5', create);
    expect(registry.obtain('a/A5', create)).toBe(a);
    const b = registry.obtain('b/A5', create);
    a.update('for a');
    b.update('for b');
    expect(registry.hasUnsavedChanges()).toBe(true);
    const flushed = registry.flushAll();
    expect(store.calls.map((call) => call.value)).toEqual(['for a', 'for b']);
    for (const call of store.calls) call.resolve();
    await flushed;
    expect(registry.hasUnsavedChanges()).toBe(false);
  });
});
