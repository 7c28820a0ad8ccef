import { linkSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../shared/errors';

/**
 * One Assay process at a time per workspace. `assay.lock` is created atomically (written to a
 * unique temporary name, then hard-linked into place, which fails if the name exists) and holds the
 * owner's pid, its start time and host. A lock whose process is gone — or whose pid now belongs to a
 * process started later (pid reuse, detected through `/proc/<pid>/stat` on Linux) — is taken over,
 * so a crash never locks anyone out. A lock written on another host (a shared folder, or this
 * computer under an earlier name) cannot be checked that way: its holder refreshes the file's mtime
 * every {@link HEARTBEAT_MS}, and one left untouched for {@link FOREIGN_STALE_MS} is taken over.
 * No native addon: only what Node itself offers.
 */
export const LOCK_FILE_NAME = 'assay.lock';
export const HEARTBEAT_MS = 30_000;
export const FOREIGN_STALE_MS = 5 * 60_000;

interface LockRecord {
  pid: number;
  /** Linux: process start time in clock ticks since boot (`/proc/<pid>/stat` field 22); else null. */
  startTime: string | null;
  hostname: string;
  nonce: string;
}

export interface ProcessLock {
  readonly file: string;
  release(): void;
}

export class WorkspaceInUseError extends AppError {
  constructor(file: string, holder: LockRecord, sameHost: boolean) {
    super(
      'workspace_in_use',
      sameHost
        ? `The workspace is open in another Assay process (pid ${holder.pid}); close it there first. (${file})`
        : `The workspace is open in another Assay process (pid ${holder.pid} on ${holder.hostname}); close it there first. If that computer no longer uses it, the lock is released by itself ${FOREIGN_STALE_MS / 60_000} minutes after its last refresh (${file}).`,
      { file, pid: holder.pid, hostname: holder.hostname },
    );
    this.name = 'WorkspaceInUseError';
  }
}

export function lockFilePath(root: string): string {
  return join(root, LOCK_FILE_NAME);
}

/** Start time of a live process, to tell it from a later process that reuses its pid. */
export function processStartTime(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readRecord(file: string): LockRecord | null | 'absent' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<LockRecord>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0) return null;
    return {
      pid: value.pid,
      startTime: typeof value.startTime === 'string' ? value.startTime : null,
      hostname: typeof value.hostname === 'string' ? value.hostname : '',
      nonce: typeof value.nonce === 'string' ? value.nonce : '',
    };
  } catch {
    return null;
  }
}

/** Whether the process that wrote `record` is still running (on this host). */
function holderIsRunning(record: LockRecord): boolean {
  if (!isAlive(record.pid)) return false;
  if (record.startTime === null) return true;
  const now = processStartTime(record.pid);
  return now === null || now === record.startTime;
}

/** A lock from another host is live while its holder keeps refreshing its mtime. */
function refreshedRecently(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < FOREIGN_STALE_MS;
  } catch {
    return false;
  }
}

const MAX_ATTEMPTS = 5;

/** Takes the workspace's process lock or throws WorkspaceInUseError naming the holder's pid. */
export function acquireProcessLock(root: string): ProcessLock {
  const file = lockFilePath(root);
  const mine: LockRecord = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    hostname: hostname(),
    nonce: randomBytes(12).toString('hex'),
  };
  const temp = `${file}.${mine.nonce}.tmp`;
  writeFileSync(temp, `${JSON.stringify(mine)}\n`, { mode: 0o600, flush: true });
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      try {
        placeExclusively(temp, file, mine);
        const isMine = () => {
          const current = readRecord(file);
          return current !== 'absent' && current?.nonce === mine.nonce;
        };
        const heartbeat = setInterval(() => {
          try {
            if (isMine()) utimesSync(file, new Date(), new Date());
          } catch {
            // A missed refresh only matters after several; the next one may succeed.
          }
        }, HEARTBEAT_MS);
        heartbeat.unref();
        return {
          file,
          release: () => {
            clearInterval(heartbeat);
            if (isMine()) rmSync(file, { force: true });
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readRecord(file);
      if (holder === 'absent') continue;
      if (holder !== null) {
        const sameHost = holder.hostname === mine.hostname;
        const running = sameHost ? holderIsRunning(holder) : refreshedRecently(file);
        if (running) throw new WorkspaceInUseError(file, holder, sameHost);
      }
      takeOverStale(file, holder);
    }
    throw new AppError(
      'workspace_in_use',
      `Could not take ${file}: other processes kept replacing it. Close other Assay windows and try again.`,
      { file },
    );
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Hard link where the filesystem has them; else `O_EXCL` creation (FAT, exFAT). */
function placeExclusively(temp: string, file: string, record: LockRecord): void {
  try {
    linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    writeFileSync(file, `${JSON.stringify(record)}\n`, { flag: 'wx', mode: 0o600, flush: true });
  }
}

/**
 * Moves a stale lock aside under a unique name. If another process replaced it in between, the
 * file moved is not the stale one: it is put back and the caller tries again.
 */
function takeOverStale(file: string, stale: LockRecord | null): void {
  const aside = `${file}.${randomBytes(8).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readRecord(aside);
  const sameAsStale =
    moved !== 'absent' && (moved === null ? stale === null : stale !== null && moved.nonce === stale.nonce);
  if (!sameAsStale) {
    try {
      linkSync(aside, file);
    } catch {
      // Someone else already holds the name; theirs stands.
    }
  }
  rmSync(aside, { force: true });
}
