import { describe, expect, it } from 'vitest';
import { AutosaveQueue } from './AutosaveQueue';
import { queuedAnswer, type AnswerDraft } from './useAnswerQueue';

const NO_HITS: AnswerDraft = { value: 'no-hits', note: null };

function savedQueue(savedAt: string): AutosaveQueue<AnswerDraft> {
  const queue = new AutosaveQueue<AnswerDraft>({ save: () => Promise.resolve(new Date(savedAt)) });
  queue.adopt(NO_HITS, new Date(savedAt));
  return queue;
}

describe('queuedAnswer', () => {
  it('prefers a change still on its way over the stored answer', () => {
    const queue = new AutosaveQueue<AnswerDraft>({ save: () => new Promise<Date>(() => undefined) });
    queue.update(NO_HITS);
    expect(queuedAnswer(queue, '2026-01-15T09:30:00Z')).toEqual(NO_HITS);
  });

  it('keeps its last save when the stored answer is that save or older', () => {
    expect(queuedAnswer(savedQueue('2026-01-15T09:30:00Z'), '2026-01-15T09:30:00Z')).toEqual(NO_HITS);
    expect(queuedAnswer(savedQueue('2026-01-15T09:30:00Z'), null)).toEqual(NO_HITS);
  });

  it('gives way to an answer the store recorded after it, written elsewhere', () => {
    expect(queuedAnswer(savedQueue('2026-01-15T09:00:00Z'), '2026-01-15T09:30:00Z')).toBeNull();
  });

  it('has nothing without a queue', () => {
    expect(queuedAnswer(undefined, '2026-01-15T09:30:00Z')).toBeNull();
  });
});
