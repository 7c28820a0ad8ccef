import { createHash, randomBytes } from 'node:crypto';
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors';
import { errnoOf, fsyncDirectory, isDiskFull, writeAllAt } from '../../evidence/vaultFiles';
import type { WorkspaceHeader } from '../header';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DEFAULT_BACKUP_CHUNK_SIZE,
  deriveStreamKeys,
  encodePreamble,
  encodeRecordHead,
  MANIFEST_NAME,
  newBackupId,
  RECORD_MANIFEST,
  RECORD_MEMBER,
  type BackupKind,
  type BackupManifest,
  type BackupPreamble,
  type ManifestEntry,
} from './backupFormat';
import { ChunkSealer } from './backupStream';
import { discardingSink, openBackupFile, readBackupRecords, readPreamble } from './readBackup';

/** 1 MiB reads: inside the range where hashing runs at OpenSSL speed (PLATFORM.md), one chunk each. */
const READ_SIZE = 1024 * 1024;

export interface BackupMemberSource {
  /** Name inside the backup (backupFormat.ts lists the allowed names). */
  name: string;
  path: string;
}

/** What a backup is made from: files already on disk, frozen by the caller (snapshot.ts). */
export interface BackupSource {
  /** 32-byte backup key: deriveSubkey(dataKey, 'backup'). */
  backupKey: Buffer;
  header: WorkspaceHeader;
  kind: BackupKind;
  createdAt: Date;
  /** In order: workspace.json, assay.db, then vault blobs. */
  members: BackupMemberSource[];
  chunkSize?: number;
}

export interface WrittenBackup {
  path: string;
  backupId: string;
  createdAt: string;
  size: number;
  members: number;
  /** Sum of the members' sizes (the workspace's bytes inside the backup). */
  contentBytes: number;
}

/**
 * Writes the backup to a temp file beside `outPath`, fsyncs it, reads it all back through the
 * restore reader (every tag, every member hash, the manifest), and only then renames it into place
 * and fsyncs the folder. Memory stays bounded: each member is streamed, never held whole.
 */
export async function writeBackupFile(
  source: BackupSource,
  outPath: string,
  options: { overwrite?: boolean } = {},
): Promise<WrittenBackup> {
  if (!options.overwrite) await refuseExisting(outPath);
  const temp = join(dirname(outPath), `.${basename(outPath)}.${randomBytes(6).toString('hex')}.part`);
  let handle: FileHandle | undefined;
  try {
    handle = await createTemp(temp, outPath);
    const preamble: BackupPreamble = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      backupId: newBackupId(),
      kind: source.kind,
      workspaceId: source.header.workspaceId,
      createdAt: source.createdAt.toISOString(),
      chunkSize: source.chunkSize ?? DEFAULT_BACKUP_CHUNK_SIZE,
      header: source.header,
    };
    const plaintextPart = encodePreamble(preamble);
    await writeAllAt(handle, plaintextPart, 0);
    const sealer = new ChunkSealer(
      handle,
      deriveStreamKeys(source.backupKey, plaintextPart),
      preamble.chunkSize,
      plaintextPart.length,
    );
    let manifest: BackupManifest;
    let size: number;
    try {
      manifest = { members: [] };
      for (const member of source.members) manifest.members.push(await streamMember(sealer, member));
      const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
      await sealer.push(encodeRecordHead(RECORD_MANIFEST, MANIFEST_NAME, manifestBytes.length));
      await sealer.push(manifestBytes);
      size = await sealer.finish();
    } catch (error) {
      await sealer.abandon();
      throw error;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await verifyWrittenBackup(temp, source.backupKey, manifest);
    if (!options.overwrite) await refuseExisting(outPath);
    await rename(temp, outPath);
    await fsyncDirectory(dirname(outPath));
    return {
      path: outPath,
      backupId: preamble.backupId,
      createdAt: preamble.createdAt,
      size,
      members: manifest.members.length,
      contentBytes: manifest.members.reduce((sum, member) => sum + member.size, 0),
    };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(outPath, error);
  }
}

async function streamMember(sealer: ChunkSealer, member: BackupMemberSource): Promise<ManifestEntry> {
  let handle: FileHandle;
  try {
    handle = await open(member.path, 'r');
  } catch (error) {
    throw new AppError(
      'workspace_corrupt',
      errnoOf(error) === 'ENOENT'
        ? `${member.path} disappeared while the backup was being made; no backup was written.`
        : `Cannot read ${member.path} for the backup: ${(error as Error).message}`,
      { file: member.path },
    );
  }
  try {
    const size = (await handle.stat()).size;
    await sealer.push(encodeRecordHead(RECORD_MEMBER, member.name, size));
    const hash = createHash('sha256');
    // Two reused buffers: the next read is in flight while this one is hashed and handed on.
    const buffers = [Buffer.allocUnsafe(READ_SIZE), Buffer.allocUnsafe(READ_SIZE)];
    const readAt = (position: number, buffer: Buffer) =>
      position < size
        ? handle.read(buffer, 0, Math.min(READ_SIZE, size - position), position).then((r) => r.bytesRead)
        : Promise.resolve(0);
    let read = 0;
    let next = readAt(0, buffers[0] as Buffer);
    next.catch(() => undefined);
    for (let turn = 0; ; turn++) {
      const bytes = await next;
      if (bytes === 0) break;
      const data = (buffers[turn % 2] as Buffer).subarray(0, bytes);
      read += bytes;
      next = readAt(read, buffers[(turn + 1) % 2] as Buffer);
      next.catch(() => undefined);
      hash.update(data);
      await sealer.push(data);
    }
    if (read !== size) {
      throw new AppError(
        'workspace_corrupt',
        `${member.path} changed size while the backup was being made (${size} bytes expected, ${read} read); no backup was written.`,
        { file: member.path },
      );
    }
    return { name: member.name, size, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

/** Reads the written file back exactly as a restore would, and compares it to what was meant. */
async function verifyWrittenBackup(path: string, backupKey: Buffer, written: BackupManifest): Promise<void> {
  const handle = await openBackupFile(path);
  try {
    const opened = await readPreamble(handle, path);
    const read = await readBackupRecords(handle, path, opened, backupKey, discardingSink);
    if (JSON.stringify(read) !== JSON.stringify(written)) {
      throw new AppError('internal', `The backup read back from ${path} differs from what was written.`);
    }
  } finally {
    await handle.close();
  }
}

async function refuseExisting(outPath: string): Promise<void> {
  const exists = await lstat(outPath).then(
    () => true,
    (error: unknown) => errnoOf(error) !== 'ENOENT',
  );
  if (exists) {
    throw new AppError(
      'conflict',
      `${outPath} already exists; it was not overwritten. Choose a new file name.`,
      {
        path: outPath,
      },
    );
  }
}

async function createTemp(temp: string, outPath: string): Promise<FileHandle> {
  try {
    return await open(temp, 'wx', 0o600);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') {
      throw new AppError('invalid_input', `The folder ${dirname(outPath)} does not exist.`, {
        path: outPath,
      });
    }
    throw new AppError('invalid_input', `Cannot write the backup ${outPath}: ${(error as Error).message}`, {
      path: outPath,
    });
  }
}

function writeError(outPath: string, error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isDiskFull(error)) {
    return new AppError('internal', `The disk is full: the backup ${outPath} was not written.`, {
      path: outPath,
    });
  }
  return error;
}
