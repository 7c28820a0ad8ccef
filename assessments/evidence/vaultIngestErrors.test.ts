import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { appErrorOf, newVault, vaultFiles, writeRandomFile } from './testVault';
import type { Vault } from './vault';

const isRoot = process.getuid?.() === 0;

describe('Vault ingest refuses bad input with a specific error and leaves nothing behind', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let vault: Vault;
  beforeEach(() => {
    tmp = useTempDir();
    vault = newVault(tmp.path);
  });
  afterEach(() => {
    expect(vaultFiles(tmp.path)).toEqual([]);
    tmp.cleanup();
  });

  async function expectRefusal(path: string, code: string, message: RegExp): Promise<void> {
    const error = await appErrorOf(vault.ingestFile(path));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  }

  it('a directory', async () => {
    const dir = join(tmp.path, 'folder');
    mkdirSync(dir);
    await expectRefusal(dir, 'invalid_input', /folder is a directory, not a regular file/);
  });

  it('a FIFO (named pipe), without blocking on it', async () => {
    const fifo = join(tmp.path, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expectRefusal(fifo, 'invalid_input', /pipe is a named pipe \(FIFO\)/);
  });

  it('a symbolic link to a FIFO', async () => {
    const fifo = join(tmp.path, 'pipe');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(tmp.path, 'link'));
    await expectRefusal(join(tmp.path, 'link'), 'invalid_input', /link is a symbolic link to a named pipe/);
  });

  it('a character device', async () => {
    await expectRefusal('/dev/null', 'invalid_input', /\/dev\/null is a device/);
  });

  it('a missing file', async () => {
    await expectRefusal(join(tmp.path, 'nope.pdf'), 'not_found', /nope\.pdf does not exist/);
  });

  it('a path that is too long', async () => {
    await expectRefusal(join(tmp.path, 'x'.repeat(300)), 'invalid_input', /is too long/);
  });

  it.skipIf(isRoot)('an unreadable file (skipped as root, where chmod 000 stays readable)', async () => {
    const path = writeRandomFile(tmp.path, 'secret.bin', 10);
    chmodSync(path, 0o000);
    await expectRefusal(path, 'permission_denied', /No permission to read .*secret\.bin/);
  });

  it('a file that grows while being read', async () => {
    const path = writeRandomFile(tmp.path, 'growing.log', 6 * 1024 * 1024);
    let appended = false;
    const error = await appErrorOf(
      vault.ingestFile(path, {
        onProgress: () => {
          if (!appended) appendFileSync(path, 'one more line\n');
          appended = true;
        },
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/growing\.log changed while being read/);
  });

  it('a file rewritten in place (same size) while being read', async () => {
    const path = writeRandomFile(tmp.path, 'edited.bin', 6 * 1024 * 1024);
    let touched = false;
    const error = await appErrorOf(
      vault.ingestFile(path, {
        onProgress: () => {
          if (!touched) writeFileSync(path, Buffer.alloc(6 * 1024 * 1024, 1), { flag: 'r+' });
          touched = true;
        },
      }),
    );
    expect(error.message).toMatch(/edited\.bin changed while being read/);
  });
});
