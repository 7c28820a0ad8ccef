import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { appErrorOf, newVault, sha256OfFile, SMALL_CHUNK, vaultFiles, writeRandomFile } from './testVault';
import { Vault } from './vault';

describe('Vault ingest and export', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  const sizes: [string, number][] = [
    ['0 B', 0],
    ['1 B', 1],
    ['exactly one chunk', SMALL_CHUNK],
    ['one chunk + 1 byte', SMALL_CHUNK + 1],
    ['5 MiB', 5 * 1024 * 1024],
  ];
  it.each(sizes)(
    'hashes a %s file to the SHA-256 of its bytes and round-trips it byte-identical',
    async (_, size) => {
      const vault = newVault(tmp.path);
      const source = writeRandomFile(tmp.path, 'evidence.bin', size);
      const result = await vault.ingestFile(source);
      expect(result.sha256).toBe(sha256OfFile(source));
      expect(result.size).toBe(size);
      expect(result.deduplicated).toBe(false);
      expect(vault.listAddresses()).toEqual([result.address]);
      expect(await vault.verifyBlob(result.address, result.sha256)).toEqual({ ok: true });
      const out = join(tmp.path, 'exported.bin');
      await vault.exportTo(result.address, result.sha256, out);
      expect(readFileSync(out).equals(readFileSync(source))).toBe(true);
      expect(vaultFiles(tmp.path)).toHaveLength(1);
    },
  );

  it('works with the default 1 MiB chunk size across several chunks', async () => {
    const vault = new Vault({ dir: join(tmp.path, 'vault'), key: randomBytes(32) });
    const source = writeRandomFile(tmp.path, 'big.bin', 3 * 1024 * 1024 + 17);
    const result = await vault.ingestFile(source);
    expect(result.sha256).toBe(sha256OfFile(source));
    expect(await vault.verifyBlob(result.address, result.sha256)).toEqual({ ok: true });
  });

  it('stores no plaintext and does not name the blob after the plaintext hash', async () => {
    const vault = newVault(tmp.path);
    const marker = randomBytes(32);
    const body = Buffer.concat([randomBytes(100_000), marker, randomBytes(100_000), marker]);
    const source = join(tmp.path, 'report.bin');
    writeFileSync(source, body);
    const result = await vault.ingestFile(source);
    const [blobPath] = vaultFiles(tmp.path);
    expect(blobPath).toContain(join('vault', result.address.slice(0, 2), result.address));
    expect(readFileSync(blobPath!).includes(marker)).toBe(false);
    expect(result.address).not.toBe(result.sha256);
    expect(blobPath).not.toContain(result.sha256);
    expect(vault.addressFor(result.sha256)).toBe(result.address);
  });

  it('deduplicates identical content into one blob', async () => {
    const vault = newVault(tmp.path);
    const first = writeRandomFile(tmp.path, 'a.bin', 200_000);
    const second = join(tmp.path, 'b.bin');
    writeFileSync(second, readFileSync(first));
    const a = await vault.ingestFile(first);
    const b = await vault.ingestFile(second);
    expect(b.address).toBe(a.address);
    expect(b.deduplicated).toBe(true);
    expect(vaultFiles(tmp.path)).toHaveLength(1);
  });

  it('sniffs the MIME type from content, not the extension', async () => {
    const vault = newVault(tmp.path);
    const source = join(tmp.path, 'photo.txt');
    writeFileSync(source, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(10_000)]));
    expect((await vault.ingestFile(source)).mime).toBe('application/pdf');
  });

  it('reports progress up to the total size', async () => {
    const vault = newVault(tmp.path);
    const source = writeRandomFile(tmp.path, 'p.bin', 5 * 1024 * 1024);
    const seen: [number, number][] = [];
    await vault.ingestFile(source, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([5 * 1024 * 1024, 5 * 1024 * 1024]);
  });

  it('cancels an ingest via AbortSignal and leaves nothing behind', async () => {
    const vault = newVault(tmp.path);
    const source = writeRandomFile(tmp.path, 'abort.bin', 8 * 1024 * 1024);
    const controller = new AbortController();
    const error = await appErrorOf(
      vault.ingestFile(source, { signal: controller.signal, onProgress: () => controller.abort() }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('ingest cancelled');
    expect(vaultFiles(tmp.path)).toEqual([]);
  });

  it('refuses to export over an existing file and can be cancelled without leaving output', async () => {
    const vault = newVault(tmp.path);
    const source = writeRandomFile(tmp.path, 'e.bin', 1_000_000);
    const { address, sha256 } = await vault.ingestFile(source);
    const existing = join(tmp.path, 'existing.bin');
    writeFileSync(existing, 'keep me');
    expect((await appErrorOf(vault.exportTo(address, sha256, existing))).code).toBe('conflict');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    const out = join(tmp.path, 'cancelled.bin');
    const controller = new AbortController();
    controller.abort();
    const error = await appErrorOf(vault.exportTo(address, sha256, out, { signal: controller.signal }));
    expect(error.code).toBe('conflict');
    expect(() => readFileSync(out)).toThrow();
    expect(() => readFileSync(`${out}.part`)).toThrow();
  });

  it('removes planted .part files, and remove/has/listAddresses agree', async () => {
    const vault = newVault(tmp.path);
    const { address } = await vault.ingestFile(writeRandomFile(tmp.path, 'r.bin', 10));
    writeFileSync(join(tmp.path, 'vault', '.tmp', 'crashed.part'), 'half a blob');
    expect(vault.cleanupTemp()).toBe(1);
    expect(vault.cleanupTemp()).toBe(0);
    expect(vault.has(address)).toBe(true);
    vault.remove(address);
    vault.remove(address);
    expect(vault.has(address)).toBe(false);
    expect(vault.listAddresses()).toEqual([]);
  });

  it('rejects a SHA-256 that does not belong to the address, and unknown addresses', async () => {
    const vault = newVault(tmp.path);
    const { address } = await vault.ingestFile(writeRandomFile(tmp.path, 's.bin', 10));
    const other = 'ab'.repeat(32);
    expect(await vault.verifyBlob(address, other)).toMatchObject({ ok: false });
    const missing = await appErrorOf(vault.exportTo(vault.addressFor(other), other, join(tmp.path, 'x')));
    expect(missing.code).toBe('not_found');
    expect(vaultFiles(tmp.path)).toHaveLength(1);
  });
});
