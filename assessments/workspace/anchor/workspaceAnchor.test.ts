import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/tempDir';
import { steppingClock, TEST_PASSPHRASE } from '../../../test/helpers/workspace';
import {
  anchoredSession,
  copyDatabase,
  copyFolder,
  dataKeyOf,
  putDatabaseBack,
  putFolderBack,
  work,
} from '../../../test/helpers/anchorAttacks';
import { openDatabase } from '../../store/openDatabase';
import { readWorkspaceHeader, writeWorkspaceHeader } from '../header';
import { deriveSubkey } from '../keys';
import { verifyWorkspace } from '../verifyWorkspace';
import { defaultAnchorDirectory, outsideAnchorFile, readOutsideAnchor } from './anchorFile';
import { setNewAnchor } from './workspaceAnchor';

describe('integrity anchor', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let anchorDir: string;
  beforeEach(() => {
    tmp = useTempDir();
    anchorDir = join(tmp.path, 'appdata', 'anchors');
  });
  afterEach(() => tmp.cleanup());

  async function lockedWorkspace(answers: number) {
    const clock = steppingClock();
    const session = anchoredSession(tmp.path, clock, anchorDir);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    const assessmentId = work(session, clock, answers);
    const workspaceId = session.require().workspaceId;
    session.lock();
    return { clock, session, assessmentId, workspaceId };
  }

  it('writes a format-2 header anchor and an outside anchor at create, unlock and lock', async () => {
    const { clock, session, workspaceId } = await lockedWorkspace(3);
    const header = readWorkspaceHeader(session.paths.header);
    expect(header.formatVersion).toBe(2);
    expect(header.anchor).toMatchObject({ seq: 5 });
    const outside = readOutsideAnchor(anchorDir, workspaceId);
    expect(outside).toMatchObject({ state: 'present', anchor: header.anchor });
    expect(outside.file).toBe(join(anchorDir, `${workspaceId}.json`));

    await session.unlock(TEST_PASSPHRASE);
    expect(readWorkspaceHeader(session.paths.header).anchor?.seq).toBe(6);
    work(session, clock, 2);
    session.lock();
    expect(readWorkspaceHeader(session.paths.header).anchor?.seq).toBe(9);
    expect(readOutsideAnchor(anchorDir, workspaceId)).toMatchObject({ state: 'present', anchor: { seq: 9 } });
  });

  it('catches a rollback of the whole folder (header and database together) through the outside anchor', async () => {
    const { clock, session, assessmentId } = await lockedWorkspace(2);
    const snapshot = join(tmp.path, 'snapshot');
    copyFolder(session.paths.root, snapshot);
    await session.unlock(TEST_PASSPHRASE);
    work(session, clock, 4, assessmentId);
    session.lock();
    putFolderBack(snapshot, session.paths.root);

    await expect(anchoredSession(tmp.path, clock, anchorDir).unlock(TEST_PASSPHRASE)).rejects.toThrow(
      /older than its last recorded state \(anchored in .*\.json, outside the workspace folder\): audit event 9 \(hash [0-9a-f]{16}…\) is missing; the newest event is 4\./,
    );
  });

  it('treats a missing outside anchor (another computer) as a warning, and writes one', async () => {
    const { clock, session, workspaceId } = await lockedWorkspace(1);
    const elsewhere = join(tmp.path, 'other-computer');
    const moved = anchoredSession(tmp.path, clock, elsewhere);
    const status = await moved.unlock(TEST_PASSPHRASE);
    expect(status.warnings).toEqual([
      expect.stringMatching(/No outside anchor for this workspace .*first use on this computer/),
    ]);
    // The unlock wrote one; verify warns again only once it is gone.
    expect(readOutsideAnchor(elsewhere, workspaceId).state).toBe('present');
    expect(verifyWorkspace(moved).checks.find((check) => check.id === 'anchor.outside')?.status).toBe('pass');
    rmSync(outsideAnchorFile(elsewhere, workspaceId));
    const report = verifyWorkspace(moved);
    expect(report.ok).toBe(true);
    expect(report.checks.find((check) => check.id === 'anchor.outside')).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/^No outside anchor for this workspace at .*other-computer/),
    });
    moved.lock();
    expect(session.status().state).toBe('locked');
  });

  it('reads a version-1 header and upgrades it to version 2 at the next unlock', async () => {
    const { clock, session } = await lockedWorkspace(1);
    const { anchor: _dropped, ...v1 } = readWorkspaceHeader(session.paths.header);
    writeWorkspaceHeader(session.paths.header, { ...v1, formatVersion: 1 });
    const reopened = anchoredSession(tmp.path, clock, join(tmp.path, 'fresh-appdata'));
    await reopened.unlock(TEST_PASSPHRASE);
    const upgraded = readWorkspaceHeader(session.paths.header);
    expect(upgraded.formatVersion).toBe(2);
    expect(upgraded.anchor?.seq).toBe(4);
    reopened.lock();
  });

  it('refuses an anchor edited by hand: its MAC does not verify', async () => {
    const { clock, session } = await lockedWorkspace(2);
    const header = readWorkspaceHeader(session.paths.header);
    if (!header.anchor) throw new Error('no anchor');
    writeWorkspaceHeader(session.paths.header, { ...header, anchor: { ...header.anchor, seq: 2 } });
    await expect(anchoredSession(tmp.path, clock, anchorDir).unlock(TEST_PASSPHRASE)).rejects.toThrow(
      /anchor in workspace\.json was not made with this workspace's key/,
    );
  });

  it('refuses an outside anchor file that is not valid, naming it', async () => {
    const { clock, workspaceId } = await lockedWorkspace(1);
    writeFileSync(outsideAnchorFile(anchorDir, workspaceId), '{"format": "assay-anchor"');
    await expect(anchoredSession(tmp.path, clock, anchorDir).unlock(TEST_PASSPHRASE)).rejects.toThrow(
      /outside anchor .*\.json is not valid: not valid JSON/,
    );
  });

  it('lets a restore set a fresh anchor with setNewAnchor, after which the older database unlocks', async () => {
    const { clock, session, workspaceId } = await lockedWorkspace(2);
    const older = join(tmp.path, 'older.db');
    copyDatabase(session, older);
    await session.unlock(TEST_PASSPHRASE);
    work(session, clock, 3);
    session.lock();
    putDatabaseBack(session, older);
    await expect(anchoredSession(tmp.path, clock, anchorDir).unlock(TEST_PASSPHRASE)).rejects.toThrow(
      /older than its last recorded state/,
    );

    const dataKey = await dataKeyOf(session);
    const db = openDatabase(session.paths.database, {
      key: deriveSubkey(dataKey, 'database'),
      create: false,
    });
    const anchor = setNewAnchor({ db, dataKey, workspaceId, paths: session.paths, anchorDir });
    db.close();
    expect(anchor.seq).toBe(4);
    expect(readOutsideAnchor(anchorDir, workspaceId)).toMatchObject({ anchor: { seq: 4 } });
    const restored = anchoredSession(tmp.path, clock, anchorDir);
    await restored.unlock(TEST_PASSPHRASE);
    expect(verifyWorkspace(restored).ok).toBe(true);
    restored.lock();
  });

  it('never moves an anchor backwards when the tail vanishes while the workspace is open', async () => {
    const { clock, session } = await lockedWorkspace(3);
    await session.unlock(TEST_PASSPHRASE);
    const { db } = session.require();
    db.exec('DROP TRIGGER audit_events_append_only_delete');
    db.exec('DELETE FROM audit_events WHERE seq > 3');
    const hash = db.prepare('SELECT hash FROM audit_events WHERE seq = 3').pluck().get() as string;
    db.prepare('UPDATE audit_head SET seq = 3, hash = ? WHERE id = 1').run(hash);
    session.lock();
    expect(readWorkspaceHeader(session.paths.header).anchor?.seq).toBe(6);
    await expect(anchoredSession(tmp.path, clock, anchorDir).unlock(TEST_PASSPHRASE)).rejects.toThrow(
      /audit event 6 .* is missing; the newest event is 3/,
    );
  });

  it('puts outside anchors in the per-user application-data folder Electron uses, or ASSAY_ANCHOR_DIR', () => {
    expect(defaultAnchorDirectory({ ASSAY_ANCHOR_DIR: '/x/anchors' }, 'linux', '/home/n')).toBe('/x/anchors');
    expect(defaultAnchorDirectory({}, 'linux', '/home/n')).toBe('/home/n/.config/Assay/anchors');
    expect(defaultAnchorDirectory({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/n')).toBe(
      '/cfg/Assay/anchors',
    );
    expect(defaultAnchorDirectory({}, 'darwin', '/Users/n')).toBe(
      '/Users/n/Library/Application Support/Assay/anchors',
    );
    expect(defaultAnchorDirectory({ APPDATA: 'C:/Users/n/AppData/Roaming' }, 'win32', 'C:/Users/n')).toMatch(
      /^C:\/Users\/n\/AppData\/Roaming[\\/]Assay[\\/]anchors$/,
    );
    expect(() => outsideAnchorFile('/x', '../../etc/passwd')).toThrow(/not a workspace id/);
    expect(readFileSync).toBeTypeOf('function');
  });
});
