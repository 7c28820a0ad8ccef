import { getWorkspaceSettings } from '../settings/settingsService';
import type { WorkspaceSession } from './session';

export interface IdleLockOptions {
  /** Wall-clock milliseconds; a laptop that slept past the deadline locks at the next check. */
  now?: () => number;
  /** How often the deadline is checked, at most. */
  checkEveryMs?: number;
}

const DEFAULT_CHECK_MS = 5_000;

/**
 * The core locks an unlocked workspace itself after the workspace's `idleLockMinutes` without a
 * user-initiated call, whatever the transport: a browser tab left open on the web transport, or a
 * window that stopped calling, cannot keep the keys in memory. Status polls are not activity (see
 * {@link IDLE_NEUTRAL_OPERATIONS}). The deadline is wall-clock time, not one long timer, so time
 * spent suspended counts as idle. The check timer never keeps a process alive.
 */
export class IdleLock {
  private readonly now: () => number;
  private readonly checkEveryMs: number;
  private lastActivity: number;
  private limitMs: number | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Calls still running: a long import or export is activity until it ends. */
  private inFlight = 0;

  constructor(
    private readonly session: WorkspaceSession,
    options: IdleLockOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.checkEveryMs = options.checkEveryMs ?? DEFAULT_CHECK_MS;
    this.lastActivity = this.now();
  }

  /** A user-initiated call starts: the idle time starts again, and does not run out during it. */
  begin(): void {
    this.inFlight += 1;
    this.lastActivity = this.now();
  }

  end(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.lastActivity = this.now();
  }

  /** Reads the setting from the open workspace (after unlock, create or a settings change). */
  refresh(): void {
    this.stop();
    if (this.session.status().state !== 'unlocked') return;
    const minutes = getWorkspaceSettings({ ws: this.session.require() }).idleLockMinutes;
    this.limitMs = minutes * 60_000;
    this.lastActivity = this.now();
    this.timer = setInterval(() => this.check(), Math.min(this.checkEveryMs, this.limitMs));
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.limitMs = null;
  }

  private check(): void {
    if (this.session.status().state !== 'unlocked') return this.stop();
    if (this.inFlight > 0) return;
    if (this.limitMs !== null && this.now() - this.lastActivity >= this.limitMs) {
      this.stop();
      this.session.lock();
    }
  }
}

/** Calls that are not a person doing something: polling them must not keep a workspace open. */
export const IDLE_NEUTRAL_OPERATIONS: ReadonlySet<string> = new Set(['workspace.status']);
