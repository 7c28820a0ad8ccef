import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError, WorkspaceLockedError } from '../api/errors';
import { appendAuditEvent } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import { assertUnreadableWithoutKey, openDatabase, type Db } from '../store/openDatabase';
import {
  readWorkspaceHeader,
  writeWorkspaceHeader,
  WORKSPACE_FORMAT,
  WORKSPACE_FORMAT_VERSION,
} from './header';
import {
  DATA_KEY_BYTES,
  deriveKeyEncryptionKey,
  deriveSubkey,
  newKdfParams,
  unwrapDataKey,
  wrapDataKey,
} from './keys';
import { workspacePaths, type WorkspacePaths } from './paths';

export type WorkspaceState = 'absent' | 'locked' | 'unlocked';

export interface WorkspaceStatus {
  state: WorkspaceState;
  directory: string;
  workspaceId: string | null;
  assessorName: string | null;
}

export interface Unlocked {
  db: Db;
  actor: string;
  workspaceId: string;
  vaultKey: Buffer;
}

export interface WorkspaceSessionOptions {
  clock: Clock;
  /** scrypt cost for newly written headers; tests lower it, never below the header's minimum. */
  kdfLogN?: number;
  onChange?: (status: WorkspaceStatus) => void;
}

/** One workspace folder and, while unlocked, its open database and keys. */
export class WorkspaceSession {
  readonly paths: WorkspacePaths;
  private unlocked: (Unlocked & { dataKey: Buffer }) | null = null;

  constructor(
    root: string,
    private readonly options: WorkspaceSessionOptions,
  ) {
    this.paths = workspacePaths(root);
  }

  status(): WorkspaceStatus {
    if (this.unlocked) {
      return {
        state: 'unlocked',
        directory: this.paths.root,
        workspaceId: this.unlocked.workspaceId,
        assessorName: this.unlocked.actor,
      };
    }
    if (!existsSync(this.paths.header)) {
      return { state: 'absent', directory: this.paths.root, workspaceId: null, assessorName: null };
    }
    return {
      state: 'locked',
      directory: this.paths.root,
      workspaceId: readWorkspaceHeader(this.paths.header).workspaceId,
      assessorName: null,
    };
  }

  create(passphrase: string, assessorName: string): WorkspaceStatus {
    const { paths } = this;
    if (existsSync(paths.header)) {
      throw new AppError('workspace_exists', `A workspace already exists in ${paths.root}.`, {
        directory: paths.root,
      });
    }
    if (existsSync(paths.database)) {
      throw new AppError(
        'workspace_exists',
        `${paths.database} exists but ${paths.header} does not; move the folder's contents away or choose an empty folder.`,
        { directory: paths.root },
      );
    }
    this.lock();
    for (const dir of [paths.root, paths.vault, paths.exports, paths.backups]) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    }

    const workspaceId = randomUUID();
    const createdAt = this.options.clock.now();
    const kdf = newKdfParams(this.options.kdfLogN);
    const dataKey = randomBytes(DATA_KEY_BYTES);
    const kek = deriveKeyEncryptionKey(passphrase, kdf);
    const wrappedKey = wrapDataKey(dataKey, kek, workspaceId, kdf);
    kek.fill(0);

    let db: Db | null = null;
    try {
      db = openDatabase(paths.database, { key: deriveSubkey(dataKey, 'database'), create: true });
      const open = db;
      open.transaction(() => {
        open
          .prepare(
            `INSERT INTO workspace_profile (id, workspace_id, assessor_name, created_at)
             VALUES (1, $workspaceId, $assessorName, $createdAt)`,
          )
          .run({ workspaceId, assessorName, createdAt: createdAt.toISOString() });
        appendAuditEvent(
          open,
          {
            actor: assessorName,
            action: 'workspace.created',
            subjectType: 'workspace',
            subjectId: workspaceId,
            payload: {
              formatVersion: WORKSPACE_FORMAT_VERSION,
              kdf: { name: kdf.name, logN: kdf.logN, r: kdf.r, p: kdf.p },
            },
          },
          createdAt,
        );
      })();
      assertUnreadableWithoutKey(paths.database);
      // The header is written last: until it exists, nothing can unlock a half-made workspace.
      writeWorkspaceHeader(paths.header, {
        format: WORKSPACE_FORMAT,
        formatVersion: WORKSPACE_FORMAT_VERSION,
        workspaceId,
        createdAt: createdAt.toISOString(),
        kdf,
        wrappedKey,
      });
    } catch (error) {
      db?.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${paths.database}${suffix}`, { force: true });
      dataKey.fill(0);
      throw error;
    }
    this.unlocked = {
      db,
      dataKey,
      actor: assessorName,
      workspaceId,
      vaultKey: deriveSubkey(dataKey, 'vault'),
    };
    this.emit();
    return this.status();
  }

  unlock(passphrase: string): WorkspaceStatus {
    const header = readWorkspaceHeader(this.paths.header);
    const kek = deriveKeyEncryptionKey(passphrase, header.kdf);
    const dataKey = unwrapDataKey(header.wrappedKey, kek, header.workspaceId, header.kdf);
    kek.fill(0);
    if (this.unlocked) {
      const same = this.unlocked.dataKey.equals(dataKey);
      dataKey.fill(0);
      if (same) return this.status();
      this.lock();
      return this.unlock(passphrase);
    }
    if (!existsSync(this.paths.database)) {
      dataKey.fill(0);
      throw new AppError(
        'workspace_corrupt',
        `${this.paths.database} is missing; restore it from a backup.`,
        {
          file: this.paths.database,
        },
      );
    }
    let db: Db;
    try {
      db = openDatabase(this.paths.database, { key: deriveSubkey(dataKey, 'database'), create: false });
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    try {
      assertUnreadableWithoutKey(this.paths.database);
      const profile = db
        .prepare('SELECT workspace_id, assessor_name FROM workspace_profile WHERE id = 1')
        .get() as { workspace_id: string; assessor_name: string } | undefined;
      if (!profile || profile.workspace_id !== header.workspaceId) {
        throw new AppError(
          'workspace_corrupt',
          `${this.paths.database} does not belong to the workspace described by ${this.paths.header}.`,
        );
      }
      db.transaction(() => {
        appendAuditEvent(
          db,
          {
            actor: profile.assessor_name,
            action: 'workspace.unlocked',
            subjectType: 'workspace',
            subjectId: header.workspaceId,
            payload: {},
          },
          this.options.clock.now(),
        );
      })();
      this.unlocked = {
        db,
        dataKey,
        actor: profile.assessor_name,
        workspaceId: header.workspaceId,
        vaultKey: deriveSubkey(dataKey, 'vault'),
      };
    } catch (error) {
      db.close();
      dataKey.fill(0);
      throw error;
    }
    this.emit();
    return this.status();
  }

  lock(): WorkspaceStatus {
    const current = this.unlocked;
    if (current) {
      this.unlocked = null;
      try {
        current.db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        current.db.close();
        current.dataKey.fill(0);
        current.vaultKey.fill(0);
      }
      this.emit();
    }
    return this.status();
  }

  changePassphrase(currentPassphrase: string, nextPassphrase: string): WorkspaceStatus {
    const open = this.require();
    const header = readWorkspaceHeader(this.paths.header);
    const currentKek = deriveKeyEncryptionKey(currentPassphrase, header.kdf);
    const check = unwrapDataKey(header.wrappedKey, currentKek, header.workspaceId, header.kdf);
    currentKek.fill(0);
    const matches = check.equals(open.dataKey);
    check.fill(0);
    if (!matches) {
      throw new AppError('workspace_corrupt', `${this.paths.header} no longer matches the open workspace.`);
    }
    const kdf = newKdfParams(Math.max(this.options.kdfLogN ?? header.kdf.logN, 14));
    const nextKek = deriveKeyEncryptionKey(nextPassphrase, kdf);
    const wrappedKey = wrapDataKey(open.dataKey, nextKek, header.workspaceId, kdf);
    nextKek.fill(0);
    // The data key does not change, so the database and vault need no re-encryption; only the
    // header is replaced, atomically, inside the transaction that records the change.
    open.db.transaction(() => {
      appendAuditEvent(
        open.db,
        {
          actor: open.actor,
          action: 'workspace.passphrase_changed',
          subjectType: 'workspace',
          subjectId: open.workspaceId,
          payload: { kdf: { name: kdf.name, logN: kdf.logN, r: kdf.r, p: kdf.p } },
        },
        this.options.clock.now(),
      );
      writeWorkspaceHeader(this.paths.header, { ...header, kdf, wrappedKey });
    })();
    return this.status();
  }

  /** The open workspace, or a WorkspaceLockedError for every operation that needs data. */
  require(): Unlocked & { dataKey: Buffer } {
    if (!this.unlocked) throw new WorkspaceLockedError();
    return this.unlocked;
  }

  private emit(): void {
    this.options.onChange?.(this.status());
  }
}
