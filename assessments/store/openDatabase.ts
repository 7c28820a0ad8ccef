import { chmodSync, closeSync, fstatSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError, DatabaseFromNewerVersionError } from '../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Raw 256-bit key; the passphrase never reaches SQLite. The caller owns (and zeroes) it. */
  key: Buffer;
  create: boolean;
}

export interface OpenedDatabase {
  db: Db;
  /**
   * False when `PRAGMA quick_check` found damage: the connection is then `query_only` (every write
   * fails) and no migration ran, so nothing is appended to a damaged file.
   */
  intact: boolean;
  integrityMessages: string[];
}

/** The one place a workspace database is opened; see {@link openWorkspaceDatabase}. */
export function openDatabase(file: string, options: OpenDatabaseOptions): Db {
  return openWorkspaceDatabase(file, options).db;
}

/**
 * Cipher first, then a read that proves the key, then the version check (before anything writes),
 * then an integrity check, durability settings and migrations. An existing file is inspected before
 * SQLite sees it: an empty or plain-SQLite `assay.db` is refused, never migrated.
 */
export function openWorkspaceDatabase(file: string, { key, create }: OpenDatabaseOptions): OpenedDatabase {
  if (!create) assertLooksEncrypted(file);
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
        `${file} cannot be decrypted with this workspace's key (${(error as Error).message}); expected the workspace's encrypted Assay database, found another file or a damaged one.`,
        { file },
      );
    }
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > LATEST_SCHEMA_VERSION) throw new DatabaseFromNewerVersionError(found, LATEST_SCHEMA_VERSION);
    if (!create && found === 0) {
      throw new AppError(
        'workspace_corrupt',
        `${file} decrypts but holds no Assay schema (user_version 0); expected a database created by Assay. It was not changed.`,
        { file },
      );
    }
    const integrityMessages = create ? ['ok'] : quickCheck(db);
    const intact = integrityMessages.length === 1 && integrityMessages[0] === 'ok';
    if (!intact) {
      db.pragma('query_only = ON');
      return { db, intact, integrityMessages };
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, found);
    return { db, intact, integrityMessages };
  } catch (error) {
    db.close();
    throw error;
  }
}

const SQLITE_PLAIN_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** Refuses an empty or unencrypted `assay.db` before SQLite (or a migration) can touch it. */
function assertLooksEncrypted(file: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new AppError('workspace_corrupt', `Cannot read ${file}: ${(error as Error).message}`, { file });
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) {
      throw new AppError(
        'workspace_corrupt',
        `${file} is empty (0 bytes); expected the workspace's encrypted Assay database. Restore it from a backup.`,
        { file, size },
      );
    }
    const head = Buffer.alloc(SQLITE_PLAIN_MAGIC.length);
    readSync(fd, head, 0, head.length, 0);
    if (head.equals(SQLITE_PLAIN_MAGIC)) {
      throw new AppError(
        'workspace_corrupt',
        `${file} is a plain, unencrypted SQLite database; expected the workspace's encrypted Assay database. It was not opened or changed.`,
        { file },
      );
    }
  } finally {
    closeSync(fd);
  }
}

/** `PRAGMA quick_check`; damage that makes SQLite throw is reported as a message too. */
function quickCheck(db: Db): string[] {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.map((row) => row.quick_check);
  } catch (error) {
    return [(error as Error).message];
  }
}

/**
 * SQLCipher's raw-key form `x'<64 hex digits>'`, built in a Buffer and handed to `sqlite3_key`
 * through `db.key()`: the key never appears in SQL text or in a JavaScript string (which could not
 * be wiped). The buffer is zeroed as soon as SQLite has taken it.
 */
function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new AppError('internal', 'Database key must be 32 bytes.');
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  const rawKeyForm = rawKeyBuffer(key);
  try {
    db.key(rawKeyForm);
  } finally {
    rawKeyForm.fill(0);
  }
}

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

/** `x'…'` in ASCII bytes, written digit by digit so no hex string is ever made. */
export function rawKeyBuffer(key: Buffer): Buffer {
  const out = Buffer.alloc(3 + key.length * 2);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < key.length; i += 1) {
    const byte = key[i] ?? 0;
    out[2 + i * 2] = HEX_DIGITS[byte >> 4] ?? 0;
    out[3 + i * 2] = HEX_DIGITS[byte & 0x0f] ?? 0;
  }
  out[out.length - 1] = 0x27;
  return out;
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
