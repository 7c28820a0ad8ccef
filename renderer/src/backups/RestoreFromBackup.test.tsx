// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { createI18n } from '../i18n/createI18n';
import { byLabel, byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { backupsTestCore } from './backupsTestCore';
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

let root: Root | null = null;
let restoredHere = 0;

async function render(transport: Transport, state: 'absent' | 'locked') {
  const i18n = await createI18n('en');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(transport)}>
          <RestoreFromBackup
            state={state}
            directory="/home/amira/Assay"
            onRestoredHere={() => (restoredHere += 1)}
          />
        </ClientContext>
      </I18nextProvider>,
    );
  });
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  restoredHere = 0;
  document.body.replaceChildren();
});

const pickFile = { canceled: false, paths: ['/media/usb/assay-backup-2026-01-15.assaybackup'] };

describe('RestoreFromBackup', () => {
  it('restores into this window’s own folder when there is no workspace yet', async () => {
    const { transport, calls } = backupsTestCore({
      'dialogs.pickFiles': () => pickFile,
      'workspace.restore': () => ({ ...RESTORED, directory: '/home/amira/Assay' }),
    });
    await render(transport, 'absent');
    click(byRole('button', 'Restore from a backup…'));
    expect(byTestId('restore-into').textContent).toContain('/home/amira/Assay');
    click(byRole('button', 'Choose backup file…'));
    await waitFor(() =>
      expect(byTestId('restore-file').textContent).toBe('assay-backup-2026-01-15.assaybackup'),
    );
    typeInto(byLabel('Passphrase of the backup'), 'correct horse battery');
    click(byRole('button', 'Restore'));
    await waitFor(() => byTestId('restore-done'));
    expect(calls.find((call) => call.op === 'workspace.restore')?.input).toEqual({
      path: '/media/usb/assay-backup-2026-01-15.assaybackup',
      passphrase: 'correct horse battery',
    });
    expect(restoredHere).toBe(1);
  });

  it('asks for a new folder when a workspace is already here, and names where it went', async () => {
    const { transport, calls } = backupsTestCore({
      'dialogs.pickFiles': () => pickFile,
      'dialogs.saveFile': () => ({ canceled: false, path: '/home/amira/Restored' }),
      'workspace.restore': () => RESTORED,
    });
    await render(transport, 'locked');
    click(byRole('button', 'Restore from a backup…'));
    click(byRole('button', 'Choose backup file…'));
    typeInto(byLabel('Passphrase of the backup'), 'correct horse battery');
    await waitFor(() => expect(byTestId('restore-file').textContent).toContain('.assaybackup'));
    click(byRole('button', 'Restore'));
    await waitFor(() =>
      expect(document.body.textContent).toContain('Choose the new folder to restore into.'),
    );
    expect(calls.some((call) => call.op === 'workspace.restore')).toBe(false);
    click(byRole('button', 'Choose a new folder…'));
    await waitFor(() => expect(byTestId('restore-into').textContent).toBe('/home/amira/Restored'));
    click(byRole('button', 'Restore'));
    await waitFor(() => expect(byTestId('restore-done').textContent).toContain('/home/amira/Restored'));
    expect(calls.find((call) => call.op === 'workspace.restore')?.input).toMatchObject({
      into: '/home/amira/Restored',
    });
    expect(restoredHere).toBe(0);
  });

  it('names each missing choice before calling the core', async () => {
    const { transport, calls } = backupsTestCore({});
    await render(transport, 'absent');
    click(byRole('button', 'Restore from a backup…'));
    click(byRole('button', 'Restore'));
    await waitFor(() => expect(document.body.textContent).toContain('Choose a backup file.'));
    expect(document.body.textContent).toContain('Enter the passphrase of the backup.');
    expect(calls).toEqual([]);
  });

  it('puts a wrong passphrase on the passphrase field', async () => {
    const { transport } = backupsTestCore({
      'dialogs.pickFiles': () => pickFile,
      'workspace.restore': () => {
        throw { code: 'wrong_passphrase', message: 'Wrong passphrase for the backup' };
      },
    });
    await render(transport, 'absent');
    click(byRole('button', 'Restore from a backup…'));
    click(byRole('button', 'Choose backup file…'));
    typeInto(byLabel('Passphrase of the backup'), 'not it at all');
    await waitFor(() => expect(byTestId('restore-file').textContent).toContain('.assaybackup'));
    click(byRole('button', 'Restore'));
    await waitFor(() =>
      expect(byLabel('Passphrase of the backup').getAttribute('aria-invalid')).toBe('true'),
    );
  });

  it('shows why a damaged backup was refused', async () => {
    const { transport } = backupsTestCore({
      'dialogs.pickFiles': () => pickFile,
      'workspace.restore': () => {
        throw {
          code: 'workspace_corrupt',
          message: 'The backup cannot be used: it is truncated. Nothing was restored.',
        };
      },
    });
    await render(transport, 'absent');
    click(byRole('button', 'Restore from a backup…'));
    click(byRole('button', 'Choose backup file…'));
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
