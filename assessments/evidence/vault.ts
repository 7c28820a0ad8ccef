import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { lstat, mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../shared/errors';
import {
  addressFor,
  DEFAULT_CHUNK_SIZE,
  isValidChunkSize,
  MAX_CHUNK_SIZE,
  MIN_CHUNK_SIZE,
} from './blobFormat';
import { blobCommitsTo, readVerifiedPlaintext } from './blobReader';
import { encryptSourceInto, fileByteSource, uploadByteSource, type ByteSource } from './encryptSource';
import { openSource, sourceError } from './openSource';
import { sniffMime } from './sniffMime';
import { discardFile, errnoOf, fsyncDirectory, isAbort, isDiskFull, writeAllAt } from './vaultFiles';

export interface VaultOptions {
  /** The workspace's `vault/` folder. */
  dir: string;
  /** 32-byte vault key: deriveSubkey(dataKey, 'vault'). */
  key: Buffer;
  /** Plaintext bytes per encrypted chunk; default 1 MiB. */
  chunkSize?: number;
}

export interface IngestOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestResult {
  sha256: string;
  size: number;
  mime: string;
  address: string;
  deduplicated: boolean;
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

const HEX64 = /^[0-9a-f]{64}$/;
const FAN_OUT = /^[0-9a-f]{2}$/;
const TEMP_DIR = '.tmp';

function assertHex64(value: string, what: string): void {
  if (!HEX64.test(value))
    throw new AppError('invalid_input', `${what} must be 64 lowercase hex digits.`, { value });
}

/**
 * The evidence vault: encrypted, content-addressed, deduplicated blobs (format in blobFormat.ts).
 * Nothing is ever written at a final address except by an atomic rename of a complete, fsynced
 * temp file, and nothing is ever read back without authenticating it.
 */
export class Vault {
  private readonly dir: string;
  private readonly key: Buffer;
  private readonly chunkSize: number;
  /** Temp files this instance is writing right now; cleanupTemp leaves them alone. */
  private readonly activeTemps = new Set<string>();

  constructor(options: VaultOptions) {
    if (options.key.length !== 32) throw new AppError('invalid_input', 'The vault key must be 32 bytes.');
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    if (!isValidChunkSize(chunkSize)) {
      throw new AppError('invalid_input', `Chunk size must be ${MIN_CHUNK_SIZE}..${MAX_CHUNK_SIZE} bytes.`, {
        chunkSize,
      });
    }
    this.dir = options.dir;
    this.key = Buffer.from(options.key);
    this.chunkSize = chunkSize;
  }

  addressFor(sha256Hex: string): string {
    assertHex64(sha256Hex, 'SHA-256');
    return addressFor(this.key, sha256Hex);
  }

  async ingestFile(path: string, options: IngestOptions = {}): Promise<IngestResult> {
    if (options.signal?.aborted) throw new AppError('conflict', 'ingest cancelled', { path });
    const source = await openSource(path);
    try {
      return await this.ingest(fileByteSource(path, source), options);
    } finally {
      await source.handle.close();
    }
  }

  /**
   * Seals an upload as its bytes arrive: nothing of it touches the disk except as sealed chunks,
   * and a cut-short or padded upload leaves nothing behind.
   */
  async ingestUpload(
    upload: { name: string; sizeBytes: number; body: AsyncIterable<Buffer> },
    options: IngestOptions = {},
  ): Promise<IngestResult> {
    if (options.signal?.aborted) throw new AppError('conflict', 'ingest cancelled', { path: upload.name });
    return this.ingest(uploadByteSource(upload.name, upload.sizeBytes, upload.body), options);
  }

  private async ingest(source: ByteSource, options: IngestOptions): Promise<IngestResult> {
    const { signal } = options;
    let temp: { handle: FileHandle; path: string } | undefined;
    try {
      temp = await this.createTemp();
      const encrypted = await encryptSourceInto({
        source,
        temp: temp.handle,
        vaultKey: this.key,
        chunkSize: this.chunkSize,
        ...options,
      });
      await temp.handle.sync();
      await temp.handle.close();
      signal?.throwIfAborted();
      const address = addressFor(this.key, encrypted.sha256);
      const deduplicated = await this.placeBlob(temp.path, address, encrypted.sha256);
      const mime = sniffMime(encrypted.head, encrypted.size);
      return { sha256: encrypted.sha256, size: encrypted.size, mime, address, deduplicated };
    } catch (error) {
      if (temp) await discardFile(temp.handle, temp.path);
      throw ingestError(source.label, error, signal);
    } finally {
      if (temp) this.activeTemps.delete(temp.path);
    }
  }

  /** Decrypted plaintext, released only chunk by authenticated chunk (see blobReader.ts). */
  openVerified(address: string, expectedSha256: string, signal?: AbortSignal): AsyncIterable<Buffer> {
    this.assertAddressOf(address, expectedSha256);
    return readVerifiedPlaintext({
      vaultKey: this.key,
      blobPath: this.blobPath(address),
      address,
      expectedSha256,
      signal,
    });
  }

  async exportTo(
    address: string,
    expectedSha256: string,
    outPath: string,
    options: { signal?: AbortSignal } = {},
  ): Promise<void> {
    const plaintext = this.openVerified(address, expectedSha256, options.signal);
    await refuseExisting(outPath);
    const partPath = `${outPath}.part`;
    const out = await createExclusive(partPath);
    try {
      let position = 0;
      for await (const chunk of plaintext) {
        await writeAllAt(out, chunk, position);
        position += chunk.length;
      }
      await out.sync();
      await out.close();
      await refuseExisting(outPath);
      await rename(partPath, outPath);
      await fsyncDirectory(dirname(outPath));
    } catch (error) {
      await discardFile(out, partPath);
      throw exportError(outPath, error, options.signal);
    }
  }

  async verifyBlob(address: string, expectedSha256: string): Promise<VerifyResult> {
    try {
      for await (const _chunk of this.openVerified(address, expectedSha256)) {
        // Reading is the verification: every chunk is authenticated, the hash checked at the end.
      }
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Every blob file under the fan-out, whether or not the database knows it (to find orphans). */
  listAddresses(): string[] {
    if (!existsSync(this.dir)) return [];
    const addresses: string[] = [];
    for (const fan of readdirSync(this.dir, { withFileTypes: true })) {
      if (!fan.isDirectory() || !FAN_OUT.test(fan.name)) continue;
      for (const entry of readdirSync(join(this.dir, fan.name), { withFileTypes: true })) {
        if (entry.isFile() && HEX64.test(entry.name) && entry.name.startsWith(fan.name))
          addresses.push(entry.name);
      }
    }
    return addresses.sort();
  }

  has(address: string): boolean {
    assertHex64(address, 'Vault address');
    return existsSync(this.blobPath(address));
  }

  remove(address: string): void {
    assertHex64(address, 'Vault address');
    rmSync(this.blobPath(address), { force: true });
  }

  /** Removes `.part` files a crash left behind; returns how many. */
  cleanupTemp(): number {
    const tempDir = join(this.dir, TEMP_DIR);
    if (!existsSync(tempDir)) return 0;
    let removed = 0;
    for (const name of readdirSync(tempDir)) {
      const path = join(tempDir, name);
      if (!name.endsWith('.part') || this.activeTemps.has(path)) continue;
      rmSync(path, { force: true });
      removed++;
    }
    return removed;
  }

  private blobPath(address: string): string {
    return join(this.dir, address.slice(0, 2), address);
  }

  private assertAddressOf(address: string, expectedSha256: string): void {
    assertHex64(address, 'Vault address');
    if (this.addressFor(expectedSha256) !== address) {
      throw new AppError(
        'invalid_input',
        `Vault address ${address} does not belong to SHA-256 ${expectedSha256}.`,
        {
          address,
          sha256: expectedSha256,
        },
      );
    }
  }

  private async createTemp(): Promise<{ handle: FileHandle; path: string }> {
    const tempDir = join(this.dir, TEMP_DIR);
    await mkdir(tempDir, { recursive: true, mode: 0o700 });
    const path = join(tempDir, `${randomBytes(16).toString('hex')}.part`);
    const handle = await open(path, 'wx', 0o600);
    this.activeTemps.add(path);
    return { handle, path };
  }

  /**
   * Moves a complete temp blob to its address, or drops it when an intact blob of the same
   * content is already there. A damaged blob at the address is replaced, not trusted.
   */
  private async placeBlob(tempPath: string, address: string, sha256: string): Promise<boolean> {
    const target = this.blobPath(address);
    if (existsSync(target) && (await blobCommitsTo(this.key, target, sha256))) {
      await rm(tempPath, { force: true });
      return true;
    }
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await rename(tempPath, target);
    await fsyncDirectory(dirname(target));
    await fsyncDirectory(this.dir);
    return false;
  }
}

async function refuseExisting(outPath: string): Promise<void> {
  const exists = await lstat(outPath).then(
    () => true,
    (error: unknown) => errnoOf(error) !== 'ENOENT',
  );
  if (exists)
    throw new AppError('conflict', `Export target ${outPath} already exists; it was not overwritten.`);
}

async function createExclusive(partPath: string): Promise<FileHandle> {
  try {
    return await open(partPath, 'wx', 0o600);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') {
      throw new AppError('conflict', `A partial export ${partPath} already exists; remove it and retry.`);
    }
    throw new AppError('internal', `Could not create ${partPath}: ${String(error)}`, { path: partPath });
  }
}

function ingestError(path: string, error: unknown, signal: AbortSignal | undefined): AppError {
  if (isAbort(error, signal)) return new AppError('conflict', 'ingest cancelled', { path });
  if (isDiskFull(error)) {
    return new AppError(
      'internal',
      `The disk is full: evidence file ${path} could not be stored in the vault.`,
      {
        path,
      },
    );
  }
  return sourceError(path, error);
}

function exportError(outPath: string, error: unknown, signal: AbortSignal | undefined): AppError {
  if (error instanceof AppError) return error;
  if (isAbort(error, signal)) return new AppError('conflict', 'export cancelled', { path: outPath });
  if (isDiskFull(error))
    return new AppError('internal', `The disk is full: ${outPath} could not be written.`);
  return new AppError('internal', `Could not export to ${outPath}: ${String(error)}`, { path: outPath });
}
