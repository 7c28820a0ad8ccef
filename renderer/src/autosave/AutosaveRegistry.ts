import type { AutosaveQueue } from './AutosaveQueue';

/**
 * One queue per field for the whole session, so reopening an assessment reuses the queue that may
 * still be saving (or retrying) the previous visit's text: two queues for one answer could land
 * their writes out of order.
 */
export class AutosaveRegistry<T> {
  private readonly queues = new Map<string, AutosaveQueue<T>>();

  obtain(key: string, create: () => AutosaveQueue<T>): AutosaveQueue<T> {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = create();
      this.queues.set(key, queue);
    }
    return queue;
  }

  /** The queue for `key` if this session created one; never creates. */
  peek(key: string): AutosaveQueue<T> | undefined {
    return this.queues.get(key);
  }

  /** Best effort before locking or leaving the page: starts every pending save and waits for them. */
  flushAll(): Promise<void> {
    return Promise.all([...this.queues.values()].map((queue) => queue.flush())).then(() => undefined);
  }

  hasUnsavedChanges(): boolean {
    return [...this.queues.values()].some((queue) => queue.hasUnsavedChanges());
  }
}
