import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import {
  ChunkSplitter,
  COMMITMENT_OFFSET,
  contentCommitment,
  deriveBlobKeys,
  HEADER_BYTES,
  newBoundHeader,
  type PlainChunk,
  TAG_BYTES,
  ThreadPoolSealer,
} from './blobFormat';
import { AppError } from '../shared/errors';
import { assertUnchanged, changedWhileReading, type OpenedSource } from './openSource';
import { SNIFF_BYTES } from './sniffMime';
import { writeAllAt } from './vaultFiles';

/** 2 MiB reads: inside the 1–4 MiB range where hashing runs at OpenSSL speed (PLATFORM.md). */
const READ_HIGH_WATER_MARK = 2 * 1024 * 1024;

/**
 * The bytes of one piece of evidence, read exactly once: a file on disk, or an upload arriving
 * over the loopback transport. `total` is the size announced up front; `assertComplete` runs after
 * the last byte and throws if what was read is not what was announced.
 */
export interface ByteSource {
  /** How messages name it: the path, or the uploaded file's name. */
  label: string;
  total: number;
  chunks: AsyncIterable<Buffer>;
  assertComplete(bytesRead: number): Promise<void>;
  /** Thrown at once when more bytes arrive than were announced. */
  overrun(): AppError;
}

/** A regular file opened by openSource, whose fstat is compared before and after the read. */
export function fileByteSource(path: string, source: OpenedSource): ByteSource {
  return {
    label: path,
    total: Number(source.before.size),
    chunks: source.handle.createReadStream({
      start: 0,
      highWaterMark: READ_HIGH_WATER_MARK,
      autoClose: false,
    }) as AsyncIterable<Buffer>,
    assertComplete: async (bytesRead) =>
      assertUnchanged(path, source.before, await source.handle.stat({ bigint: true }), bytesRead),
    // Stop at once rather than follow a file that keeps growing (a live log, a download).
    overrun: () => changedWhileReading(path, `it grew beyond ${source.before.size} bytes`),
  };
}

/** An upload whose size the window announced; a connection cut short leaves nothing stored. */
export function uploadByteSource(name: string, total: number, chunks: AsyncIterable<Buffer>): ByteSource {
  const cut = (detail: string) =>
    new AppError(
      'invalid_input',
      `The upload of ${name} was cut short or padded: ${detail}; nothing was stored.`,
      {
        path: name,
      },
    );
  return {
    label: name,
    total,
    chunks,
    assertComplete: async (bytesRead) => {
      if (bytesRead !== total) throw cut(`${bytesRead} of the ${total} bytes announced arrived`);
    },
    overrun: () => cut(`more than the ${total} bytes announced arrived`),
  };
}

export interface EncryptRequest {
  source: ByteSource;
  temp: FileHandle;
  vaultKey: Buffer;
  chunkSize: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface EncryptedSource {
  sha256: string;
  size: number;
  head: Buffer;
}

/** Keeps the first SNIFF_BYTES of the stream for MIME sniffing without holding more. */
class HeadKeeper {
  private readonly parts: Buffer[] = [];
  private kept = 0;

  add(data: Buffer): void {
    if (this.kept >= SNIFF_BYTES) return;
    const part = Buffer.from(data.subarray(0, SNIFF_BYTES - this.kept));
    this.parts.push(part);
    this.kept += part.length;
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts, this.kept);
  }
}

/**
 * Reads the source exactly once, as a stream, and in that single pass hashes it, keeps its head
 * for sniffing and writes it encrypted, chunk by chunk, into `temp`. Memory stays bounded by one
 * read plus one chunk. Throws if the file changed during the read.
 */
export async function encryptSourceInto(request: EncryptRequest): Promise<EncryptedSource> {
  const { source, temp, vaultKey, chunkSize, signal, onProgress } = request;
  const total = source.total;
  const bound = newBoundHeader(chunkSize);
  const keys = deriveBlobKeys(vaultKey, bound);
  const splitter = new ChunkSplitter(chunkSize);
  const sealer = new ThreadPoolSealer(keys, bound);
  const hash = createHash('sha256');
  const head = new HeadKeeper();
  // The commitment slot stays zero until the whole plaintext has been hashed.
  await writeAllAt(temp, Buffer.concat([bound, Buffer.alloc(HEADER_BYTES - bound.length)]), 0);
  let position = HEADER_BYTES;
  let bytesRead = 0;
  let writing: Promise<void> = Promise.resolve();
  // Cancellation is checked between reads rather than handed to the stream: an aborted stream
  // can emit its AbortError after the loop has already left, where nothing would handle it.
  try {
    for await (const data of source.chunks) {
      signal?.throwIfAborted();
      bytesRead += data.length;
      if (bytesRead > total) throw source.overrun();
      hash.update(data);
      head.add(data);
      // The previous read's chunks are sealed and written on the thread pool while this one is
      // hashed; waiting for them here keeps at most two reads' worth of data in memory.
      await writing;
      const chunks = splitter.push(data);
      const at = position;
      for (const chunk of chunks) position += chunk.plain.length + TAG_BYTES;
      writing = sealAndWrite(temp, sealer, chunks, at);
      // Marks a failure as handled until the next `await writing` rethrows it, so a write error
      // that lands while the next read is pending is not an unhandled rejection.
      writing.catch(() => undefined);
      onProgress?.(bytesRead, total);
    }
  } catch (error) {
    // A write still in flight must settle before the caller removes the temp file.
    await writing.catch(() => undefined);
    throw error;
  }
  await writing;
  signal?.throwIfAborted();
  await source.assertComplete(bytesRead);
  await sealAndWrite(temp, sealer, [splitter.finish()], position);
  const digest = hash.digest();
  await writeAllAt(temp, contentCommitment(keys, bound, digest), COMMITMENT_OFFSET);
  return { sha256: digest.toString('hex'), size: bytesRead, head: head.bytes() };
}

async function sealAndWrite(
  temp: FileHandle,
  sealer: ThreadPoolSealer,
  chunks: readonly PlainChunk[],
  start: number,
): Promise<void> {
  // One chunk at a time: the thread pool seals while the main thread hashes, and sealing several
  // at once would only add worker-thread memory (each thread grows its own allocator arena).
  let position = start;
  for (const chunk of chunks) {
    const sealed = await sealer.seal(chunk);
    await writeAllAt(temp, sealed, position);
    position += sealed.length;
  }
}
