// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../assessments/api/contract';
import { createAssayClient } from '../client/createClient';
import { byLabel, byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { BackupsPanel } from './BackupsPanel';
import { backupsTestCore } from './backupsTestCore';

enableActEnvironment();

type List = OperationOutput<'workspace.backups'>;

function listOf(backups: List['backups'], keepCount = 10): List {
  return { directory: '/home/amira/Assay/backups', keepCount, pending: false, lastError: null, backups };
}

const AUTO = {
  name: 'auto-20260115T090000Z.assaybackup',
  path: '/home/amira/Assay/backups/auto-20260115T090000Z.assaybackup',
  kind: 'automatic' as const,
  createdAt: '2026-01-15T09:00:00.000Z',
  size: 2_400_000,
  problem: null,
};

/** What `workspace.backup` answers for a backup written to `path`. */
function written(path: string) {
  return {
    path,
    backupId: 'a'.repeat(32),
    createdAt: '2026-01-15T09:00:00.000Z',
    size: 2_400_000,
    members: 4,
    contentBytes: 2_300_000,
  };
}

async function render(core: ReturnType<typeof backupsTestCore>, language: 'en' | 'ar' = 'en') {
  await renderWithClient(<BackupsPanel />, createAssayClient(core.transport, core.fileTransport), language);
}

afterEach(() => {
  unmountRendered();
});

describe('BackupsPanel', () => {
  it('lists the backups with their time, kind and size', async () => {
    await render(backupsTestCore({ 'workspace.backups': () => listOf([AUTO]) }));
    const row = await waitFor(() => byTestId('backup-row'));
    expect(row.textContent).toContain('Automatic');
    expect(row.textContent).toContain('2.4 MB');
    expect(row.textContent).toContain('2026');
  });

  it('says so when there are none, and shows a failed automatic backup', async () => {
    await render(
      backupsTestCore({
        'workspace.backups': () => ({
          ...listOf([]),
          lastError: 'The disk is full: the backup was not written.',
        }),
      }),
    );
    await waitFor(() => byTestId('backups-empty'));
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('The disk is full');
  });

  it('backs up now into the file chosen in the save dialog, then lists it', async () => {
    let backups: List['backups'] = [];
    const core = backupsTestCore({
      'workspace.backups': () => listOf(backups),
      'dialogs.saveFile': () => ({ canceled: false, path: '/media/usb/assay.assaybackup' }),
      'workspace.backup': () => {
        backups = [
          { ...AUTO, name: 'assay.assaybackup', path: '/media/usb/assay.assaybackup', kind: 'manual' },
        ];
        return written('/media/usb/assay.assaybackup');
      },
    });
    await render(core);
    await waitFor(() => byTestId('backups-empty'));
    click(byRole('button', 'Back up now…'));
    await waitFor(() =>
      expect(byTestId('backup-status').textContent).toContain('Saved to \u2068/media/usb/assay.assaybackup'),
    );
    expect(byTestId('backup-status').textContent).toContain('Backup made and verified (2.4 MB).');
    expect(core.calls.find((call) => call.op === 'workspace.backup')?.input).toEqual({
      path: '/media/usb/assay.assaybackup',
    });
    await waitFor(() => expect(byTestId('backup-row').textContent).toContain('Manual'));
  });

  it('in a browser, writes the backup for a download and says the download started', async () => {
    const core = backupsTestCore(
      {
        'workspace.backups': () => listOf([]),
        'workspace.backup': (input) => written((input as { path: string }).path),
      },
      'browser',
    );
    await render(core);
    await waitFor(() => byTestId('backups-empty'));
    click(byRole('button', 'Back up now…'));
    await waitFor(() => expect(document.body.textContent).toContain('is downloading'));
    const ops = core.calls.map((call) => call.op).filter((op) => op !== 'workspace.backups');
    expect(ops).toEqual(['files.prepareDownload', 'workspace.backup', 'files.download']);
    expect(core.calls.find((call) => call.op === 'workspace.backup')?.input).toEqual({ path: 'download:1' });
    expect(core.delivered).toHaveLength(1);
    expect(core.delivered[0]?.name).toMatch(/^assay-backup-\d{4}-\d{2}-\d{2}\.assaybackup$/);
    expect(byTestId('backup-status').textContent).toContain(core.delivered[0]?.name);
    expect(byTestId('backup-status').textContent).not.toContain('download:1');
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const core = backupsTestCore({
      'workspace.backups': () => listOf([]),
      'dialogs.saveFile': () => ({ canceled: true, path: null }),
    });
    await render(core);
    await waitFor(() => byTestId('backups-empty'));
    click(byRole('button', 'Back up now…'));
    await waitFor(() => expect(core.calls.some((call) => call.op === 'dialogs.saveFile')).toBe(true));
    await waitFor(() => expect(byRole('button', 'Back up now…')).toBeTruthy());
    expect(core.calls.some((call) => call.op === 'workspace.backup')).toBe(false);
    expect(byTestId('backup-status').textContent).toBe('');
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the core’s specific reason when a backup fails', async () => {
    await render(
      backupsTestCore({
        'workspace.backups': () => listOf([]),
        'dialogs.saveFile': () => ({ canceled: false, path: '/nowhere/x.assaybackup' }),
        'workspace.backup': () => {
          throw { code: 'invalid_input', message: 'The folder /nowhere does not exist.' };
        },
      }),
    );
    await waitFor(() => byTestId('backups-empty'));
    click(byRole('button', 'Back up now…'));
    const alert = await waitFor(() => {
      const found = document.querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toContain('The backup was not made.');
    expect(alert.textContent).toContain('The folder /nowhere does not exist.');
  });

  it('changes how many automatic backups are kept, keeping the other settings, and refuses 101', async () => {
    let settings = { screeningMaxListAgeDays: 45, backupKeepCount: 10 };
    const core = backupsTestCore({
      'workspace.backups': () => listOf([], settings.backupKeepCount),
      'settings.get': () => settings,
      'settings.set': (input) => {
        settings = { ...settings, ...(input as typeof settings) };
        return settings;
      },
    });
    await render(core);
    const field = await waitFor(() => {
      const input = byLabel('Automatic backups to keep');
      expect(input.value).toBe('10');
      return input;
    });
    typeInto(field, '101');
    click(byRole('button', 'Save'));
    await waitFor(() => expect(document.body.textContent).toContain('Enter a whole number from 0 to 100.'));
    expect(core.calls.some((call) => call.op === 'settings.set')).toBe(false);
    typeInto(field, '3');
    click(byRole('button', 'Save'));
    await waitFor(() => expect(settings.backupKeepCount).toBe(3));
    expect(settings.screeningMaxListAgeDays).toBe(45);
  });

  it('reads in Arabic', async () => {
    await render(backupsTestCore({ 'workspace.backups': () => listOf([AUTO]) }), 'ar');
    await waitFor(() => byTestId('backup-row'));
    expect(document.body.textContent).toContain('النسخ الاحتياطية');
    expect(byTestId('backup-row').textContent).toContain('تلقائية');
  });
});
