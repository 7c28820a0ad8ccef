// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAssayClient } from '../client/createClient';
import { byLabel, byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { backupsTestCore } from './backupsTestCore';
import { chooseFiles, dropFiles } from '../testing/fileEvents';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { RestoreFromBackup } from './RestoreFromBackup';

enableActEnvironment();

const RESTORED = {
  directory: '/home/amira/Restored',
  workspaceId: '6a1f3c52-8d0e-4c1b-9d7e-2f4a5b6c7d8e',
  backupId: 'b'.repeat(32),
  backupCreatedAt: '2026-01-15T09:00:00.000Z',
  members: 5,
  evidenceBlobs: 2,
  auditEvents: 40,
};

let restoredHere = 0;

async function render(core: ReturnType<typeof backupsTestCore>, state: 'absent' | 'locked') {
  await renderWithClient(
    <RestoreFromBackup
      state={state}
      directory="/home/amira/Assay"
      onRestoredHere={() => (restoredHere += 1)}
    />,
    createAssayClient(core.transport, core.fileTransport),
  );
}

afterEach(() => {
  unmountRendered();
  restoredHere = 0;
});

const backupFile = () =>
  new File(['not really a backup'], 'assay-backup-2026-01-15.assaybackup', {
    type: 'application/octet-stream',
  });

/** Opens the form and chooses the backup file in its file input. */
function openAndChoose() {
  click(byRole('button', 'Restore from a backup…'));
  chooseFiles('restore-choose-file', [backupFile()]);
}

describe('RestoreFromBackup', () => {
  it('restores into this window’s own folder when there is no workspace yet', async () => {
    const core = backupsTestCore({
      'workspace.restore': () => ({ ...RESTORED, directory: '/home/amira/Assay' }),
    });
    await render(core, 'absent');
    openAndChoose();
    expect(byTestId('restore-into').textContent).toContain('/home/amira/Assay');
    await waitFor(() =>
      expect(byTestId('restore-file').textContent).toBe('assay-backup-2026-01-15.assaybackup'),
    );
    // Nothing reaches the core before the person confirms.
    expect(core.opened).toEqual([]);
    typeInto(byLabel('Passphrase of the backup'), 'correct horse battery');
    click(byRole('button', 'Restore'));
    await waitFor(() => byTestId('restore-done'));
    expect(core.opened.map((entry) => entry.file.name)).toEqual(['assay-backup-2026-01-15.assaybackup']);
    expect(core.calls.find((call) => call.op === 'workspace.restore')?.input).toEqual({
      path: '/home/amira/Documents/assay-backup-2026-01-15.assaybackup',
      passphrase: 'correct horse battery',
    });
    expect(restoredHere).toBe(1);
  });

  it('takes a backup file dropped on the form', async () => {
    const core = backupsTestCore({});
    await render(core, 'absent');
    click(byRole('button', 'Restore from a backup…'));
    dropFiles('restore-drop', [backupFile()]);
    await waitFor(() =>
      expect(byTestId('restore-file').textContent).toBe('assay-backup-2026-01-15.assaybackup'),
    );
  });

  it('on the desktop, asks for a new folder when a workspace is already here, and names where it went', async () => {
    const core = backupsTestCore({
      'dialogs.saveFile': () => ({ canceled: false, path: '/home/amira/Restored' }),
      'workspace.restore': () => RESTORED,
    });
    await render(core, 'locked');
    openAndChoose();
    typeInto(byLabel('Passphrase of the backup'), 'correct horse battery');
    await waitFor(() => expect(byTestId('restore-file').textContent).toContain('.assaybackup'));
    click(byRole('button', 'Restore'));
    await waitFor(() =>
      expect(document.body.textContent).toContain('Choose the new folder to restore into.'),
    );
    expect(core.calls.some((call) => call.op === 'workspace.restore')).toBe(false);
    click(byRole('button', 'Choose a new folder…'));
    await waitFor(() => expect(byTestId('restore-into').textContent).toBe('/home/amira/Restored'));
    click(byRole('button', 'Restore'));
    await waitFor(() => expect(byTestId('restore-done').textContent).toContain('/home/amira/Restored'));
    expect(core.calls.find((call) => call.op === 'workspace.restore')?.input).toMatchObject({
      into: '/home/amira/Restored',
    });
    expect(restoredHere).toBe(0);
  });

  it('in a browser, restores into the window’s own folder, uploads the file, and says clearly when a workspace is already there', async () => {
    const core = backupsTestCore(
      {
        'workspace.restore': () => {
          throw {
            code: 'workspace_exists',
            message:
              '/home/amira/Assay holds a workspace; a backup is restored only into a new or empty folder.',
          };
        },
      },
      'browser',
    );
    await render(core, 'locked');
    openAndChoose();
    // No folder can be named from a browser: the form says where the backup goes instead.
    expect(() => byRole('button', 'Choose a new folder…')).toThrow();
    expect(byTestId('restore-into').textContent).toContain('/home/amira/Assay');
    expect(byTestId('restore-here-only').textContent).toContain(
      'only into this window’s own workspace folder',
    );
    typeInto(byLabel('Passphrase of the backup'), 'correct horse battery');
    await waitFor(() => expect(byTestId('restore-file').textContent).toContain('.assaybackup'));
    click(byRole('button', 'Restore'));
    const occupied = await waitFor(() => byTestId('restore-occupied'));
    expect(occupied.getAttribute('role')).toBe('alert');
    expect(occupied.textContent).toContain('already holds a workspace');
    expect(core.calls.find((call) => call.op === 'workspace.restore')?.input).toEqual({
      path: 'upload:1',
      passphrase: 'correct horse battery',
    });
    // The upload reference is the core's business, never the person's.
    expect(document.body.textContent).not.toContain('upload:1');
    expect(restoredHere).toBe(0);
  });

  it('names each missing choice before calling the core', async () => {
    const core = backupsTestCore({});
    await render(core, 'absent');
    click(byRole('button', 'Restore from a backup…'));
    click(byRole('button', 'Restore'));
    await waitFor(() => expect(document.body.textContent).toContain('Choose a backup file.'));
    expect(document.body.textContent).toContain('Enter the passphrase of the backup.');
    expect(core.calls).toEqual([]);
    expect(core.opened).toEqual([]);
  });

  it('puts a wrong passphrase on the passphrase field', async () => {
    const core = backupsTestCore({
      'workspace.restore': () => {
        throw { code: 'wrong_passphrase', message: 'Wrong passphrase for the backup' };
      },
    });
    await render(core, 'absent');
    openAndChoose();
    typeInto(byLabel('Passphrase of the backup'), 'not it at all');
    await waitFor(() => expect(byTestId('restore-file').textContent).toContain('.assaybackup'));
    click(byRole('button', 'Restore'));
    await waitFor(() =>
      expect(byLabel('Passphrase of the backup').getAttribute('aria-invalid')).toBe('true'),
    );
  });

  it('shows why a damaged backup was refused', async () => {
    const core = backupsTestCore({
      'workspace.restore': () => {
        throw {
          code: 'workspace_corrupt',
          message: 'The backup cannot be used: it is truncated. Nothing was restored.',
        };
      },
    });
    await render(core, 'absent');
    openAndChoose();
    typeInto(byLabel('Passphrase of the backup'), 'correct horse battery');
    await waitFor(() => expect(byTestId('restore-file').textContent).toContain('.assaybackup'));
    click(byRole('button', 'Restore'));
    const alert = await waitFor(() => {
      const found = document.querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toContain('Nothing was restored.');
    expect(alert.textContent).toContain('it is truncated');
  });
});
