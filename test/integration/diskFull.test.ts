import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../assessments/api/dispatch';
import { createHandlers } from '../../assessments/api/handlers';
import { TemplateLibrary } from '../../assessments/templates/templateLibrary';
import type { WorkspaceSession } from '../../assessments/workspace/session';
import { unwrapEnvelope as value } from '../helpers/envelope';
import { useTempDir } from '../helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../helpers/workspace';

const VAULT_SIZE = 4 * 1024 * 1024;

/**
 * A full disk is real only on a real small filesystem: the vault folder is mounted as a 4 MiB tmpfs.
 * Mounting needs root (as on CI); elsewhere the suite is skipped and says why.
 */
function tryMountTmpfs(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${VAULT_SIZE}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = useTempDir();
  const ok = tryMountTmpfs(probe.path);
  if (ok) execFileSync('umount', [probe.path]);
  probe.cleanup();
  return ok;
})();

describe.skipIf(!canMount)('disk full during evidence ingest (needs root to mount a small tmpfs)', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let assessmentId: string;

  beforeAll(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(REPO_TEMPLATES),
    });
    await value(
      dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' }),
    );
    ({ id: assessmentId } = await value<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'Network monitoring centre' }),
    ));
    mkdirSync(session.paths.vault, { recursive: true });
    expect(tryMountTmpfs(session.paths.vault)).toBe(true);
  });
  afterAll(() => {
    session.lock();
    execFileSync('umount', [session.paths.vault]);
    tmp.cleanup();
  });

  const vaultFiles = () =>
    readdirSync(session.paths.vault, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );

  it('refuses a file larger than the free space with a specific error, leaving no blob, temp file or row', async () => {
    const big = join(tmp.path, 'interception-logs.bin');
    writeFileSync(big, randomBytes(VAULT_SIZE + 1024 * 1024));
    const response = await dispatch(handlers, 'evidence.ingest', { assessmentId, path: big });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.message).toMatch(/disk is full/i);
    expect(response.error.message).toContain('interception-logs.bin');
    expect(vaultFiles()).toEqual([]);
    expect(await value<unknown[]>(dispatch(handlers, 'evidence.list', { assessmentId }))).toEqual([]);
  });

  it('still ingests a file that fits once the failed copy is gone', async () => {
    const small = join(tmp.path, 'statement.txt');
    writeFileSync(small, 'End-user statement, signed on 3 March.\n');
    const item = await value<{ sha256: string }>(
      dispatch(handlers, 'evidence.ingest', { assessmentId, path: small }),
    );
    expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(vaultFiles()).toHaveLength(1);
    const report = await value<{ ok: boolean }>(dispatch(handlers, 'vault.verify', {}));
    expect(report.ok).toBe(true);
  });
});
