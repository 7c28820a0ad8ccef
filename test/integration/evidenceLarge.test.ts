import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault } from '../../assessments/evidence/vault';
import { useTempDir } from '../helpers/tempDir';
import { missingTools, skipNote } from '../helpers/tools';

const GiB = 1024 * 1024 * 1024;

/** The hash anyone checking the evidence by hand gets: coreutils' sha256sum, reading the file itself. */
const missingSha256sum = missingTools(['sha256sum']);

describe('a 1 GiB evidence file', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it.skipIf(missingSha256sum.length > 0)(
    `is recorded with the SHA-256 that sha256sum computes, and verifies${skipNote(missingSha256sum)}`,
    async () => {
      const file = join(tmp.path, 'recording.bin');
      const fd = openSync(file, 'w');
      const block = randomBytes(16 * 1024 * 1024);
      for (let written = 0; written < GiB; written += block.length) writeSync(fd, block);
      closeSync(fd);
      const vault = new Vault({ dir: join(tmp.path, 'vault'), key: randomBytes(32) });
      const stored = await vault.ingestFile(file);
      expect(stored.size).toBe(GiB);
      expect(stored.sha256).toBe(execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]);
      expect(await vault.verifyBlob(stored.address, stored.sha256)).toEqual({ ok: true });
    },
    180_000,
  );
});
