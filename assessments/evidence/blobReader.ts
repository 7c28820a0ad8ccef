import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { AppError } from '../shared/errors';
import {
  BlobFormatError,
  commitmentMatches,
  deriveBlobKeys,
  HEADER_BYTES,
  openChunk,
  parseHeader,
  TAG_BYTES,
  type BlobHeader,
} from './blobFormat';

export interface VerifiedReadRequest {
  vaultKey: Buffer;
  blobPath: string;
  address: string;
  expectedSha256: string;
  signal?: AbortSignal;
}

function corrupted(address: string, where: string, reason: string): AppError {
  return new AppError('internal', `vault blob ${address} is corrupted ${where}: ${reason}`, { address });
}

async function openBlob(blobPath: string, address: string): Promise<FileHandle> {
  try {
    return await open(blobPath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('not_found', `vault blob ${address} does not exist.`, { address });
    }
    throw new AppError('internal', `Could not open vault blob ${address}: ${String(error)}`, { address });
  }
}

/** Reads exactly `length` bytes at `position`; fewer means the blob shrank under us. */
async function readExactly(
  handle: FileHandle,
  buffer: Buffer,
  length: number,
  position: number,
): Promise<boolean> {
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) return false;
    filled += bytesRead;
  }
  return true;
}

async function readHeader(handle: FileHandle, address: string): Promise<BlobHeader> {
  const bytes = Buffer.alloc(HEADER_BYTES);
  if (!(await readExactly(handle, bytes, HEADER_BYTES, 0))) {
    throw corrupted(address, 'in its header', 'header is truncated');
  }
  try {
    return parseHeader(bytes);
  } catch (error) {
    if (error instanceof BlobFormatError) throw corrupted(address, 'in its header', error.message);
    throw error;
  }
}

/**
 * Yields the plaintext of a vault blob chunk by chunk. Each chunk is released only after its
 * GCM tag verifies, the content commitment is checked against `expectedSha256` before the first
 * byte, and the final chunk is released only after the whole-file SHA-256 matches. Any failure
 * throws an AppError('internal') naming the address and the chunk index.
 */
export async function* readVerifiedPlaintext(request: VerifiedReadRequest): AsyncGenerator<Buffer> {
  const { vaultKey, blobPath, address, expectedSha256, signal } = request;
  const handle = await openBlob(blobPath, address);
  try {
    const header = await readHeader(handle, address);
    const keys = deriveBlobKeys(vaultKey, header.bound);
    if (!commitmentMatches(keys, header, expectedSha256)) {
      throw corrupted(address, 'in its header', 'content commitment does not match the expected SHA-256');
    }
    const payloadBytes = (await handle.stat()).size - HEADER_BYTES;
    if (payloadBytes <= 0) throw corrupted(address, 'at chunk 0', 'blob holds no chunks (truncated)');
    const pieceBytes = header.chunkSize + TAG_BYTES;
    const chunkCount = Math.ceil(payloadBytes / pieceBytes);
    const stored = Buffer.allocUnsafe(pieceBytes);
    const hash = createHash('sha256');
    for (let index = 0; index < chunkCount; index++) {
      signal?.throwIfAborted();
      const length = Math.min(pieceBytes, payloadBytes - index * pieceBytes);
      if (!(await readExactly(handle, stored, length, HEADER_BYTES + index * pieceBytes))) {
        throw corrupted(address, `at chunk ${index}`, 'blob shrank while being read');
      }
      const final = index === chunkCount - 1;
      const plain = openChunk(keys, header.bound, index, final, stored.subarray(0, length));
      if (plain === null) throw corrupted(address, `at chunk ${index}`, 'authentication failed');
      hash.update(plain);
      if (final && hash.digest('hex') !== expectedSha256) {
        throw corrupted(
          address,
          `at chunk ${index}`,
          'SHA-256 of the content does not match the expected one',
        );
      }
      yield plain;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Cheap check (64 bytes) that an existing blob is a well-formed blob of the given content; used
 * before deduplicating against it, so a damaged blob is replaced rather than trusted.
 */
export async function blobCommitsTo(vaultKey: Buffer, blobPath: string, sha256Hex: string): Promise<boolean> {
  try {
    const handle = await open(blobPath, 'r');
    try {
      const header = await readHeader(handle, '');
      return commitmentMatches(deriveBlobKeys(vaultKey, header.bound), header, sha256Hex);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
