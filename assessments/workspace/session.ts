import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError, WorkspaceLockedError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import {
  assertUnreadableWithoutKey,
  openWorkspaceDatabase,
  type Db,
  type OpenedDatabase,
} from '../store/openDatabase';
import type { Unlocked } from '../store/unlocked';
import {
  MIN_KDF_LOG_N,
  readWorkspaceHeader,
  writeWorkspaceHeader,
  type WorkspaceHeader,
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
import { autoBackupBeforeLock } from './backup/autoBackup';
import { workspacePaths, type WorkspacePaths } from './paths';
import {
  anchorForDatabaseHead,
  assertWorkspaceAnchored,
  recordWorkspaceAnchors,
} from './anchor/workspaceAnchor';
import { assertStrongPassphrase } from './passphraseStrength';
import { checkWorkspacePermissions, restrictWorkspaceFolder } from './permissions';
import { acquireProcessLock, type ProcessLock } from './processLock';

export type WorkspaceState = 'absent' | 'locked' | 'unlocked';

export interface WorkspaceStatus {
  state: WorkspaceState;
  directory: string;
  workspaceId: string | null;
  assessorName: string | null;
  /** Unlocked but damaged (`PRAGMA quick_check` failed): readable, every write refused. */
  readOnly?: boolean;
  /** Problems the person should see while the workspace is open (a banner). */
  warnings?: string[];
}

export interface WorkspaceSessionOptions {
  clock: Clock;
  /** scrypt cost for newly written headers; tests lower it, never below the header's minimum. */
  kdfLogN?: number;
  onChange?: (status: WorkspaceStatus) => void;
  /** Whether the folder's filesystem keeps POSIX modes; probed with chmod when absent (tests set it). */
  supportsPosixModes?: (dir: string) => boolean;
  /** Per-user application-data folder for outside anchors (see anchor/); none keeps only the header's. */
  anchorDir?: string;
}

/** One workspace folder and, while unlocked, its open database and keys. */
export class WorkspaceSession {
  readonly paths: WorkspacePaths;
  private unlocked: (Unlocked & { dataKey: Buffer }) | null = null;
  /** Held from unlock (or create) to lock: one Assay process per workspace. */
  private processLock: ProcessLock | null = null;
  private warnings: string[] = [];
  /** create, unlock and changePassphrase await scrypt; they run one at a time. */
  private queue: Promise<unknown> = Promise.resolve();

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
        readOnly: this.unlocked.readOnly,
        warnings: [...this.warnings],
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

  create(passphrase: string, assessorName: string): Promise<WorkspaceStatus> {
    return this.serialize(() => this.createNow(passphrase, assessorName));
  }

  private async createNow(passphrase: string, assessorName: string): Promise<WorkspaceStatus> {
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
    await assertStrongPassphrase(passphrase, 'passphrase', [assessorName]);
    this.lock();
    for (const dir of [paths.root, paths.vault, paths.exports, paths.backups]) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    }
    // mkdir's mode does not apply to a folder that already existed.
    restrictWorkspaceFolder(paths.root);
    const processLock = acquireProcessLock(paths.root);

    const workspaceId = randomUUID();
    const createdAt = this.options.clock.now();
    const kdf = newKdfParams(this.options.kdfLogN);
    const dataKey = randomBytes(DATA_KEY_BYTES);

    let db: Db | null = null;
    try {
      const kek = await deriveKeyEncryptionKey(passphrase, kdf);
      const wrappedKey = wrapDataKey(dataKey, kek, workspaceId, kdf);
      kek.fill(0);
      db = openWithDataKey(paths.database, dataKey, true).db;
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
        anchor: anchorForDatabaseHead(open, dataKey, workspaceId),
      });
      recordWorkspaceAnchors({ db: open, dataKey, workspaceId, paths, anchorDir: this.options.anchorDir });
    } catch (error) {
      db?.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${paths.database}${suffix}`, { force: true });
      dataKey.fill(0);
      processLock.release();
      throw error;
    }
    this.processLock = processLock;
    this.warnings = [];
    this.unlocked = {
      db,
      dataKey,
      actor: assessorName,
      workspaceId,
      vaultKey: deriveSubkey(dataKey, 'vault'),
      readOnly: false,
    };
    this.emit();
    return this.status();
  }

  unlock(passphrase: string): Promise<WorkspaceStatus> {
    return this.serialize(() => this.unlockNow(passphrase));
  }

  private async unlockNow(passphrase: string): Promise<WorkspaceStatus> {
    // The header's schema caps the KDF cost, so a tampered header is refused before any scrypt work.
    const header = readWorkspaceHeader(this.paths.header);
    if (this.unlocked) {
      const dataKey = await unwrapWithPassphrase(passphrase, header);
      const same = this.unlocked?.dataKey.equals(dataKey) ?? false;
      dataKey.fill(0);
      if (same) return this.status();
      this.lock();
    }
    const warnings = checkWorkspacePermissions(this.paths, {
      supportsPosixModes: this.options.supportsPosixModes,
    });
    const processLock = acquireProcessLock(this.paths.root);
    let dataKey: Buffer;
    let db: Db;
    let intact: boolean;
    try {
      dataKey = await unwrapWithPassphrase(passphrase, header);
      if (!existsSync(this.paths.database)) {
        dataKey.fill(0);
        throw new AppError(
          'workspace_corrupt',
          `${this.paths.database} is missing; expected the workspace's encrypted database. Restore it from a backup.`,
          { file: this.paths.database },
        );
      }
      try {
        ({ db, intact } = openWithDataKey(this.paths.database, dataKey, false));
      } catch (error) {
        dataKey.fill(0);
        throw error;
      }
    } catch (error) {
      processLock.release();
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
      // Refused before anything is written: an older copy of the database, or a wiped tail.
      warnings.push(
        ...assertWorkspaceAnchored(
          {
            db,
            dataKey,
            workspaceId: header.workspaceId,
            paths: this.paths,
            anchorDir: this.options.anchorDir,
          },
          header,
        ),
      );
      // A damaged database is opened read-only: not even the unlock event is appended to it.
      if (intact) {
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
        recordWorkspaceAnchors({
          db,
          dataKey,
          workspaceId: header.workspaceId,
          paths: this.paths,
          anchorDir: this.options.anchorDir,
        });
      }
      this.processLock = processLock;
      this.warnings = intact
        ? warnings
        : [
            ...warnings,
            `${this.paths.database} failed its integrity check (PRAGMA quick_check); it is open read-only and no change can be saved. Restore it from a backup.`,
          ];
      this.unlocked = {
        db,
        dataKey,
        actor: profile.assessor_name,
        workspaceId: header.workspaceId,
        vaultKey: deriveSubkey(dataKey, 'vault'),
        readOnly: !intact,
      };
    } catch (error) {
      db.close();
      dataKey.fill(0);
      processLock.release();
      throw error;
    }
    this.emit();
    return this.status();
  }

  lock(): WorkspaceStatus {
    const current = this.unlocked;
    if (current) {
      autoBackupBeforeLock(this); // backup/autoBackup.ts: freezes a copy now if one is due; never throws
      this.unlocked = null;
      this.warnings = [];
      try {
        if (!current.readOnly) current.db.pragma('wal_checkpoint(TRUNCATE)');
        if (!current.readOnly)
          recordWorkspaceAnchors({ ...current, paths: this.paths, anchorDir: this.options.anchorDir });
      } finally {
        current.db.close();
        current.dataKey.fill(0);
        current.vaultKey.fill(0);
        this.processLock?.release();
        this.processLock = null;
      }
      this.emit();
    }
    return this.status();
  }

  changePassphrase(currentPassphrase: string, nextPassphrase: string): Promise<WorkspaceStatus> {
    return this.serialize(() => this.changePassphraseNow(currentPassphrase, nextPassphrase));
  }

  private async changePassphraseNow(
    currentPassphrase: string,
    nextPassphrase: string,
  ): Promise<WorkspaceStatus> {
    const open = this.requireWritable();
    await assertStrongPassphrase(nextPassphrase, 'new passphrase', [open.actor]);
    const header = readWorkspaceHeader(this.paths.header);
    const check = await unwrapWithPassphrase(currentPassphrase, header);
    const matches = check.equals(open.dataKey);
    check.fill(0);
    if (!matches) {
      throw new AppError(
        'workspace_corrupt',
        `${this.paths.header} no longer matches the open workspace; expected the key it wraps to be the open workspace's key.`,
        { file: this.paths.header },
      );
    }
    const kdf = newKdfParams(Math.max(this.options.kdfLogN ?? header.kdf.logN, MIN_KDF_LOG_N));
    const nextKek = await deriveKeyEncryptionKey(nextPassphrase, kdf);
    const wrappedKey = wrapDataKey(open.dataKey, nextKek, header.workspaceId, kdf);
    nextKek.fill(0);
    if (this.unlocked !== open) throw new WorkspaceLockedError();
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

  /** Where this session keeps the outside anchor, if anywhere (verification reads it). */
  get anchorDir(): string | undefined {
    return this.options.anchorDir;
  }

  /** The open workspace, or a WorkspaceLockedError for every operation that needs data. */
  require(): Unlocked & { dataKey: Buffer } {
    if (!this.unlocked) throw new WorkspaceLockedError();
    return this.unlocked;
  }

  /** As {@link require}, but refuses a workspace opened read-only because it is damaged. */
  requireWritable(): Unlocked & { dataKey: Buffer } {
    const open = this.require();
    if (open.readOnly) throw new WorkspaceReadOnlyError(this.paths.database);
    return open;
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private emit(): void {
    this.options.onChange?.(this.status());
  }
}

export class WorkspaceReadOnlyError extends AppError {
  constructor(file: string) {
    super(
      'workspace_read_only',
      `${file} failed its integrity check, so the workspace is open read-only and the change was not saved. Restore it from a backup.`,
      { file },
    );
    this.name = 'WorkspaceReadOnlyError';
  }
}

async function unwrapWithPassphrase(passphrase: string, header: WorkspaceHeader): Promise<Buffer> {
  const kek = await deriveKeyEncryptionKey(passphrase, header.kdf);
  try {
    return unwrapDataKey(header.wrappedKey, kek, header.workspaceId, header.kdf);
  } finally {
    kek.fill(0);
  }
}

/** The database key lives only for the open call: SQLite keeps its own copy. */
function openWithDataKey(file: string, dataKey: Buffer, create: boolean): OpenedDatabase {
  const databaseKey = deriveSubkey(dataKey, 'database');
  try {
    return openWorkspaceDatabase(file, { key: databaseKey, create });
  } finally {
    databaseKey.fill(0);
  }
}
