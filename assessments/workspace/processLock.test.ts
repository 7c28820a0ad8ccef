import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { bundleHolder, startHolder, stopHolder, type Holder } from '../../test/helpers/workspaceHolder';
import { FOREIGN_STALE_MS, lockFilePath, processStartTime } from './processLock';
import type { WorkspaceSession } from './session';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** A pid that certainly belongs to no running process: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('one Assay process per workspace', () => {
  let scripts: ReturnType<typeof useTempDir>;
  let holderScript: string;
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let holders: Holder[];

  beforeAll(async () => {
    scripts = useTempDir();
    holderScript = await bundleHolder(scripts.path);
  });
  afterAll(() => scripts.cleanup());
  beforeEach(async () => {
    tmp = useTempDir();
    holders = [];
    session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.lock();
  });
  afterEach(async () => {
    session.lock();
    for (const holder of holders) {
      if (holder.child.exitCode === null && holder.child.signalCode === null) holder.child.kill('SIGKILL');
    }
    tmp.cleanup();
  });

  const hold = (mode: 'unlock' | 'create' = 'unlock') => {
    const holder = startHolder(holderScript, session.paths.root, TEST_PASSPHRASE, mode);
    holders.push(holder);
    return holder;
  };

  it('refuses a second process with the pid of the one holding it, then opens once it has gone', async () => {
    const holder = hold();
    expect(await holder.ready).toBe(`held ${holder.child.pid}`);
    const refused = await rejection(newSession(tmp.path).unlock(TEST_PASSPHRASE));
    expect(refused.code).toBe('workspace_in_use');
    expect(refused.message).toContain(
      `The workspace is open in another Assay process (pid ${holder.child.pid})`,
    );
    expect(refused.message).toContain(lockFilePath(session.paths.root));

    await stopHolder(holder);
    expect(existsSync(lockFilePath(session.paths.root))).toBe(false);
    expect((await session.unlock(TEST_PASSPHRASE)).state).toBe('unlocked');
  });

  it('is refused in the other process while this one holds the workspace', async () => {
    await session.unlock(TEST_PASSPHRASE);
    const holder = hold();
    expect(await holder.ready).toBe(
      `failed The workspace is open in another Assay process (pid ${process.pid}); close it there first. (${lockFilePath(session.paths.root)})`,
    );
    session.lock();
    expect(existsSync(lockFilePath(session.paths.root))).toBe(false);
  });

  it('takes over the lock of a process killed while holding the workspace', async () => {
    const holder = hold();
    await holder.ready;
    holder.child.kill('SIGKILL');
    await new Promise((resolve) => holder.child.once('exit', resolve));
    expect(existsSync(lockFilePath(session.paths.root))).toBe(true);
    expect((await session.unlock(TEST_PASSPHRASE)).state).toBe('unlocked');
    expect(JSON.parse(readFileSync(lockFilePath(session.paths.root), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
  });

  it('takes over a stale lock file of a dead pid, a reused pid and an unreadable one', async () => {
    const file = lockFilePath(session.paths.root);
    const stale = [
      { pid: deadPid(), startTime: null, hostname: hostname(), nonce: 'dead' },
      // pid 1 is alive, but it is not the process that wrote this lock (its start time differs).
      ...(process.platform === 'linux'
        ? [{ pid: 1, startTime: `${processStartTime(1)}1`, hostname: hostname(), nonce: 'reused' }]
        : []),
    ];
    for (const record of stale) {
      writeFileSync(file, JSON.stringify(record));
      expect((await session.unlock(TEST_PASSPHRASE)).state).toBe('unlocked');
      session.lock();
      expect(existsSync(file)).toBe(false);
    }
    writeFileSync(file, '');
    expect((await session.unlock(TEST_PASSPHRASE)).state).toBe('unlocked');
  });

  it('respects a lock from another host while it is refreshed, and takes it over once it is not', async () => {
    const file = lockFilePath(session.paths.root);
    writeFileSync(file, JSON.stringify({ pid: 4242, startTime: null, hostname: 'other-laptop', nonce: 'x' }));
    const refused = await rejection(newSession(tmp.path).unlock(TEST_PASSPHRASE));
    expect(refused.code).toBe('workspace_in_use');
    expect(refused.message).toMatch(/open in another Assay process \(pid 4242 on other-laptop\)/);
    const longAgo = new Date(Date.now() - FOREIGN_STALE_MS - 1000);
    utimesSync(file, longAgo, longAgo);
    expect((await session.unlock(TEST_PASSPHRASE)).state).toBe('unlocked');
  });

  it('releases the lock when unlocking fails', async () => {
    const refused = await rejection(newSession(tmp.path).unlock('not the passphrase'));
    expect(refused.code).toBe('wrong_passphrase');
    expect(existsSync(lockFilePath(session.paths.root))).toBe(false);
  });
});
