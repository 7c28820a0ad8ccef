import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { AppError, fileError } from '../../shared/errors';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  backupPreambleSchema,
  deriveStreamKeys,
  isValidMemberName,
  manifestSchema,
  MANIFEST_NAME,
  MAX_MANIFEST_BYTES,
  MAX_NAME_BYTES,
  MAX_PREAMBLE_BYTES,
  RECORD_HEAD_BYTES,
  RECORD_MANIFEST,
  RECORD_MEMBER,
  type BackupManifest,
  type BackupPreamble,
} from './backupFormat';
import { ChunkAuthError, openChunks } from './backupStream';

export interface OpenedPreamble {
  preamble: BackupPreamble;
  /** Magic, length and JSON: the bytes the stream key is bound to. */
  plaintextPart: Buffer;
  bodyStart: number;
  fileSize: number;
}

/** A damaged, truncated or foreign backup file: always names the file and what is wrong. */
export function damaged(file: string, reason: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(
    'workspace_corrupt',
    `The backup ${file} cannot be used: ${reason}. Nothing was restored.`,
    {
      file,
      ...details,
    },
  );
}

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer | null> {
  const bytes = Buffer.alloc(length);
  const { bytesRead } = await handle.read(bytes, 0, length, position);
  return bytesRead === length ? bytes : null;
}

export async function openBackupFile(file: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new AppError('not_found', `The backup file ${file} does not exist.`, { file });
    if (code === 'EISDIR')
      throw new AppError('invalid_input', `${file} is a folder, not a backup file.`, { file });
    throw fileError(error, file, 'read');
  }
  // Linux opens a folder for reading; only reading it fails.
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw new AppError('invalid_input', `${file} is a folder, not a backup file.`, { file });
  }
  return handle;
}

/** The plaintext part: enough to list a backup and to unwrap its key with the passphrase. */
export async function readPreamble(handle: FileHandle, file: string): Promise<OpenedPreamble> {
  const fileSize = (await handle.stat()).size;
  const start = await readExactly(handle, 12, 0);
  if (!start || !start.subarray(0, 8).equals(BACKUP_MAGIC)) {
    throw damaged(file, 'it is not an Assay backup (its first bytes are not "ASSAYBK1")', {
      reason: 'not_a_backup',
    });
  }
  const length = start.readUInt32BE(8);
  if (length < 2 || length > MAX_PREAMBLE_BYTES) {
    throw damaged(file, `its preamble length ${length} is out of range`, { reason: 'modified' });
  }
  const json = await readExactly(handle, length, 12);
  if (!json) throw damaged(file, 'it is truncated inside its preamble', { reason: 'truncated' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw damaged(file, 'its preamble is not valid JSON (the file was modified)', { reason: 'modified' });
  }
  const version = (parsed as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new AppError(
      'database_from_newer_version',
      `The backup ${file} has format version ${version}; this version of Assay reads up to ${BACKUP_FORMAT_VERSION}. Update Assay to restore it.`,
      { file, found: version, supported: BACKUP_FORMAT_VERSION },
    );
  }
  const checked = backupPreambleSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw damaged(file, `its preamble is invalid (${issue?.path.join('.') || '(root)'}: ${issue?.message})`, {
      reason: 'modified',
    });
  }
  return {
    preamble: checked.data,
    plaintextPart: Buffer.concat([start, json]),
    bodyStart: 12 + length,
    fileSize,
  };
}

/** Where a reader puts member bytes: restore writes files, verification discards them. */
export interface MemberSink {
  begin(name: string, size: number): Promise<void>;
  write(bytes: Buffer): Promise<void>;
  end(): Promise<void>;
  /** Called once when reading fails: release whatever a member being written holds. */
  abort?(): Promise<void>;
}

export const discardingSink: MemberSink = {
  begin: async () => undefined,
  write: async () => undefined,
  end: async () => undefined,
};

interface CurrentMember {
  type: number;
  name: string;
  size: number;
  remaining: number;
  hash: Hash;
  manifestParts: Buffer[];
}

/**
 * Decrypts and parses the whole record stream, hashing every member, and checks it against the
 * manifest at its end. Any damage (a modified byte, a reordered chunk, a cut tail, a member that
 * does not match the manifest) throws before the function returns; the caller treats whatever the
 * sink received as unusable until it does.
 */
export async function readBackupRecords(
  handle: FileHandle,
  file: string,
  opened: OpenedPreamble,
  backupKey: Buffer,
  sink: MemberSink,
): Promise<BackupManifest> {
  const { preamble, plaintextPart, bodyStart, fileSize } = opened;
  if (fileSize <= bodyStart) {
    throw damaged(file, 'it ends after its preamble (truncated)', { reason: 'truncated' });
  }
  const keys = deriveStreamKeys(backupKey, plaintextPart);
  const pieceSize = preamble.chunkSize + 16;
  const chunkCount = Math.ceil((fileSize - bodyStart) / pieceSize);
  const seen: { name: string; size: number; sha256: string }[] = [];
  let pendingHead: Buffer = Buffer.alloc(0);
  let current: CurrentMember | null = null;
  let manifest: BackupManifest | null = null;

  const startRecord = async (head: Buffer, nameLength: number): Promise<void> => {
    const type = head.readUInt8(0);
    const name = head.subarray(3, 3 + nameLength).toString('utf8');
    const size = Number(head.readBigUInt64BE(3 + nameLength));
    if (manifest) throw damaged(file, 'it has records after its manifest', { reason: 'modified' });
    if (type === RECORD_MEMBER) {
      if (!isValidMemberName(name)) throw damaged(file, `it holds an unexpected member "${name}"`);
      if (seen.some((member) => member.name === name)) throw damaged(file, `it holds "${name}" twice`);
      await sink.begin(name, size);
    } else if (type === RECORD_MANIFEST) {
      if (name !== MANIFEST_NAME || size > MAX_MANIFEST_BYTES)
        throw damaged(file, 'its manifest record is malformed');
    } else {
      throw damaged(file, `it holds a record of unknown type ${type}`);
    }
    current = { type, name, size, remaining: size, hash: createHash('sha256'), manifestParts: [] };
    if (size === 0) await endRecord();
  };

  const endRecord = async (): Promise<void> => {
    const record = current as CurrentMember | null;
    current = null;
    if (!record) return;
    if (record.type === RECORD_MEMBER) {
      await sink.end();
      seen.push({ name: record.name, size: record.size, sha256: record.hash.digest('hex') });
      return;
    }
    manifest = parseManifest(file, Buffer.concat(record.manifestParts));
  };

  const consume = async (data: Buffer): Promise<void> => {
    let offset = 0;
    while (offset < data.length) {
      const record = current as CurrentMember | null;
      if (record) {
        const take = Math.min(record.remaining, data.length - offset);
        const bytes = data.subarray(offset, offset + take);
        offset += take;
        record.remaining -= take;
        if (record.type === RECORD_MEMBER) {
          record.hash.update(bytes);
          await sink.write(bytes);
        } else {
          record.manifestParts.push(Buffer.from(bytes));
        }
        if (record.remaining === 0) await endRecord();
        continue;
      }
      if (manifest) throw damaged(file, 'it has bytes after its manifest', { reason: 'modified' });
      // Gather a record head; it may straddle two chunks.
      const needed = () => (pendingHead.length < 3 ? 3 : RECORD_HEAD_BYTES + pendingHead.readUInt16BE(1));
      while (pendingHead.length < needed() && offset < data.length) {
        const take = Math.min(needed() - pendingHead.length, data.length - offset);
        pendingHead = Buffer.concat([pendingHead, data.subarray(offset, offset + take)]);
        offset += take;
        if (pendingHead.length >= 3 && pendingHead.readUInt16BE(1) > MAX_NAME_BYTES)
          throw damaged(file, 'it holds a record with an overlong name');
      }
      if (pendingHead.length < needed()) continue;
      const head = pendingHead;
      pendingHead = Buffer.alloc(0);
      await startRecord(head, head.readUInt16BE(1));
    }
  };

  try {
    for await (const { plain } of openChunks(handle, keys, preamble.chunkSize, bodyStart, fileSize)) {
      await consume(plain);
    }
  } catch (error) {
    await sink.abort?.();
    if (error instanceof ChunkAuthError) {
      throw error.truncated
        ? damaged(
            file,
            `it is truncated: it ends at chunk ${error.index + 1} of what should be more (the rest of the file is missing)`,
            { reason: 'truncated', chunk: error.index },
          )
        : damaged(
            file,
            `chunk ${error.index + 1} of ${chunkCount} (bytes ${bodyStart + error.index * pieceSize}–${Math.min(fileSize, bodyStart + (error.index + 1) * pieceSize) - 1}) failed authentication: the file was modified, reordered or corrupted${error.index === 0 ? ', or its preamble was changed' : ''}`,
            { reason: 'modified', chunk: error.index },
          );
    }
    throw error;
  }
  if (current || pendingHead.length > 0 || !manifest) {
    throw damaged(file, 'it ends before its manifest (truncated or cut while being written)', {
      reason: 'truncated',
    });
  }
  checkAgainstManifest(file, manifest, seen);
  return manifest;
}

function parseManifest(file: string, bytes: Buffer): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged(file, 'its manifest is not valid JSON');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw damaged(file, 'its manifest does not have the expected shape');
  return parsed.data;
}

function checkAgainstManifest(
  file: string,
  manifest: BackupManifest,
  seen: { name: string; size: number; sha256: string }[],
): void {
  if (manifest.members.length !== seen.length) {
    throw damaged(file, `its manifest lists ${manifest.members.length} members but it holds ${seen.length}`);
  }
  manifest.members.forEach((listed, index) => {
    const found = seen[index];
    if (!found || found.name !== listed.name) {
      throw damaged(file, `member ${index + 1} is "${found?.name}" but the manifest lists "${listed.name}"`);
    }
    if (found.size !== listed.size || found.sha256 !== listed.sha256) {
      throw damaged(file, `the SHA-256 or size of "${listed.name}" differs from its manifest entry`, {
        member: listed.name,
      });
    }
  });
  for (const required of ['workspace.json', 'assay.db']) {
    if (!seen.some((member) => member.name === required)) throw damaged(file, `it holds no ${required}`);
  }
}
