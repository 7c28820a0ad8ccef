/**
 * Vault blob format, version 1 ("ASSAYEV1"). Precise enough to reimplement from this comment.
 *
 * Keys
 *   vaultKey   32 bytes = deriveSubkey(dataKey, 'vault') (workspace/keys.ts).
 *   address    hex(HMAC-SHA-256(vaultKey, ASCII "address" || sha256(plaintext) as 32 raw bytes)).
 *              Keyed, so whoever holds the folder cannot confirm possession of a known file by
 *              hashing it. Stored at vault/<address[0..2]>/<address>.
 *   blob keys  HKDF-SHA-256(ikm = vaultKey, salt = fileId, info = ASCII "assay/vault/blob/v1",
 *              length = 68) split as encKey (32) || noncePrefix (4) || commitKey (32).
 *              A fresh random fileId per blob means a fresh key per blob.
 *
 * Layout (all integers big-endian)
 *   offset  size  field
 *   0       8     magic ASCII "ASSAYEV1"
 *   8       1     format version = 1
 *   9       1     suite = 1 (AES-256-GCM, HKDF-SHA-256, HMAC-SHA-256)
 *   10      2     reserved, must be 0
 *   12      4     chunkSize: plaintext bytes per chunk, 1 KiB ..= 16 MiB (default 1 MiB)
 *   16      16    fileId, random
 *   32      32    commitment = HMAC-SHA-256(commitKey, ASCII "assay/vault/commit/v1"
 *                                            || header[0..32] || sha256(plaintext) raw)
 *   64      ...   chunks 0..n-1, each AES-256-GCM ciphertext || 16-byte tag
 *
 * Header bytes 0..32 are the "bound header"; the commitment is written last (after the whole
 * plaintext has been hashed), so it is not part of the chunk AAD but is checked on its own.
 *
 * Chunks
 *   Plaintext is split into chunks of exactly chunkSize bytes except the last, which holds
 *   0..chunkSize bytes; it holds 0 bytes only when the whole file is empty (a 0-byte file is one
 *   empty final chunk). So n >= 1, and every non-final chunk is chunkSize + 16 bytes on disk.
 *   For chunk i: nonce = noncePrefix || uint64(i)              (12 bytes)
 *                AAD   = header[0..32] || uint64(i) || uint8(final ? 1 : 0)
 *   A reader splits the bytes after offset 64 into pieces of chunkSize + 16; the last piece
 *   (1..chunkSize + 16 bytes) is the one decrypted with final = 1, all others with final = 0.
 *   Hence reordering, dropping, duplicating or swapping chunks between blobs fails a tag (index
 *   and per-blob key are bound), truncation at a chunk boundary fails because the new last chunk
 *   was sealed with final = 0, and appended bytes fail because the true last chunk is then read
 *   with final = 0 (or the garbage itself becomes an unauthenticated piece).
 *
 * Reading
 *   Check magic, version, suite, reserved, chunkSize; derive keys; check the commitment against
 *   the SHA-256 the caller expects before releasing any plaintext (this catches a blob replaced
 *   by another valid blob); then release each chunk only after its tag verifies, and the final
 *   chunk only after the running SHA-256 equals the expected one.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
  webcrypto,
} from 'node:crypto';

export const BLOB_MAGIC = Buffer.from('ASSAYEV1', 'ascii');
export const BLOB_FORMAT_VERSION = 1;
export const BLOB_SUITE = 1;
export const BOUND_HEADER_BYTES = 32;
export const COMMITMENT_OFFSET = 32;
export const HEADER_BYTES = 64;
export const TAG_BYTES = 16;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
export const MIN_CHUNK_SIZE = 1024;
export const MAX_CHUNK_SIZE = 16 * 1024 * 1024;

const FILE_ID_BYTES = 16;
const BLOB_KEY_INFO = 'assay/vault/blob/v1';
const COMMIT_LABEL = Buffer.from('assay/vault/commit/v1', 'ascii');
const ADDRESS_LABEL = Buffer.from('address', 'ascii');

export interface BlobKeys {
  encKey: Buffer;
  noncePrefix: Buffer;
  commitKey: Buffer;
}

export interface BlobHeader {
  /** The 32 bytes bound into every chunk's AAD. */
  bound: Buffer;
  chunkSize: number;
  fileId: Buffer;
  commitment: Buffer;
}

/** Thrown for malformed blob bytes; the vault turns it into an AppError naming the address. */
export class BlobFormatError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
    this.name = 'BlobFormatError';
  }
}

export function isValidChunkSize(chunkSize: number): boolean {
  return Number.isInteger(chunkSize) && chunkSize >= MIN_CHUNK_SIZE && chunkSize <= MAX_CHUNK_SIZE;
}

export function addressFor(vaultKey: Buffer, sha256Hex: string): string {
  return createHmac('sha256', vaultKey)
    .update(ADDRESS_LABEL)
    .update(Buffer.from(sha256Hex, 'hex'))
    .digest('hex');
}

/** A new bound header (bytes 0..32) with a random file id. */
export function newBoundHeader(chunkSize: number): Buffer {
  const bound = Buffer.alloc(BOUND_HEADER_BYTES);
  BLOB_MAGIC.copy(bound, 0);
  bound.writeUInt8(BLOB_FORMAT_VERSION, 8);
  bound.writeUInt8(BLOB_SUITE, 9);
  bound.writeUInt32BE(chunkSize, 12);
  randomBytes(FILE_ID_BYTES).copy(bound, 16);
  return bound;
}

export function parseHeader(bytes: Buffer): BlobHeader {
  if (bytes.length < HEADER_BYTES) throw new BlobFormatError('header', 'header is truncated');
  if (!bytes.subarray(0, 8).equals(BLOB_MAGIC)) throw new BlobFormatError('header', 'bad magic');
  const version = bytes.readUInt8(8);
  if (version !== BLOB_FORMAT_VERSION) {
    throw new BlobFormatError('header', `unsupported format version ${version}`);
  }
  if (bytes.readUInt8(9) !== BLOB_SUITE) throw new BlobFormatError('header', 'unknown cipher suite');
  if (bytes.readUInt16BE(10) !== 0) throw new BlobFormatError('header', 'reserved bytes are not zero');
  const chunkSize = bytes.readUInt32BE(12);
  if (!isValidChunkSize(chunkSize)) throw new BlobFormatError('header', `invalid chunk size ${chunkSize}`);
  return {
    bound: Buffer.from(bytes.subarray(0, BOUND_HEADER_BYTES)),
    chunkSize,
    fileId: Buffer.from(bytes.subarray(16, 32)),
    commitment: Buffer.from(bytes.subarray(COMMITMENT_OFFSET, HEADER_BYTES)),
  };
}

export function deriveBlobKeys(vaultKey: Buffer, bound: Buffer): BlobKeys {
  const fileId = bound.subarray(16, 32);
  const okm = Buffer.from(hkdfSync('sha256', vaultKey, fileId, BLOB_KEY_INFO, 68));
  return { encKey: okm.subarray(0, 32), noncePrefix: okm.subarray(32, 36), commitKey: okm.subarray(36, 68) };
}

export function contentCommitment(keys: BlobKeys, bound: Buffer, sha256Raw: Buffer): Buffer {
  return createHmac('sha256', keys.commitKey).update(COMMIT_LABEL).update(bound).update(sha256Raw).digest();
}

export function commitmentMatches(keys: BlobKeys, header: BlobHeader, sha256Hex: string): boolean {
  const expected = contentCommitment(keys, header.bound, Buffer.from(sha256Hex, 'hex'));
  return timingSafeEqual(expected, header.commitment);
}

function chunkNonce(keys: BlobKeys, index: number): Buffer {
  const nonce = Buffer.alloc(12);
  keys.noncePrefix.copy(nonce, 0);
  nonce.writeBigUInt64BE(BigInt(index), 4);
  return nonce;
}

function chunkAad(bound: Buffer, index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(BOUND_HEADER_BYTES + 9);
  bound.copy(aad, 0);
  aad.writeBigUInt64BE(BigInt(index), BOUND_HEADER_BYTES);
  aad.writeUInt8(final ? 1 : 0, BOUND_HEADER_BYTES + 8);
  return aad;
}

/** Encrypts one chunk; returns ciphertext || tag as stored on disk. */
export function sealChunk(
  keys: BlobKeys,
  bound: Buffer,
  index: number,
  final: boolean,
  plain: Buffer,
): Buffer {
  const cipher = createCipheriv('aes-256-gcm', keys.encKey, chunkNonce(keys, index), {
    authTagLength: TAG_BYTES,
  });
  cipher.setAAD(chunkAad(bound, index, final));
  const head = cipher.update(plain);
  const tail = cipher.final();
  return Buffer.concat([head, tail, cipher.getAuthTag()]);
}

/**
 * Decrypts one stored chunk and returns its plaintext only once the tag has verified, so no
 * caller can ever see bytes of an unauthenticated chunk. Returns null on authentication failure.
 */
export function openChunk(
  keys: BlobKeys,
  bound: Buffer,
  index: number,
  final: boolean,
  stored: Buffer,
): Buffer | null {
  if (stored.length < TAG_BYTES) return null;
  const cipherLength = stored.length - TAG_BYTES;
  const decipher = createDecipheriv('aes-256-gcm', keys.encKey, chunkNonce(keys, index), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(chunkAad(bound, index, final));
  decipher.setAuthTag(stored.subarray(cipherLength));
  const plain = decipher.update(stored.subarray(0, cipherLength));
  try {
    decipher.final();
  } catch {
    return null;
  }
  return plain;
}

/** One chunk of plaintext with its place in the blob, not yet sealed. */
export interface PlainChunk {
  index: number;
  final: boolean;
  plain: Buffer;
}

/**
 * Splits streamed plaintext into chunks. It always holds back up to one chunk, because a chunk
 * can only be sealed once we know whether more data follows (the final flag is in the AAD).
 * Memory is bounded by chunkSize plus one incoming read.
 */
export class ChunkSplitter {
  private readonly pending: Buffer[] = [];
  private pendingLength = 0;
  private index = 0;

  constructor(private readonly chunkSize: number) {}

  /** Accepts plaintext; returns the chunks now known to be non-final. */
  push(data: Buffer): PlainChunk[] {
    this.pending.push(data);
    this.pendingLength += data.length;
    const chunks: PlainChunk[] = [];
    while (this.pendingLength > this.chunkSize) {
      chunks.push({ index: this.index++, final: false, plain: this.take(this.chunkSize) });
    }
    return chunks;
  }

  /** What is left (possibly nothing, for an empty file), as the final chunk. */
  finish(): PlainChunk {
    return { index: this.index++, final: true, plain: this.take(this.pendingLength) };
  }

  private take(count: number): Buffer {
    const head = this.pending[0];
    // A chunk inside one read is a view of it: read buffers are never reused, and copying every
    // chunk would cost a pass over the whole file.
    if (head && head.length >= count) {
      if (head.length === count) this.pending.shift();
      else this.pending[0] = head.subarray(count);
      this.pendingLength -= count;
      return head.subarray(0, count);
    }
    const out = Buffer.allocUnsafe(count);
    let filled = 0;
    while (filled < count) {
      const first = this.pending[0]!;
      const used = Math.min(first.length, count - filled);
      first.copy(out, filled, 0, used);
      filled += used;
      if (used === first.length) this.pending.shift();
      else this.pending[0] = first.subarray(used);
    }
    this.pendingLength -= count;
    return out;
  }
}

/**
 * Seals chunks exactly as `sealChunk` does, but through WebCrypto, whose AES-GCM runs on the
 * thread pool: the ingest loop hashes the next read on the main thread while chunks are sealed.
 */
export class ThreadPoolSealer {
  private readonly key: Promise<webcrypto.CryptoKey>;

  constructor(
    private readonly keys: BlobKeys,
    private readonly bound: Buffer,
  ) {
    this.key = webcrypto.subtle.importKey('raw', keys.encKey, 'AES-GCM', false, ['encrypt']);
  }

  async seal({ index, final, plain }: PlainChunk): Promise<Buffer> {
    const sealed = await webcrypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: chunkNonce(this.keys, index),
        additionalData: chunkAad(this.bound, index, final),
        tagLength: TAG_BYTES * 8,
      },
      await this.key,
      plain,
    );
    return Buffer.from(sealed);
  }
}
