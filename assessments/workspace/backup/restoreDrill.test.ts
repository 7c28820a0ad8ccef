import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { unwrapEnvelope as value } from '../../../test/helpers/envelope';
import { reportWorkspace, type ReportWorkspace } from '../../../test/helpers/reportWorkspace';
import { useTempDir } from '../../../test/helpers/tempDir';
import {
  REPO_TEMPLATES,
  steppingClock,
  TEST_KDF_LOG_N,
  TEST_PASSPHRASE,
} from '../../../test/helpers/workspace';
import { dispatch, type Handlers } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';
import type { Db } from '../../store/openDatabase';
import { TemplateLibrary } from '../../templates/templateLibrary';
import { WorkspaceSession } from '../session';
import { BACKUP_TAG_BYTES } from './backupFormat';
import { backupWorkspace } from './backupService';
import { openBackupFile, readPreamble } from './readBackup';
import Database from 'better-sqlite3-multiple-ciphers';
import { takeBackupSnapshot } from './snapshot';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/reference/', import.meta.url));
const SMALL_CHUNK = 4096;

/** Every row of every table, sorted, so two databases can be compared whole. */
function dumpTables(db: Db): Record<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      (db.prepare(`SELECT * FROM "${table}"`).all() as unknown[])
        .map((row) =>
          JSON.stringify(row, (_key, v: unknown) =>
            Buffer.isBuffer(v) ? v.toString('base64') : (v as unknown),
          ),
        )
        .sort(),
    ]),
  );
}

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else
        out[child] = createHash('sha256')
          .update(readFileSync(join(dir, child)))
          .digest('hex');
    }
  };
  if (existsSync(dir)) walk('');
  return out;
}

function openCore(root: string, anchorDir?: string): { session: WorkspaceSession; handlers: Handlers } {
  const clock = steppingClock(Date.parse('2026-02-01T10:00:00.000Z'));
  const session = new WorkspaceSession(root, { clock, kdfLogN: TEST_KDF_LOG_N, anchorDir });
  const handlers = createHandlers({
    session,
    clock,
    library: new TemplateLibrary(REPO_TEMPLATES),
  });
  return { session, handlers };
}

describe('restore drill: back up, destroy, restore, compare', () => {
  const tmp = useTempDir('assay-backup-drill-');
  let ws: ReportWorkspace;
  let backupFile: string;
  let tamperBase: string;
  let before: Record<string, string[]>;
  let vaultBefore: Record<string, string>;
  let headerBefore: string;
  let identitiesBefore: unknown;

  beforeAll(async () => {
    ws = await reportWorkspace(join(tmp.path, 'original'));
    await value(
      dispatch(ws.handlers, 'identity.create', {
        name: 'Dr. Lena Brandt',
        organisation: 'Export Control Office',
        email: 'lena@example.org',
      }),
    );
    await value(dispatch(ws.handlers, 'reference.import', { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv` }));
    await value(dispatch(ws.handlers, 'settings.set', { screeningMaxListAgeDays: 120, backupKeepCount: 3 }));
    backupFile = join(tmp.path, 'drill.assaybackup');
    await value(dispatch(ws.handlers, 'workspace.backup', { path: backupFile }));
    tamperBase = join(tmp.path, 'small-chunks.assaybackup');
    await backupWorkspace(ws.session, steppingClock(), tamperBase, { chunkSize: SMALL_CHUNK });
    before = dumpTables(ws.session.require().db);
    identitiesBefore = await value(dispatch(ws.handlers, 'identity.list', {}));
    vaultBefore = hashTree(ws.session.paths.vault);
    headerBefore = readFileSync(ws.session.paths.header, 'utf8');
    ws.session.lock();
    // Destroy the original: nothing of it survives but the backup files.
    rmSync(ws.session.paths.root, { recursive: true, force: true });
  }, 120_000);

  afterAll(() => tmp.cleanup());

  it('restores every assessment, answer revision, evidence blob, audit event, identity and dataset', async () => {
    const target = join(tmp.path, 'restored');
    const anchorDir = join(tmp.path, 'app-data-anchors');
    const { session, handlers } = openCore(target, anchorDir);
    const result = await value<{ workspaceId: string; evidenceBlobs: number; auditEvents: number }>(
      dispatch(handlers, 'workspace.restore', { path: backupFile, passphrase: TEST_PASSPHRASE }),
    );
    expect(result.workspaceId).toBe(JSON.parse(headerBefore).workspaceId);
    expect(result.evidenceBlobs).toBe(2);
    // The header is the original's, with an integrity anchor for the restored chain's new head,
    // also kept outside the folder: the first unlock must not read the restore as a rollback.
    const { anchor, ...header } = JSON.parse(readFileSync(join(target, 'workspace.json'), 'utf8')) as {
      anchor?: { seq: number };
    };
    const { anchor: _anchorBefore, ...original } = JSON.parse(headerBefore) as { anchor?: unknown };
    expect(header).toEqual(original);
    expect(anchor?.seq).toBeGreaterThan(0);
    expect(readdirSync(anchorDir)).toEqual([`${result.workspaceId}.json`]);
    expect(hashTree(join(target, 'vault'))).toEqual(vaultBefore);
    expect(existsSync(join(target, 'exports'))).toBe(true);
    expect(existsSync(join(target, 'backups'))).toBe(true);

    await value(dispatch(handlers, 'workspace.unlock', { passphrase: TEST_PASSPHRASE }));
    const after = dumpTables(session.require().db);
    const { audit_events: auditAfter = [], audit_head: _headAfter, ...restAfter } = after;
    const { audit_events: auditBefore = [], audit_head: _headBefore, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(Object.keys(restBefore)).toEqual(
      expect.arrayContaining(['assessments', 'answers', 'evidence', 'decisions', 'signing_identities']),
    );
    expect((restBefore.answers ?? []).length).toBeGreaterThan(10);
    // The original chain, unchanged, then the restore and the unlock that followed it.
    const bySeq = (rows: string[]) =>
      rows.map((row) => JSON.parse(row) as { seq: number; action: string }).sort((a, b) => a.seq - b.seq);
    const restoredEvents = bySeq(auditAfter);
    expect(restoredEvents.slice(0, auditBefore.length)).toEqual(bySeq(auditBefore));
    expect(restoredEvents.slice(auditBefore.length).map((event) => event.action)).toEqual([
      'workspace.restored',
      'workspace.unlocked',
    ]);
    expect(await value(dispatch(handlers, 'identity.list', {}))).toEqual(identitiesBefore);
    const vault = await value<{ ok: boolean }>(dispatch(handlers, 'vault.verify', {}));
    expect(vault.ok).toBe(true);
    const verified = await value<{ ok: boolean }>(dispatch(handlers, 'workspace.verify', {}));
    expect(verified, JSON.stringify(verified)).toMatchObject({ ok: true });
    expect(await value(dispatch(handlers, 'settings.get', {}))).toMatchObject({
      screeningMaxListAgeDays: 120,
      backupKeepCount: 3,
    });
    session.lock();
  }, 60_000);

  describe('a damaged backup is refused and nothing is written into the target', () => {
    const tampered = (name: string, change: (bytes: Buffer, bodyStart: number) => Buffer) => {
      const bytes = readFileSync(tamperBase);
      const length = bytes.readUInt32BE(8);
      const path = join(tmp.path, `${name}.assaybackup`);
      writeFileSync(path, change(Buffer.from(bytes), 12 + length));
      return path;
    };
    const piece = SMALL_CHUNK + BACKUP_TAG_BYTES;

    async function expectRefused(file: string, code: string, message: RegExp, targetName: string) {
      const target = join(tmp.path, targetName);
      const { handlers } = openCore(target);
      const result = await dispatch(handlers, 'workspace.restore', {
        path: file,
        passphrase: TEST_PASSPHRASE,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(tmp.path).filter((name) => name.includes('.restoring-'))).toEqual([]);
    }

    it('a byte flipped in the middle', async () => {
      const file = tampered('flipped', (bytes) => {
        const middle = Math.floor(bytes.length / 2);
        bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
        return bytes;
      });
      await expectRefused(file, 'workspace_corrupt', /chunk \d+ of \d+ .*failed authentication/, 't-flip');
    });

    it('the tail cut at a chunk boundary', async () => {
      const file = tampered('cut-boundary', (bytes, start) => {
        const chunks = Math.ceil((bytes.length - start) / piece);
        return bytes.subarray(0, start + (chunks - 2) * piece);
      });
      await expectRefused(file, 'workspace_corrupt', /truncated/, 't-cut-boundary');
    });

    it('the tail cut inside a chunk', async () => {
      const file = tampered('cut-inside', (bytes) => bytes.subarray(0, bytes.length - 1000));
      await expectRefused(file, 'workspace_corrupt', /failed authentication|truncated/, 't-cut-inside');
    });

    it('two chunks swapped', async () => {
      const file = tampered('swapped', (bytes, start) => {
        const a = Buffer.from(bytes.subarray(start + 3 * piece, start + 4 * piece));
        const b = Buffer.from(bytes.subarray(start + 4 * piece, start + 5 * piece));
        b.copy(bytes, start + 3 * piece);
        a.copy(bytes, start + 4 * piece);
        return bytes;
      });
      await expectRefused(file, 'workspace_corrupt', /chunk 4 of \d+ .*failed authentication/, 't-swap');
    });

    it('bytes appended', async () => {
      const file = tampered('appended', (bytes) => Buffer.concat([bytes, Buffer.alloc(100, 7)]));
      await expectRefused(file, 'workspace_corrupt', /failed authentication|truncated/, 't-append');
    });

    it('the plaintext preamble edited', async () => {
      const file = tampered('preamble', (bytes) => {
        const text = bytes.toString('latin1');
        const at = text.indexOf('"backupId":"') + '"backupId":"'.length;
        bytes.write(text[at] === '0' ? '1' : '0', at, 'latin1');
        return bytes;
      });
      await expectRefused(
        file,
        'workspace_corrupt',
        /chunk 1 of \d+.*preamble was changed|preamble is invalid/,
        't-pre',
      );
    });

    it('a file that is not a backup', async () => {
      const file = join(tmp.path, 'not-a-backup.assaybackup');
      writeFileSync(file, 'hello, world\n');
      await expectRefused(file, 'workspace_corrupt', /not an Assay backup/, 't-foreign');
    });

    it('the wrong passphrase', async () => {
      const target = join(tmp.path, 't-wrong');
      const { handlers } = openCore(target);
      const result = await dispatch(handlers, 'workspace.restore', {
        path: tamperBase,
        passphrase: 'not the passphrase at all',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
      expect(existsSync(target)).toBe(false);
    });

    it('a target folder that is not empty, leaving its files alone', async () => {
      const target = join(tmp.path, 't-occupied');
      mkdirSync(target);
      writeFileSync(join(target, 'notes.txt'), 'mine');
      const { handlers } = openCore(target);
      const result = await dispatch(handlers, 'workspace.restore', {
        path: tamperBase,
        passphrase: TEST_PASSPHRASE,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'workspace_exists' } });
      expect(readdirSync(target)).toEqual(['notes.txt']);
    });

    it('restores the intact small-chunk backup into an empty existing folder', async () => {
      const target = join(tmp.path, 't-empty');
      mkdirSync(target);
      const { handlers } = openCore(target);
      await value(dispatch(handlers, 'workspace.restore', { path: tamperBase, passphrase: TEST_PASSPHRASE }));
      expect(existsSync(join(target, 'assay.db'))).toBe(true);
    });
  });
});

describe('backup file', () => {
  const tmp = useTempDir('assay-backup-file-');
  afterAll(() => tmp.cleanup());

  it('carries a VACUUM INTO copy that is encrypted with the workspace key, and a readable preamble', async () => {
    const ws = await reportWorkspace(join(tmp.path, 'ws'), { decide: false });
    const snapshot = takeBackupSnapshot(ws.session, 'manual', new Date());
    try {
      const copy = snapshot.source.members.find((member) => member.name === 'assay.db');
      expect(copy).toBeDefined();
      const probe = new Database(copy?.path ?? '', { readonly: true });
      expect(() => probe.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
        /file is not a database/,
      );
      probe.close();
    } finally {
      snapshot.release();
    }
    const out = join(tmp.path, 'b.assaybackup');
    await backupWorkspace(ws.session, steppingClock(), out);
    const handle = await openBackupFile(out);
    const { preamble } = await readPreamble(handle, out);
    await handle.close();
    expect(preamble).toMatchObject({ format: 'assay-backup', formatVersion: 1, kind: 'manual' });
    expect(preamble.workspaceId).toBe(ws.session.status().workspaceId);
    // Nothing secret or private in the clear: no evidence names, no answers.
    const text = readFileSync(out).toString('latin1');
    expect(text).not.toContain('terms-of-reference');
    expect(text).not.toContain('General Intelligence Directorate');
    const again = await dispatch(ws.handlers, 'workspace.backup', {
      path: join(tmp.path, 'nowhere', 'x.assaybackup'),
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    ws.session.lock();
  }, 60_000);
});
