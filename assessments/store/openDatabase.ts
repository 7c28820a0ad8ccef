import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError, DatabaseFromNewerVersionError } from '../api/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Raw 256-bit key; the passphrase never reaches SQLite. */
  key: Buffer;
  create: boolean;
}

/**
 * The one place a workspace database is opened: cipher first, then a read that proves the key,
 * then the version check (before anything writes), then durability settings and migrations.
 */
export function openDatabase(file: string, { key, create }: OpenDatabaseOptions): Db {
  const db = new Database(file, { fileMustExist: !create });
  try {
    // Owner-only, like the rest of the workspace; SQLite gives -wal and -shm the same mode.
    if (create && process.platform !== 'win32') chmodSync(file, 0o600);
    applyKey(db, key);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      throw new AppError(
        'workspace_corrupt',
        `${file} cannot be decrypted with this workspace's key (${(error as Error).message}).`,
        { file },
      );
    }
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > LATEST_SCHEMA_VERSION) throw new DatabaseFromNewerVersionError(found, LATEST_SCHEMA_VERSION);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, found);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new AppError('internal', 'Database key must be 32 bytes.');
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

function migrate(db: Db, from: number): void {
  const pending = MIGRATIONS.filter((migration) => migration.version > from);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

/**
 * Opens the file with no key, as someone holding a seized laptop would. It must not be readable;
 * if it is, the cipher silently did not apply and nothing may be written.
 */
export function assertUnreadableWithoutKey(file: string): void {
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    probe.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') return;
    throw new AppError(
      'encryption_self_test_failed',
      `Encryption self-test could not run on ${file}: ${(error as Error).message}`,
    );
  } finally {
    probe.close();
  }
  throw new AppError(
    'encryption_self_test_failed',
    `Encryption self-test failed: ${file} is readable without the key. Refusing to use it.`,
    { file },
  );
}
