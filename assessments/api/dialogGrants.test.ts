import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, noTemplates, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import type { WorkspaceSession } from '../workspace/session';
import { grantedPaths } from './pathPolicies';
import { DialogGrants, GrantingDialogs } from './dialogGrants';
import type { Dialogs } from './dialogs';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

/** Stands in for Electron's native save dialog: the person names `answer` (or cancels). */
class NativeSaveDialog implements Dialogs {
  answer: string | null = null;
  saveFile = () =>
    Promise.resolve(
      this.answer === null ? { canceled: true, path: null } : { canceled: false, path: this.answer },
    );
}

const ok = unwrapEnvelope;

describe('evidence paths a window may use', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let saveDialog: NativeSaveDialog;
  let grants: DialogGrants;
  let handlers: Handlers;
  let assessmentId: string;
  let file: string;

  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    saveDialog = new NativeSaveDialog();
    grants = new DialogGrants();
    handlers = createHandlers({
      session,
      dialogs: new GrantingDialogs(saveDialog, grants),
      paths: grantedPaths(grants),
      clock,
      library: noTemplates(),
    });
    await ok(dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' }));
    ({ id: assessmentId } = await ok<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'T' }),
    ));
    file = join(tmp.path, 'contract.pdf');
    writeFileSync(file, '%PDF-1.7\ncontract\n');
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('refuses a file nobody chose, and accepts it once the person chose it in the window', async () => {
    const refused = await dispatch(handlers, 'evidence.ingest', { assessmentId, path: file });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { path: file } } });
    expect(await ok<unknown[]>(dispatch(handlers, 'evidence.list', { assessmentId }))).toEqual([]);

    grants.grantRead([file]);
    const item = await ok<{ id: string }>(
      dispatch(handlers, 'evidence.ingest', { assessmentId, path: file }),
    );
    expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exports only to the place chosen in the save dialog; a cancelled dialog grants nothing', async () => {
    grants.grantRead([file]);
    const { id } = await ok<{ id: string }>(
      dispatch(handlers, 'evidence.ingest', { assessmentId, path: file }),
    );
    const target = join(tmp.path, 'copy.pdf');

    await ok(dispatch(handlers, 'dialogs.saveFile', { defaultName: 'copy.pdf' }));
    const refused = await dispatch(handlers, 'evidence.exportCopy', { evidenceId: id, path: target });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    saveDialog.answer = target;
    await ok(dispatch(handlers, 'dialogs.saveFile', { defaultName: 'copy.pdf' }));
    await ok(dispatch(handlers, 'evidence.exportCopy', { evidenceId: id, path: target }));
  });

  it('guards every other operation that reads or writes a named file', async () => {
    const list = join(tmp.path, 'sdn.csv');
    writeFileSync(
      list,
      '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a',
    );
    const out = join(tmp.path, 'report.pdf');
    const refusals = [
      dispatch(handlers, 'reference.import', { kind: 'ofac', path: list }),
      dispatch(handlers, 'identity.import', { path: list, password: '' }),
      dispatch(handlers, 'pdf.verify', { path: list }),
      dispatch(handlers, 'report.export', {
        assessmentId,
        identity: 'ab'.repeat(32),
        locale: 'en',
        path: out,
      }),
      dispatch(handlers, 'identity.exportCertificate', { fingerprint: 'ab'.repeat(32), path: out }),
      dispatch(handlers, 'report.timestampRequest', { path: list, outPath: out }),
      dispatch(handlers, 'report.timestampApply', { path: list, responsePath: list, outPath: out }),
    ];
    for (const refused of await Promise.all(refusals)) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!refused.ok) expect(refused.error.message).toMatch(/was not chosen by the person at the window/);
    }

    grants.grantRead([list]);
    const imported = await ok<{ dataset: { entries: number } }>(
      dispatch(handlers, 'reference.import', { kind: 'ofac', path: list }),
    );
    expect(imported.dataset.entries).toBe(1);
  });
});
