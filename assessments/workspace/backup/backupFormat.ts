/**
 * Workspace backup format, version 1 ("ASSAYBK1"). One file holding a consistent copy of a
 * workspace: precise enough to reimplement from this comment (docs/workspace-format.md, Backups).
 *
 * Layout (integers big-endian)
 *   offset  size  field
 *   0       8     magic ASCII "ASSAYBK1"
 *   8       4     L = length of the preamble JSON, 2 ..= 65536
 *   12      L     preamble, UTF-8 JSON (plaintext, non-secret): format "assay-backup", formatVersion 1,
 *                 backupId (32 hex), kind, workspaceId, createdAt, chunkSize, and the workspace
 *                 header (workspace.json as parsed) so a restore can unwrap the data key with the
 *                 passphrase that was in force when the backup was made.
 *   12+L    ...   body: the record stream, encrypted in chunks (STREAM construction)
 *
 * Keys
 *   backupKey  = deriveSubkey(dataKey, 'backup')   HKDF-SHA-256, info "assay/backup/v1"
 *   streamKeys = HKDF-SHA-256(ikm = backupKey, salt = SHA-256(bytes 0 .. 12+L), info
 *                "assay/backup/stream/v1", length 36) = encKey (32) || noncePrefix (4)
 *   The salt is the hash of the whole plaintext part, which holds a random backupId: every backup has
 *   its own key, and any change to the preamble (header, id, chunk size) changes the key, so the
 *   first chunk no longer authenticates.
 *
 * Chunks
 *   The record stream is cut into chunks of exactly chunkSize bytes except the last, which holds
 *   1 ..= chunkSize bytes. Chunk i on disk is AES-256-GCM(encKey, nonce, plaintext) || 16-byte tag with
 *   nonce = noncePrefix || uint64(i) and AAD = uint64(i) || uint8(final ? 1 : 0). A reader splits the
 *   body into pieces of chunkSize + 16 bytes; the last piece is opened with final = 1, the others with
 *   final = 0. Reordered or swapped chunks fail (index in nonce and AAD), a truncation at a chunk
 *   boundary fails (the new last chunk was sealed with final = 0), appended bytes fail, any modified
 *   byte fails its tag.
 *
 * Record stream (plaintext)
 *   record = type u8 || nameLength u16 || name (UTF-8) || size u64 || size bytes
 *   type 1: a member. Names: "workspace.json", "assay.db" (a VACUUM INTO copy, encrypted with the
 *           workspace's database key exactly like the live database), "vault/<2 hex>/<64 hex>" (vault
 *           blobs, byte for byte as stored, already encrypted with the vault key).
 *   type 2: "manifest.json", last record: { members: [{ name, size, sha256 }] } in member order. The
 *           stream ends exactly after it. A reader checks every member against it (same names in the
 *           same order, sizes, SHA-256 of the member's bytes).
 */
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import * as z from 'zod';
import { workspaceHeaderSchema } from '../header';

export const BACKUP_MAGIC = Buffer.from('ASSAYBK1', 'ascii');
export const BACKUP_FORMAT = 'assay-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_TAG_BYTES = 16;
export const DEFAULT_BACKUP_CHUNK_SIZE = 1024 * 1024;
export const MIN_BACKUP_CHUNK_SIZE = 1024;
export const MAX_BACKUP_CHUNK_SIZE = 16 * 1024 * 1024;
export const MAX_PREAMBLE_BYTES = 64 * 1024;
export const BACKUP_FILE_EXTENSION = '.assaybackup';

export const RECORD_MEMBER = 1;
export const RECORD_MANIFEST = 2;
export const MANIFEST_NAME = 'manifest.json';
/** type + name length + size. */
export const RECORD_HEAD_BYTES = 1 + 2 + 8;
export const MAX_NAME_BYTES = 200;
/** A manifest of a million blobs is ~150 MB; refuse anything wildly larger before buffering it. */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

const STREAM_INFO = 'assay/backup/stream/v1';

export const backupKindSchema = z.enum(['manual', 'automatic']);
export type BackupKind = z.infer<typeof backupKindSchema>;

export const backupPreambleSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int().min(1),
    backupId: z.string().regex(/^[0-9a-f]{32}$/),
    kind: backupKindSchema,
    workspaceId: z.uuid(),
    createdAt: z.iso.datetime(),
    chunkSize: z.number().int().min(MIN_BACKUP_CHUNK_SIZE).max(MAX_BACKUP_CHUNK_SIZE),
    header: workspaceHeaderSchema,
  })
  .strict();

export type BackupPreamble = z.infer<typeof backupPreambleSchema>;

export const manifestSchema = z
  .object({
    members: z.array(
      z
        .object({
          name: z.string().min(1).max(MAX_NAME_BYTES),
          size: z.number().int().min(0),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
        })
        .strict(),
    ),
  })
  .strict();

export type BackupManifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = BackupManifest['members'][number];

/** Member names a backup may carry; anything else (`..`, absolute paths) is refused on read. */
const MEMBER_NAME = /^(workspace\.json|assay\.db|vault\/([0-9a-f]{2})\/([0-9a-f]{64}))$/;

export function isValidMemberName(name: string): boolean {
  const match = MEMBER_NAME.exec(name);
  if (!match) return false;
  return match[2] === undefined || match[3]?.startsWith(match[2]) === true;
}

export function newBackupId(): string {
  return randomBytes(16).toString('hex');
}

export function encodePreamble(preamble: BackupPreamble): Buffer {
  const json = Buffer.from(JSON.stringify(backupPreambleSchema.parse(preamble)), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([BACKUP_MAGIC, length, json]);
}

export interface StreamKeys {
  encKey: Buffer;
  noncePrefix: Buffer;
}

/** `plaintextPart` is every byte before the body: magic, length and preamble JSON. */
export function deriveStreamKeys(backupKey: Buffer, plaintextPart: Buffer): StreamKeys {
  const salt = createHash('sha256').update(plaintextPart).digest();
  const okm = Buffer.from(hkdfSync('sha256', backupKey, salt, STREAM_INFO, 36));
  return { encKey: okm.subarray(0, 32), noncePrefix: okm.subarray(32, 36) };
}

export function chunkNonce(keys: StreamKeys, index: number): Buffer {
  const nonce = Buffer.alloc(12);
  keys.noncePrefix.copy(nonce, 0);
  nonce.writeBigUInt64BE(BigInt(index), 4);
  return nonce;
}

export function chunkAad(index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(9);
  aad.writeBigUInt64BE(BigInt(index), 0);
  aad.writeUInt8(final ? 1 : 0, 8);
  return aad;
}

export function encodeRecordHead(type: number, name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(RECORD_HEAD_BYTES + nameBytes.length);
  head.writeUInt8(type, 0);
  head.writeUInt16BE(nameBytes.length, 1);
  nameBytes.copy(head, 3);
  head.writeBigUInt64BE(BigInt(size), 3 + nameBytes.length);
  return head;
}
