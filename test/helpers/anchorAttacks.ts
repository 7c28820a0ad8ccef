import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createAssessment, saveAnswer } from '../../assessments/assessment/assessmentService';
import type { Clock } from '../../assessments/shared/clock';
import type { Db } from '../../assessments/store/openDatabase';
import { assessmentDeps, steppingClock, TEST_KDF_LOG_N, TEST_PASSPHRASE } from './workspace';
import { readWorkspaceHeader } from '../../assessments/workspace/header';
import { deriveKeyEncryptionKey, deriveSubkey, unwrapDataKey } from '../../assessments/workspace/keys';
import { WorkspaceSession } from '../../assessments/workspace/session';

/** A workspace under `root/ws` whose outside anchors go to `root/appdata/anchors`, as the app's do. */
export function anchoredSession(
  root: string,
  clock: Clock = steppingClock(),
  anchorDir = join(root, 'appdata', 'anchors'),
): WorkspaceSession {
  return new WorkspaceSession(join(root, 'ws'), { clock, kdfLogN: TEST_KDF_LOG_N, anchorDir });
}

/** Saves `count` answers (each one audit event) in a new or given assessment; returns its id. */
export function work(session: WorkspaceSession, clock: Clock, count: number, assessmentId?: string): string {
  const deps = assessmentDeps(session, clock);
  const id =
    assessmentId ??
    createAssessment(deps, {
      title: 'Rollback',
      destinationCountry: 'EG',
      endUserName: null,
      productDescription: null,
    }).id;
  for (let i = 0; i < count; i += 1)
    saveAnswer(deps, { assessmentId: id, questionId: `Q${i % 7}`, value: `v${i}` });
  return id;
}

/** The data key, as someone who knows the passphrase (or holds the unlocked machine) has it. */
export async function dataKeyOf(session: WorkspaceSession, passphrase = TEST_PASSPHRASE): Promise<Buffer> {
  const header = readWorkspaceHeader(session.paths.header);
  const kek = await deriveKeyEncryptionKey(passphrase, header.kdf);
  return unwrapDataKey(header.wrappedKey, kek, header.workspaceId, header.kdf);
}

/** Opens assay.db with its key in a plain SQLite connection: no app code, no triggers respected. */
export async function openAsAttacker(session: WorkspaceSession): Promise<Db> {
  const key = deriveSubkey(await dataKeyOf(session), 'database');
  const db = new Database(session.paths.database);
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  return db;
}

/** Copies assay.db (after a lock, so the WAL is empty) or the whole folder, and puts it back. */
export function copyDatabase(session: WorkspaceSession, to: string): void {
  cpSync(session.paths.database, to);
}

export function putDatabaseBack(session: WorkspaceSession, from: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${session.paths.database}${suffix}`, { force: true });
  cpSync(from, session.paths.database);
}

export function copyFolder(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

export function putFolderBack(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

export function fileBytes(file: string): Buffer | null {
  return existsSync(file) ? readFileSync(file) : null;
}
