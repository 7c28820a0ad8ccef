import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, WrongPassphraseError } from '../../shared/errors';
import { appendAuditEvent, verifyAuditChain } from '../../audit/auditLog';
import { blobCommitsTo } from '../../evidence/blobReader';
import { errnoOf, fsyncDirectory, writeAllAt } from '../../evidence/vaultFiles';
import type { Clock } from '../../shared/clock';
import { canonicalJson } from '../../shared/canonicalJson';
import { assertUnreadableWithoutKey, openDatabase, type Db } from '../../store/openDatabase';
import { readWorkspaceHeader, type WorkspaceHeader } from '../header';
import { deriveKeyEncryptionKey, deriveSubkey, unwrapDataKey } from '../keys';
import { workspacePaths } from '../paths';
import { setIntegrityAnchorAfterRestore } from './afterRestore';
import { damaged, openBackupFile, readBackupRecords, readPreamble, type MemberSink } from './readBackup';

export interface RestoreRequest {
  /** The backup file. */
  file: string;
  /** The passphrase the workspace had when the backup was made. */
  passphrase: string;
  /** A folder that does not exist yet, or an empty one; never an existing workspace. */
  into: string;
  clock: Clock;
  /** Where the outside integrity anchor lives (the session's); undefined keeps only the header's. */
  anchorDir?: string;
}

export interface RestoreResult {
  directory: string;
  workspaceId: string;
  backupId: string;
  backupCreatedAt: string;
  members: number;
  evidenceBlobs: number;
  auditEvents: number;
}

/**
 * Restores a backup into a new folder. Everything is written into a hidden sibling staging folder
 * and checked there — every chunk's tag, every member's SHA-256 against the manifest, the header
 * against the preamble, the encryption self-test, `PRAGMA integrity_check`, the audit chain, the
 * workspace id, and every evidence row's vault blob (present, and committing to the row's SHA-256)
 * — before a `workspace.restored` audit event is recorded and the folder is renamed into place. On
 * any failure the staging folder is removed and the target is left as it was (absent or empty).
 */
export async function restoreBackup(request: RestoreRequest): Promise<RestoreResult> {
  const file = resolve(request.file);
  const target = resolve(request.into);
  const targetExisted = checkTarget(target);
  const handle = await openBackupFile(file);
  let staging: string | null = null;
  const keys: Buffer[] = [];
  try {
    const opened = await readPreamble(handle, file);
    const { preamble } = opened;
    const dataKey = await unwrapWithPassphrase(file, preamble.header, request.passphrase, preamble.createdAt);
    keys.push(dataKey);
    const backupKey = deriveSubkey(dataKey, 'backup');
    keys.push(backupKey);

    staging = join(dirname(target), `.${basename(target)}.restoring-${randomBytes(6).toString('hex')}`);
    mkdirSync(staging, { mode: 0o700 });
    const manifest = await readBackupRecords(handle, file, opened, backupKey, stagingSink(staging));

    const paths = workspacePaths(staging);
    const restoredHeader = readWorkspaceHeader(paths.header);
    if (canonicalJson(restoredHeader) !== canonicalJson(preamble.header)) {
      throw damaged(file, 'its workspace.json differs from the header in its preamble');
    }
    for (const dir of [paths.vault, paths.exports, paths.backups])
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    const checked = await checkAndRecord(file, staging, dataKey, request.clock, request.anchorDir, {
      backupId: preamble.backupId,
      backupCreatedAt: preamble.createdAt,
      backupKind: preamble.kind,
      backupFile: basename(file),
      workspaceId: preamble.workspaceId,
    });
    await fsyncDirectory(staging);
    if (targetExisted) rmdirSync(target);
    await rename(staging, target);
    staging = null;
    await fsyncDirectory(dirname(target));
    return {
      directory: target,
      workspaceId: preamble.workspaceId,
      backupId: preamble.backupId,
      backupCreatedAt: preamble.createdAt,
      members: manifest.members.length,
      ...checked,
    };
  } finally {
    await handle.close();
    for (const key of keys) key.fill(0);
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}

/** Returns whether the (empty) target folder exists; refuses anything else. */
function checkTarget(target: string): boolean {
  let entries: string[];
  try {
    if (!statSync(target).isDirectory()) {
      throw new AppError('workspace_exists', `${target} is a file; restore into a new or empty folder.`, {
        directory: target,
      });
    }
    entries = readdirSync(target);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (errnoOf(error) !== 'ENOENT') throw error;
    if (!statSync(dirname(target), { throwIfNoEntry: false })?.isDirectory()) {
      throw new AppError('invalid_input', `The folder ${dirname(target)} does not exist; create it first.`, {
        directory: target,
      });
    }
    return false;
  }
  if (entries.length > 0) {
    const what = entries.includes('workspace.json') ? 'holds a workspace' : 'is not empty';
    throw new AppError(
      'workspace_exists',
      `${target} ${what}; a backup is restored only into a new or empty folder, never over existing files.`,
      { directory: target },
    );
  }
  return true;
}

async function unwrapWithPassphrase(
  file: string,
  header: WorkspaceHeader,
  passphrase: string,
  createdAt: string,
): Promise<Buffer> {
  const kek = await deriveKeyEncryptionKey(passphrase, header.kdf);
  try {
    return unwrapDataKey(header.wrappedKey, kek, header.workspaceId, header.kdf);
  } catch (error) {
    if (error instanceof WrongPassphraseError) {
      throw new AppError(
        'wrong_passphrase',
        `Wrong passphrase for the backup ${file}: it needs the passphrase the workspace had when the backup was made (${createdAt}). Nothing was restored.`,
        { file },
      );
    }
    throw error;
  } finally {
    kek.fill(0);
  }
}

/** Writes in flight at once per member; the reader hashes the next chunk meanwhile. */
const WRITE_WINDOW = 2;

/** Writes each member to its file in the staging folder and fsyncs it. */
function stagingSink(staging: string): MemberSink {
  let current: { handle: FileHandle; position: number; writes: Promise<void>[] } | null = null;
  return {
    async begin(name) {
      const path = join(staging, ...name.split('/'));
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      current = { handle: await open(path, 'wx', 0o600), position: 0, writes: [] };
    },
    async write(bytes) {
      if (!current) throw new AppError('internal', 'member bytes before its record head');
      const write = writeAllAt(current.handle, bytes, current.position);
      write.catch(() => undefined);
      current.writes.push(write);
      current.position += bytes.length;
      if (current.writes.length >= WRITE_WINDOW) await current.writes.shift();
    },
    async abort() {
      const open = current;
      current = null;
      await Promise.allSettled(open?.writes ?? []);
      await open?.handle.close().catch(() => undefined);
    },
    async end() {
      if (!current) return;
      const { handle, writes } = current;
      current = null;
      try {
        await Promise.all(writes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
  };
}

async function checkAndRecord(
  file: string,
  staging: string,
  dataKey: Buffer,
  clock: Clock,
  anchorDir: string | undefined,
  event: {
    backupId: string;
    backupCreatedAt: string;
    backupKind: string;
    backupFile: string;
    workspaceId: string;
  },
): Promise<{ evidenceBlobs: number; auditEvents: number }> {
  const paths = workspacePaths(staging);
  assertUnreadableWithoutKey(paths.database);
  const dbKey = deriveSubkey(dataKey, 'database');
  const vaultKey = deriveSubkey(dataKey, 'vault');
  let db: Db | null = null;
  try {
    db = openDatabase(paths.database, { key: dbKey, create: false });
    const open = db;
    const rows = open.pragma('integrity_check') as { integrity_check: string }[];
    const messages = rows.map((row) => row.integrity_check);
    if (messages.length !== 1 || messages[0] !== 'ok') {
      throw damaged(file, `its database fails PRAGMA integrity_check (${messages.slice(0, 3).join('; ')})`);
    }
    const profile = open
      .prepare('SELECT workspace_id, assessor_name FROM workspace_profile WHERE id = 1')
      .get() as { workspace_id: string; assessor_name: string } | undefined;
    if (profile?.workspace_id !== event.workspaceId) {
      throw damaged(file, 'its database belongs to another workspace than its header');
    }
    const audit = verifyAuditChain(open);
    if (!audit.ok) throw damaged(file, `its audit trail is broken: ${audit.firstBreak?.reason ?? 'unknown'}`);
    const blobs = open
      .prepare('SELECT DISTINCT blob_address, sha256 FROM evidence ORDER BY blob_address')
      .all() as { blob_address: string; sha256: string }[];
    for (const blob of blobs) {
      const path = join(paths.vault, blob.blob_address.slice(0, 2), blob.blob_address);
      if (!(await blobCommitsTo(vaultKey, path, blob.sha256))) {
        throw damaged(
          file,
          `the vault blob of evidence with SHA-256 ${blob.sha256} is missing or does not match`,
        );
      }
    }
    const at = clock.now();
    open.transaction(() => {
      appendAuditEvent(
        open,
        {
          actor: profile.assessor_name,
          action: 'workspace.restored',
          subjectType: 'workspace',
          subjectId: event.workspaceId,
          payload: {
            backupId: event.backupId,
            backupCreatedAt: event.backupCreatedAt,
            backupKind: event.backupKind,
            backupFile: event.backupFile,
            auditHeadAtBackup: { seq: audit.headSeq, hash: audit.headHash },
          },
        },
        at,
      );
    })();
    // The restored chain has a new head: the integrity anchor must be set for it now.
    setIntegrityAnchorAfterRestore({
      db: open,
      directory: staging,
      workspaceId: event.workspaceId,
      dataKey,
      anchorDir,
    });
    open.pragma('wal_checkpoint(TRUNCATE)');
    return { evidenceBlobs: blobs.length, auditEvents: audit.count + 1 };
  } finally {
    db?.close();
    dbKey.fill(0);
    vaultKey.fill(0);
  }
}
