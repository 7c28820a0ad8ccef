import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors';
import { createAssessment, saveAnswer } from '../assessment/assessmentService';
import { useTempDir } from '../../test/helpers/tempDir';
import { assessmentDeps, newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { readWorkspaceHeader, writeWorkspaceHeader } from './header';

function fingerprintTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else out[path] = `${info.mtimeMs}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    }
  };
  walk(root);
  return out;
}

async function errorCode(fn: () => unknown): Promise<string | undefined> {
  try {
    await fn();
  } catch (error) {
    return error instanceof AppError ? error.code : `non-app:${(error as Error).message}`;
  }
  return undefined;
}

describe('WorkspaceSession', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('creates a workspace whose database is not SQLite without the key and holds no answer text', async () => {
    const clock = steppingClock();
    const session = newSession(tmp.path, clock);
    expect(session.status().state).toBe('absent');
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    const assessment = createAssessment(assessmentDeps(session, clock), {
      title: 'Lawful intercept platform — Ministry of Interior',
      destinationCountry: 'EG',
      endUserName: 'Directorate of Technical Surveillance',
      productDescription: null,
    });
    const secret = 'Informant Z confirmed the unit targets bloggers';
    saveAnswer(assessmentDeps(session, clock), {
      assessmentId: assessment.id,
      questionId: 'A5',
      value: secret,
    });
    session.lock();

    const bytes = readFileSync(session.paths.database);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(bytes.includes(Buffer.from('Informant Z'))).toBe(false);
    expect(bytes.includes(Buffer.from('Directorate of Technical'))).toBe(false);
    const plain = new Database(session.paths.database, { readonly: true });
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    plain.close();

    const reopened = newSession(tmp.path, clock);
    expect(reopened.status().state).toBe('locked');
    await reopened.unlock(TEST_PASSPHRASE);
    const row = reopened.require().db.prepare('SELECT value_json FROM answers').get() as {
      value_json: string;
    };
    expect(JSON.parse(row.value_json)).toBe(secret);
    reopened.lock();
  });

  it('rejects a wrong passphrase clearly and leaves every file byte-identical', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.lock();
    const before = fingerprintTree(session.paths.root);
    const fresh = newSession(tmp.path);
    await expect(fresh.unlock('not the passphrase')).rejects.toThrow(/Wrong passphrase/);
    expect(await errorCode(() => fresh.unlock('not the passphrase'))).toBe('wrong_passphrase');
    expect(fresh.status().state).toBe('locked');
    expect(fingerprintTree(session.paths.root)).toEqual(before);
  });

  it('changes the passphrase without re-encrypting data: old one fails, new one opens', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    const oldSalt = readWorkspaceHeader(session.paths.header).kdf.salt;
    await session.changePassphrase(TEST_PASSPHRASE, 'a much better passphrase 42');
    expect(readWorkspaceHeader(session.paths.header).kdf.salt).not.toBe(oldSalt);
    session.lock();
    expect(await errorCode(() => newSession(tmp.path).unlock(TEST_PASSPHRASE))).toBe('wrong_passphrase');
    const reopened = newSession(tmp.path);
    await reopened.unlock('a much better passphrase 42');
    const actions = reopened
      .require()
      .db.prepare('SELECT action FROM audit_events ORDER BY seq')
      .pluck()
      .all();
    expect(actions).toEqual(['workspace.created', 'workspace.passphrase_changed', 'workspace.unlocked']);
    reopened.lock();
  });

  it('refuses to create over an existing workspace', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.lock();
    expect(await errorCode(() => newSession(tmp.path).create(TEST_PASSPHRASE, 'Someone'))).toBe(
      'workspace_exists',
    );
  });

  it('detects a header whose KDF parameters were weakened: unwrapping fails', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.lock();
    const header = readWorkspaceHeader(session.paths.header);
    writeWorkspaceHeader(session.paths.header, { ...header, kdf: { ...header.kdf, p: 2 } });
    expect(await errorCode(() => newSession(tmp.path).unlock(TEST_PASSPHRASE))).toBe('wrong_passphrase');
  });

  it('names the field of a malformed workspace.json', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.lock();
    const header = JSON.parse(readFileSync(session.paths.header, 'utf8')) as Record<string, unknown>;
    delete (header.kdf as Record<string, unknown>).salt;
    writeFileSync(session.paths.header, JSON.stringify(header));
    await expect(newSession(tmp.path).unlock(TEST_PASSPHRASE)).rejects.toThrow(
      /workspace\.json is not a valid workspace header: kdf\.salt/,
    );
    writeFileSync(session.paths.header, '{"format": ');
    expect(() => newSession(tmp.path).status()).toThrow(/workspace\.json is not valid JSON/);
  });

  it('refuses a database written by a newer schema, without changing it', async () => {
    const session = newSession(tmp.path);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    session.require().db.pragma('user_version = 999');
    session.lock();
    const before = fingerprintTree(session.paths.root);
    const reopened = newSession(tmp.path);
    await expect(reopened.unlock(TEST_PASSPHRASE)).rejects.toThrow(/newer version of Assay \(schema 999/);
    expect(reopened.status().state).toBe('locked');
    expect(fingerprintTree(session.paths.root)).toEqual(before);
  });
});
