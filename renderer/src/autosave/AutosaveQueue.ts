/**
 * Saves the newest value of one field at most once at a time, in order, a short pause after the
 * last change. Framework-free so its timing can be tested with fake timers.
 *
 * Guarantees: never two saves in flight; the value saved last is the value changed last; a failed
 * save keeps its value and retries with backoff until a save succeeds or a newer value replaces it.
 */
export type SaveStatus =
  | { kind: 'saved'; savedAt: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; retrying: boolean; error: unknown };

export interface AutosaveOptions<T> {
  /** Persists one value; resolves with the time the store recorded it. */
  save: (value: T) => Promise<Date>;
  debounceMs?: number;
  /**
   * The longest a change waits while typing goes on: without it, steady typing (keystrokes closer
   * than `debounceMs`) would postpone every save until the typist paused.
   */
  maxWaitMs?: number;
  /** Delay before retry number `attempt` (1-based) after a failure. */
  retryDelayMs?: (attempt: number) => number;
  /** Failures that no retry can fix (e.g. invalid input) wait for the next change instead. */
  isRetryable?: (error: unknown) => boolean;
  savedAt?: Date | null;
}

export const DEFAULT_DEBOUNCE_MS = 400;
export const DEFAULT_MAX_WAIT_MS = 800;

export function defaultRetryDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), 30_000);
}

interface Pending<T> {
  value: T;
  seq: number;
}

export class AutosaveQueue<T> {
  private readonly options: Required<Omit<AutosaveOptions<T>, 'savedAt'>>;
  private pending: Pending<T> | null = null;
  private latest: Pending<T> | null = null;
  private savedSeq = 0;
  private inFlight = false;
  private runWhenLanded = false;
  private failures = 0;
  private lastError: { error: unknown; retrying: boolean } | null = null;
  private savedAt: Date | null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet handed to `save` was made. */
  private waitingSince: number | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private status: SaveStatus;
  private readonly listeners = new Set<() => void>();
  private settledWaiters: Array<() => void> = [];

  constructor(options: AutosaveOptions<T>) {
    this.options = {
      save: options.save,
      debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      maxWaitMs: options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
      retryDelayMs: options.retryDelayMs ?? defaultRetryDelayMs,
      isRetryable: options.isRetryable ?? (() => true),
    };
    this.savedAt = options.savedAt ?? null;
    this.status = { kind: 'saved', savedAt: this.savedAt };
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The last value handed to `update`, saved or not; null before the first change. */
  latestValue(): { value: T } | null {
    return this.latest ? { value: this.latest.value } : null;
  }

  hasUnsavedChanges(): boolean {
    return this.latest !== null && this.latest.seq > this.savedSeq;
  }

  update(value: T): void {
    const seq = (this.latest?.seq ?? 0) + 1;
    this.latest = { value, seq };
    this.pending = { value, seq };
    const now = Date.now();
    this.waitingSince ??= now;
    this.clearDebounce();
    const untilMaxWait = this.waitingSince + this.options.maxWaitMs - now;
    this.debounceTimer = setTimeout(
      () => this.run(),
      Math.max(0, Math.min(this.options.debounceMs, untilMaxWait)),
    );
    this.publish();
  }

  /**
   * Takes a value the store recorded by itself (not through this queue) as saved: anything still
   * waiting here is older than it and is dropped, so no retry or flush can write it back over it.
   * A save already on its way cannot be called back, so the recorded value is written once more
   * after it lands.
   */
  adopt(value: T, savedAt: Date): void {
    const seq = (this.latest?.seq ?? 0) + 1;
    this.latest = { value, seq };
    this.clearDebounce();
    this.clearRetry();
    this.waitingSince = null;
    this.failures = 0;
    this.lastError = null;
    if (this.inFlight) {
      this.pending = { value, seq };
      this.runWhenLanded = true;
    } else {
      this.pending = null;
      this.savedSeq = seq;
      this.savedAt = savedAt;
    }
    this.publish();
  }

  /** Saves now instead of after the pause; resolves once nothing is pending or the save failed. */
  flush(): Promise<void> {
    this.run();
    return this.settled();
  }

  settled(): Promise<void> {
    if (this.isSettled()) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private isSettled(): boolean {
    return !this.inFlight && (this.pending === null || this.lastError !== null);
  }

  private run(): void {
    this.clearDebounce();
    if (this.inFlight) {
      this.runWhenLanded = true;
      return;
    }
    const next = this.pending;
    if (!next) return;
    this.clearRetry();
    this.pending = null;
    this.waitingSince = null;
    this.inFlight = true;
    this.publish();
    this.options.save(next.value).then(
      (savedAt) => this.landed(next, savedAt),
      (error: unknown) => this.failed(next, error),
    );
  }

  private landed(saved: Pending<T>, savedAt: Date): void {
    this.inFlight = false;
    this.failures = 0;
    this.lastError = null;
    this.savedSeq = Math.max(this.savedSeq, saved.seq);
    this.savedAt = savedAt;
    this.afterFlight();
  }

  private failed(attempted: Pending<T>, error: unknown): void {
    this.inFlight = false;
    // A newer value supersedes the failed one (each save replaces the whole answer).
    this.pending ??= attempted;
    this.failures += 1;
    const retrying = this.options.isRetryable(error);
    this.lastError = { error, retrying };
    // Retries follow the backoff, not the keystrokes that arrived while the failing save was out.
    this.runWhenLanded = false;
    if (retrying) {
      this.retryTimer = setTimeout(() => this.run(), this.options.retryDelayMs(this.failures));
    }
    this.afterFlight();
  }

  private afterFlight(): void {
    if (this.runWhenLanded) {
      this.runWhenLanded = false;
      this.run();
    }
    this.publish();
  }

  private publish(): void {
    const next = this.computeStatus();
    if (!sameStatus(this.status, next)) {
      this.status = next;
      for (const listener of [...this.listeners]) listener();
    }
    if (this.isSettled()) {
      const waiters = this.settledWaiters;
      this.settledWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private computeStatus(): SaveStatus {
    if (this.inFlight) return { kind: 'saving' };
    if (this.lastError)
      return { kind: 'error', retrying: this.lastError.retrying, error: this.lastError.error };
    if (this.pending) return { kind: 'dirty' };
    return { kind: 'saved', savedAt: this.savedAt };
  }

  private clearDebounce(): void {
    if (this.debounceTimer !== null) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}

function sameStatus(a: SaveStatus, b: SaveStatus): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'saved' && b.kind === 'saved') return a.savedAt?.getTime() === b.savedAt?.getTime();
  if (a.kind === 'error' && b.kind === 'error') return a.retrying === b.retrying && a.error === b.error;
  return true;
}
