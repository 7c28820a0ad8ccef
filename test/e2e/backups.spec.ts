import { rmSync, statSync } from 'node:fs';
import { fixtureAnswers, importAssessment } from './core';
import { chooseFiles, dropFiles } from './files';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot } from './helpers';
import { SecurityDialogPage } from './pages/SecurityDialog';
import { STRINGS, type Lang } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

// Creating and restoring a workspace both run scrypt; backups are read back and verified.
test.describe.configure({ timeout: 240_000 });

const PASSPHRASE = 'amber lantern quietly folds';

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`a backup saved from the security dialog is restored into an empty workspace folder (${lang})`, async ({
    app,
  }) => {
    let page = await app.open({ lang });
    const s = STRINGS[lang];
    // The desktop's preload bridge: there a backup is saved where the save dialog says, a browser downloads it.
    const desktop = await page.evaluate(() => 'assay' in window);
    await new WorkspaceGate(page, s).create('Amira Haddad', PASSPHRASE);
    await importAssessment(page, 'LI analytics', fixtureAnswers('example-3-li-interior'));
    await page.reload();
    await expect(page.getByTestId('assessment-row')).toHaveCount(1);

    // Back up now: a verified copy, kept outside the workspace.
    const security = new SecurityDialogPage(page, s);
    await security.open();
    const backup = test.info().outputPath(`workspace-${lang}.assaybackup`);
    await app.saveFrom(security.dialog().getByRole('button', { name: s.backups.backupNow }), backup);
    const status = security.dialog().getByTestId('backup-status');
    await expect(status).toContainText(s.backups.done.split('(')[0]?.trim() ?? '', { timeout: 60_000 });
    await expect(status).toContainText(desktop ? backup : '.assaybackup');
    await expect(status).not.toContainText('download:');
    expect(statSync(backup).size).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, `backup saved (${lang})`);
    await snapshot(page, test.info(), `backup-saved-${lang}`);
    await security.close();

    // The workspace is lost; Assay starts again on its (now absent) folder.
    await app.close();
    rmSync(app.workspaceDir, { recursive: true, force: true });
    page = await app.open({ lang });
    await expect(page.getByRole('heading', { level: 1, name: s.createWorkspace.title })).toBeVisible();
    await page.getByRole('button', { name: s.backups.restore.open }).click();
    const restore = page.getByTestId('restore-backup');
    await expect(restore.getByTestId('restore-into')).toContainText(s.backups.restore.targetHere);
    // A browser can restore only into its own folder, and says so; the desktop could name another.
    await expect(restore.getByTestId('restore-here-only')).toHaveCount(desktop ? 0 : 1);
    // Chosen with the button in one language, dropped onto the form in the other.
    if (lang === 'en')
      await chooseFiles(page, restore.getByRole('button', { name: s.backups.restore.chooseFile }), [backup]);
    else await dropFiles(page, restore.getByTestId('restore-drop'), [backup]);
    await expect(restore.getByTestId('restore-file')).toHaveText(`workspace-${lang}.assaybackup`);
    await restore.getByLabel(s.backups.restore.passphraseLabel).fill(PASSPHRASE);
    await expectNoSeriousA11yViolations(page, `restore form (${lang})`);
    await snapshot(page, test.info(), `restore-form-${lang}`);
    await restore.getByRole('button', { name: s.backups.restore.submit, exact: true }).click();
    await expect(page.getByTestId('restore-done')).toHaveText(s.backups.restore.restoredHere, {
      timeout: 60_000,
    });

    // Restored here: the gate moves on to unlocking, and the assessment is back.
    await new WorkspaceGate(page, s).unlockSuccessfully(PASSPHRASE);
    await expect(page.getByTestId('assessment-row')).toHaveCount(1);
    await expect(page.getByTestId('assessment-row')).toContainText('LI analytics');
  });
}
