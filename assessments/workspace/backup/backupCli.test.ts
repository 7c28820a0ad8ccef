import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cliRun';
import { unwrapEnvelope as value } from '../../../test/helpers/envelope';
import { useTempDir } from '../../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../../test/helpers/workspace';
import { DialogGrants, GrantingDialogs } from '../../api/dialogGrants';
import type { Dialogs } from '../../api/dialogs';
import { grantedPaths } from '../../api/pathPolicies';
import { dispatch } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';
import { TemplateLibrary } from '../../templates/templateLibrary';

describe('assay workspace backup / restore', () => {
  const tmp = useTempDir('assay-backup-cli-');
  let ws: string;
  beforeAll(async () => {
    ws = join(tmp.path, 'ws');
    expect((await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('backs up to a new file and restores it into a new folder, verified', async () => {
    const out = join(tmp.path, 'ws.assaybackup');
    const backup = await cli(['workspace', 'backup', ws, '--out', out]);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toMatch(/^Backed up 2 files .*, read back and verified\)\n$/);

    const again = await cli(['workspace', 'backup', ws, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; it was not overwritten');

    const into = join(tmp.path, 'restored');
    const restore = await cli(['workspace', 'restore', out, '--into', into, '--json']);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(restore.stdout)).toMatchObject({ directory: into, evidenceBlobs: 0 });
    const verify = await cli(['workspace', 'verify', into]);
    expect(verify.code).toBe(0);

    const over = await cli(['workspace', 'restore', out, '--into', ws]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('holds a workspace');
  }, 60_000);

  it('names what is missing on the command line', async () => {
    expect((await cli(['workspace', 'backup', ws])).stderr).toContain('Missing --out FILE');
    expect((await cli(['workspace', 'restore', 'x.assaybackup'])).stderr).toContain('Missing --into NEWDIR');
    const missing = await cli([
      'workspace',
      'restore',
      join(tmp.path, 'nope.assaybackup'),
      '--into',
      join(tmp.path, 'n'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  });
});

describe('backup operations from a window', () => {
  const tmp = useTempDir('assay-backup-grants-');
  afterAll(() => tmp.cleanup());

  it('write and read only files the person chose', async () => {
    // Stands in for Electron's native save dialog: the person names `answer`.
    let answer = '';
    const saveDialog: Dialogs = { saveFile: () => Promise.resolve({ canceled: false, path: answer }) };
    const grants = new DialogGrants();
    const clock = steppingClock();
    const session = newSession(tmp.path, clock);
    const handlers = createHandlers({
      session,
      dialogs: new GrantingDialogs(saveDialog, grants),
      paths: grantedPaths(grants),
      clock,
      library: new TemplateLibrary(tmp.path),
    });
    await value(
      dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' }),
    );
    const out = join(tmp.path, 'chosen.assaybackup');
    const refused = await dispatch(handlers, 'workspace.backup', { path: out });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(existsSync(out)).toBe(false);

    answer = out;
    await value(dispatch(handlers, 'dialogs.saveFile', { defaultName: 'chosen.assaybackup' }));
    await value(dispatch(handlers, 'workspace.backup', { path: out }));

    const into = join(tmp.path, 'elsewhere');
    const notPicked = await dispatch(handlers, 'workspace.restore', {
      path: out,
      into,
      passphrase: TEST_PASSPHRASE,
    });
    expect(notPicked).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    grants.grantRead([out]);
    const folderNotChosen = await dispatch(handlers, 'workspace.restore', {
      path: out,
      into,
      passphrase: TEST_PASSPHRASE,
    });
    expect(folderNotChosen).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    answer = into;
    await value(dispatch(handlers, 'dialogs.saveFile', { defaultName: 'elsewhere' }));
    await value(dispatch(handlers, 'workspace.restore', { path: out, into, passphrase: TEST_PASSPHRASE }));
    expect(readdirSync(into).sort()).toEqual(['assay.db', 'backups', 'exports', 'vault', 'workspace.json']);

    // Without a target, only this window's own folder, and only when it holds no workspace.
    const own = await dispatch(handlers, 'workspace.restore', { path: out, passphrase: TEST_PASSPHRASE });
    expect(own).toMatchObject({ ok: false, error: { code: 'workspace_exists' } });
    session.lock();
  }, 60_000);

  it('restores into the window’s own absent folder, which then asks to be unlocked', async () => {
    const source = newSession(join(tmp.path, 'source'), steppingClock());
    const sourceHandlers = createHandlers({
      session: source,
      clock: steppingClock(),
      library: new TemplateLibrary(tmp.path),
    });
    await value(
      dispatch(sourceHandlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'N' }),
    );
    const file = join(tmp.path, 'own.assaybackup');
    await value(dispatch(sourceHandlers, 'workspace.backup', { path: file }));
    source.lock();

    const root = join(tmp.path, 'fresh');
    mkdirSync(root);
    const session = newSession(root, steppingClock());
    const handlers = createHandlers({
      session,
      clock: steppingClock(),
      library: new TemplateLibrary(tmp.path),
    });
    expect(session.status().state).toBe('absent');
    await value(dispatch(handlers, 'workspace.restore', { path: file, passphrase: TEST_PASSPHRASE }));
    expect(session.status().state).toBe('locked');
    await value(dispatch(handlers, 'workspace.unlock', { passphrase: TEST_PASSPHRASE }));
    session.lock();
    writeFileSync(join(tmp.path, 'done'), '');
  }, 60_000);
});
