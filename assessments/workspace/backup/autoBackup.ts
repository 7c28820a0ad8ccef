import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getWorkspaceSettings } from '../../settings/settingsService';
import type { Clock } from '../../shared/clock';
import type { WorkspaceSession } from '../session';
import { BACKUP_FILE_EXTENSION } from './backupFormat';
import { BACKUP_TEMP_DIR, takeBackupSnapshot } from './snapshot';
import { writeBackupFile, type WrittenBackup } from './writeBackup';

/** At most one automatic backup an hour, however often the workspace is locked. */
export const AUTO_BACKUP_MIN_INTERVAL_MS = 60 * 60 * 1000;

const AUTO_NAME = /^auto-(\d{8}T\d{6}Z)\.assaybackup$/;

export interface AutoBackupState {
  /** Set by enableAutoBackups: the app turns them on; the CLI and most tests leave them off. */
  clock: Clock | null;
  /** The automatic backup still being written after a lock, if any. */
  pending: Promise<WrittenBackup | null> | null;
  lastError: string | null;
}

// Per session, not global: the state lives and dies with the WorkspaceSession it belongs to.
const states = new WeakMap<WorkspaceSession, AutoBackupState>();

function stateOf(session: WorkspaceSession): AutoBackupState {
  let state = states.get(session);
  if (!state) {
    state = { clock: null, pending: null, lastError: null };
    states.set(session, state);
  }
  return state;
}

/**
 * Turns on automatic backups for a session serving a window (electron/main, the web transport). A
 * one-shot process such as the CLI leaves them off, so a command never starts a backup it would
 * not wait for.
 */
export function enableAutoBackups(session: WorkspaceSession, clock: Clock): void {
  stateOf(session).clock = clock;
}

export function autoBackupState(session: WorkspaceSession): Readonly<AutoBackupState> {
  return stateOf(session);
}

/** `auto-20260115T090000Z.assaybackup`: sorts by time, and the time survives copying the file. */
export function autoBackupName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `auto-${stamp}${BACKUP_FILE_EXTENSION}`;
}

export function autoBackupTime(name: string): Date | null {
  const match = AUTO_NAME.exec(name);
  if (!match?.[1]) return null;
  const s = match[1];
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Automatic backups in `backups/`, newest first. */
export function listAutoBackupNames(backupsDir: string): string[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((name) => autoBackupTime(name) !== null)
    .sort()
    .reverse();
}

/**
 * Called by WorkspaceSession.lock() while the database is still open: if an automatic backup is
 * due (the keep count is above 0, the newest is an hour old or more, none is being written), the
 * workspace is frozen now (synchronously, see snapshot.ts) and the backup is written in the
 * background after the lock has closed the database. It never stops the lock: any failure is kept
 * in `autoBackupState(session).lastError` and shown in the Backups panel.
 */
export function autoBackupBeforeLock(session: WorkspaceSession): void {
  const state = stateOf(session);
  const { clock } = state;
  if (!clock) return;
  try {
    const ws = session.require();
    if (ws.readOnly || state.pending) return;
    // A damaged workspace (opened read-only) must never rotate good backups out.
    const keep = getWorkspaceSettings({ ws }).backupKeepCount;
    if (keep < 1) return;
    const now = clock.now();
    const newest = listAutoBackupNames(session.paths.backups)[0];
    const newestAt = newest ? autoBackupTime(newest) : null;
    if (newestAt && now.getTime() - newestAt.getTime() < AUTO_BACKUP_MIN_INTERVAL_MS) return;
    if (existsSync(session.paths.backups)) removeLeftovers(session.paths.backups, now);
    const snapshot = takeBackupSnapshot(session, 'automatic', now);
    const outPath = join(session.paths.backups, autoBackupName(now));
    const job = writeBackupFile(snapshot.source, outPath)
      .then((written) => {
        pruneAutoBackups(session.paths.backups, keep);
        state.lastError = null;
        return written;
      })
      .catch((error: unknown) => {
        state.lastError = error instanceof Error ? error.message : String(error);
        return null;
      })
      .finally(() => {
        snapshot.release();
        state.pending = null;
      });
    state.pending = job;
  } catch (error) {
    state.lastError = error instanceof Error ? error.message : String(error);
  }
}

/** Resolves once any automatic backup started by a lock is on disk (or has failed); for quitting. */
export async function whenAutoBackupSettled(session: WorkspaceSession): Promise<void> {
  await stateOf(session).pending;
}

/** Keeps the newest `keep` automatic backups; manual ones (any other name) are never touched. */
export function pruneAutoBackups(backupsDir: string, keep: number): string[] {
  const removed = listAutoBackupNames(backupsDir).slice(Math.max(keep, 1));
  for (const name of removed) rmSync(join(backupsDir, name), { force: true });
  return removed;
}

/** Older than any backup still being written (a manual one may run beside a lock). */
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

/** Frozen copies and partial files a crash or a killed process left behind. */
function removeLeftovers(backupsDir: string, now: Date): void {
  const stale = (path: string) => now.getTime() - statSync(path).mtimeMs > LEFTOVER_AGE_MS;
  const tempDir = join(backupsDir, BACKUP_TEMP_DIR);
  const candidates = [
    ...(existsSync(tempDir) ? readdirSync(tempDir).map((name) => join(tempDir, name)) : []),
    ...readdirSync(backupsDir)
      .filter((name) => name.startsWith('.auto-') && name.endsWith('.part'))
      .map((name) => join(backupsDir, name)),
  ];
  for (const path of candidates) {
    try {
      if (stale(path)) rmSync(path, { force: true });
    } catch {
      // Gone already, or unreadable: the next lock tries again.
    }
  }
}
