import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { writeAllAt } from '../../evidence/vaultFiles';
import { BACKUP_TAG_BYTES, chunkAad, chunkNonce, type StreamKeys } from './backupFormat';

/**
 * Chunk writes or reads in flight at once, so I/O overlaps hashing. AES-GCM runs on the main thread
 * (several GB/s, well ahead of SHA-256): sealing on the thread pool made every pool thread grow its
 * own malloc arena, which cost 30–40 MiB of peak RSS on a 1 GiB vault (measured with
 * MALLOC_ARENA_MAX=1), for no gain in a pipeline that SHA-256 bounds.
 */
const WINDOW = 2;

function sealChunk(keys: StreamKeys, index: number, final: boolean, plain: Buffer): Buffer[] {
  const cipher = createCipheriv('aes-256-gcm', keys.encKey, chunkNonce(keys, index), { authTagLength: 16 });
  cipher.setAAD(chunkAad(index, final));
  const body = cipher.update(plain);
  cipher.final();
  return [body, cipher.getAuthTag()];
}

/** Throws when the tag does not verify. */
function openChunk(keys: StreamKeys, index: number, final: boolean, piece: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', keys.encKey, chunkNonce(keys, index), {
    authTagLength: 16,
  });
  decipher.setAAD(chunkAad(index, final));
  decipher.setAuthTag(piece.subarray(piece.length - BACKUP_TAG_BYTES));
  const plain = decipher.update(piece.subarray(0, piece.length - BACKUP_TAG_BYTES));
  decipher.final();
  return plain;
}

/**
 * Cuts the record stream into chunks, seals them (AES-256-GCM) and writes each at its position, the
 * writes overlapping the hashing of what comes next. A full chunk is sealed only
 * once a further byte exists, so the final chunk is always known when it is sealed.
 */
export class ChunkSealer {
  /**
   * Plaintext chunks are gathered in a ring of reused buffers, one more than can be in flight, so a
   * buffer is refilled only after its chunk was sealed: no per-chunk garbage for the GC to lag on.
   */
  private readonly ring: Buffer[];
  private filled = 0;
  private index = 0;
  private position: number;
  private readonly inflight: Promise<void>[] = [];

  constructor(
    private readonly out: FileHandle,
    private readonly keys: StreamKeys,
    private readonly chunkSize: number,
    start: number,
  ) {
    this.position = start;
    this.ring = Array.from({ length: WINDOW + 1 }, () => Buffer.allocUnsafe(chunkSize));
  }

  /** Copies `data` in (the caller may reuse its buffer once this resolves). */
  async push(data: Buffer): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      if (this.filled === this.chunkSize) {
        // A further byte exists, so this full chunk is not the last one.
        await this.emit(this.current(), false);
        this.filled = 0;
      }
      const copied = data.copy(
        this.current(),
        this.filled,
        offset,
        Math.min(data.length, offset + this.chunkSize - this.filled),
      );
      this.filled += copied;
      offset += copied;
    }
  }

  /** Seals what is left as the final chunk and waits for every write; returns the file's length. */
  async finish(): Promise<number> {
    await this.emit(this.current().subarray(0, this.filled), true);
    await Promise.all(this.inflight.splice(0));
    return this.position;
  }

  /** Lets writes in flight settle before the caller removes the file. */
  async abandon(): Promise<void> {
    await Promise.allSettled(this.inflight.splice(0));
  }

  private current(): Buffer {
    return this.ring[this.index % this.ring.length] as Buffer;
  }

  private async emit(plain: Buffer, final: boolean): Promise<void> {
    const index = this.index++;
    const position = this.position;
    this.position += plain.length + BACKUP_TAG_BYTES;
    // Sealed now, synchronously: the ring buffer holding `plain` may be refilled once this returns.
    const [body, tag] = sealChunk(this.keys, index, final, plain) as [Buffer, Buffer];
    const work = (async () => {
      await writeAllAt(this.out, body, position);
      await writeAllAt(this.out, tag, position + body.length);
    })();
    work.catch(() => undefined);
    this.inflight.push(work);
    if (this.inflight.length >= WINDOW) await this.inflight.shift();
  }
}

export interface OpenedChunk {
  index: number;
  plain: Buffer;
}

/** Why a chunk did not open: for a specific message (truncated tail versus changed bytes). */
export class ChunkAuthError extends Error {
  constructor(
    readonly index: number,
    readonly truncated: boolean,
  ) {
    super(`chunk ${index} failed authentication`);
  }
}

/**
 * Reads the body piece by piece and yields each chunk's plaintext in order, only after its tag
 * verified; the next pieces are read ahead while this one is consumed.
 */
export async function* openChunks(
  file: FileHandle,
  keys: StreamKeys,
  chunkSize: number,
  bodyStart: number,
  fileSize: number,
): AsyncGenerator<OpenedChunk> {
  const pieceSize = chunkSize + BACKUP_TAG_BYTES;
  const bodyBytes = fileSize - bodyStart;
  const count = Math.ceil(bodyBytes / pieceSize);
  // Reused piece buffers, one more than are opened at once (see ChunkSealer).
  const ring = Array.from({ length: WINDOW + 1 }, () => Buffer.allocUnsafe(pieceSize));
  const open = async (index: number): Promise<Buffer> => {
    const start = bodyStart + index * pieceSize;
    const length = Math.min(pieceSize, fileSize - start);
    const piece = (ring[index % ring.length] as Buffer).subarray(0, length);
    const { bytesRead } = await file.read(piece, 0, length, start);
    if (bytesRead !== length) throw new ChunkAuthError(index, true);
    const final = index === count - 1;
    if (length <= BACKUP_TAG_BYTES) throw new ChunkAuthError(index, true);
    try {
      return openChunk(keys, index, final, piece);
    } catch {
      // A last piece that opens as a non-final chunk is a file cut at a chunk boundary.
      let cut = false;
      if (final) {
        try {
          openChunk(keys, index, false, piece);
          cut = true;
        } catch {
          cut = false;
        }
      }
      throw new ChunkAuthError(index, cut);
    }
  };
  const ahead: Promise<Buffer>[] = [];
  let next = 0;
  const fill = () => {
    while (ahead.length < WINDOW && next < count) {
      const pending = open(next++);
      pending.catch(() => undefined);
      ahead.push(pending);
    }
  };
  fill();
  for (let index = 0; index < count; index++) {
    const plain = await (ahead.shift() as Promise<Buffer>);
    fill();
    yield { index, plain };
  }
}
