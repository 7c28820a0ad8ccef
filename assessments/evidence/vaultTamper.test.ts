import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { HEADER_BYTES, TAG_BYTES } from './blobFormat';
import { appErrorOf, newVault, SMALL_CHUNK, vaultFiles, writeRandomFile } from './testVault';
import type { IngestResult, Vault } from './vault';

const PIECE = SMALL_CHUNK + TAG_BYTES;
const CHUNKS = 6;
const pieceStart = (index: number) => HEADER_BYTES + index * PIECE;

type Tamper = (blob: Buffer, other: Buffer) => Buffer;

/** Each case: how the blob bytes are altered, and where the failure must be reported. */
const TAMPERS: [string, Tamper, RegExp][] = [
  ['a flipped byte in a chunk', (b) => flip(b, pieceStart(3) + 100), /at chunk 3: authentication failed/],
  ['a flipped byte in a tag', (b) => flip(b, pieceStart(2) + SMALL_CHUNK + 5), /at chunk 2: authentication/],
  [
    'a flipped byte in the header file id',
    (b) => flip(b, 20),
    /chunk 0: authentication failed|in its header/,
  ],
  ['a flipped byte in the magic', (b) => flip(b, 0), /in its header: bad magic/],
  ['a flipped byte in the commitment', (b) => flip(b, 40), /in its header: content commitment/],
  ['truncation mid-chunk', (b) => b.subarray(0, pieceStart(4) + 1000), /at chunk 4: authentication failed/],
  ['dropping the final chunk', (b) => b.subarray(0, pieceStart(CHUNKS - 1)), /at chunk 4: authentication/],
  ['truncation to the header', (b) => b.subarray(0, HEADER_BYTES), /holds no chunks/],
  ['two swapped chunks', (b) => swap(b, 1, 2), /at chunk 1: authentication failed/],
  ['a duplicated chunk', (b) => duplicate(b, 1), /at chunk 2: authentication failed/],
  ['appended garbage', (b) => Buffer.concat([b, Buffer.from('garbage')]), /at chunk 5: authentication/],
  ["another blob's bytes", (_b, other) => other, /in its header: content commitment/],
];

function flip(blob: Buffer, offset: number): Buffer {
  const copy = Buffer.from(blob);
  copy[offset]! ^= 0x01;
  return copy;
}

function piece(blob: Buffer, index: number): Buffer {
  return blob.subarray(pieceStart(index), pieceStart(index + 1));
}

function swap(blob: Buffer, a: number, b: number): Buffer {
  const copy = Buffer.from(blob);
  piece(blob, b).copy(copy, pieceStart(a));
  piece(blob, a).copy(copy, pieceStart(b));
  return copy;
}

function duplicate(blob: Buffer, index: number): Buffer {
  return Buffer.concat([
    blob.subarray(0, pieceStart(index + 1)),
    piece(blob, index),
    blob.subarray(pieceStart(index + 1)),
  ]);
}

async function collect(vault: Vault, result: IngestResult): Promise<{ yielded: Buffer[]; error: unknown }> {
  const yielded: Buffer[] = [];
  try {
    for await (const chunk of vault.openVerified(result.address, result.sha256)) yielded.push(chunk);
  } catch (error) {
    return { yielded, error };
  }
  return { yielded, error: undefined };
}

describe('Vault tamper detection', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it.each(TAMPERS)('detects %s', async (_, tamper, where) => {
    const vault = newVault(tmp.path);
    const sourcePath = writeRandomFile(tmp.path, 'a.bin', SMALL_CHUNK * (CHUNKS - 1) + 1234);
    const source = readFileSync(sourcePath);
    const result = await vault.ingestFile(sourcePath);
    const other = await vault.ingestFile(writeRandomFile(tmp.path, 'b.bin', SMALL_CHUNK * 2));
    const blobPath = join(tmp.path, 'vault', result.address.slice(0, 2), result.address);
    const otherPath = join(tmp.path, 'vault', other.address.slice(0, 2), other.address);
    writeFileSync(blobPath, tamper(readFileSync(blobPath), readFileSync(otherPath)));

    const verdict = await vault.verifyBlob(result.address, result.sha256);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toMatch(where);
    expect(verdict.ok ? '' : verdict.reason).toContain(`vault blob ${result.address} is corrupted`);

    const out = join(tmp.path, 'out.bin');
    const error = await appErrorOf(vault.exportTo(result.address, result.sha256, out));
    expect(error.code).toBe('internal');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);

    // Whatever was yielded before the failure is an authenticated prefix of the true plaintext.
    const { yielded, error: readError } = await collect(vault, result);
    expect(readError).toBeDefined();
    const prefix = Buffer.concat(yielded);
    expect(prefix.equals(source.subarray(0, prefix.length))).toBe(true);
    expect(prefix.length % SMALL_CHUNK).toBe(0);
  });

  it('yields exactly the chunks before a corrupted one', async () => {
    const vault = newVault(tmp.path);
    const sourcePath = writeRandomFile(tmp.path, 'c.bin', SMALL_CHUNK * 5 + 1);
    const result = await vault.ingestFile(sourcePath);
    const [blobPath] = vaultFiles(tmp.path);
    writeFileSync(blobPath!, flip(readFileSync(blobPath!), pieceStart(3) + 7));
    const { yielded, error } = await collect(vault, result);
    expect(yielded).toHaveLength(3);
    expect(String(error)).toContain(
      `vault blob ${result.address} is corrupted at chunk 3: authentication failed`,
    );
  });

  it('replaces a damaged blob instead of deduplicating against it', async () => {
    const vault = newVault(tmp.path);
    const sourcePath = writeRandomFile(tmp.path, 'd.bin', 5000);
    const first = await vault.ingestFile(sourcePath);
    const [blobPath] = vaultFiles(tmp.path);
    writeFileSync(blobPath!, flip(readFileSync(blobPath!), 40));
    const again = await vault.ingestFile(sourcePath);
    expect(again.deduplicated).toBe(false);
    expect(await vault.verifyBlob(first.address, first.sha256)).toEqual({ ok: true });
  });
});
