import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke, startServerProcess, uploadEvidence } from '../helpers/serverProcess';
import { useTempDir } from '../helpers/tempDir';
import { TEST_PASSPHRASE } from '../helpers/workspace';

/** Every file under `dir`, relative, so a leftover is named in the failure. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe('a process killed mid-ingest', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('leaves no evidence row, no blob, and only a temp file that the next start removes', async () => {
    const dir = join(tmp.path, 'ws');
    const big = join(tmp.path, 'interview-recording.bin');
    writeFileSync(big, Buffer.alloc(768 * 1024 * 1024, 3));
    const first = await startServerProcess(dir);
    await invoke(first, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Crash Tester' });
    const { id } = await invoke<{ id: string }>(first, 'assessment.create', { title: 'Ingest crash' });
    // As a browser window attaches it: streamed to the core, which seals it as it arrives.
    const pending = uploadEvidence(first, big, { assessmentId: id }).catch(() => 'killed');
    const temp = join(dir, 'vault', '.tmp');
    const deadline = Date.now() + 20_000;
    while (filesUnder(temp).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(filesUnder(temp), 'the ingest never started writing').toHaveLength(1);
    first.child.kill('SIGKILL');
    expect(await pending).toBe('killed');
    await new Promise<void>((resolve) =>
      first.child.exitCode !== null || first.child.signalCode
        ? resolve()
        : first.child.once('exit', () => resolve()),
    );

    const second = await startServerProcess(dir);
    try {
      await invoke(second, 'workspace.unlock', { passphrase: TEST_PASSPHRASE });
      expect(await invoke(second, 'evidence.list', { assessmentId: id })).toEqual([]);
      expect(filesUnder(join(dir, 'vault'))).toEqual([]);
      expect(await invoke(second, 'vault.verify', {})).toMatchObject({ ok: true, checked: 0, orphaned: [] });
    } finally {
      await second.stop();
    }
  }, 60_000);
});
