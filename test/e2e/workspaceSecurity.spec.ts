import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { AssessmentList } from './pages/AssessmentList';
import { AssessmentView } from './pages/AssessmentView';
import { SecurityDialogPage } from './pages/SecurityDialog';
import { STRINGS } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

// Key derivation (scrypt) and the accessibility scans take their time on a busy machine.
test.describe.configure({ timeout: 120_000 });

const FIRST = 'granite lantern orchard 42';
const SECOND = 'copper meadow violin 17';

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: the passphrase is changed from the security dialog, by keyboard, and only the new one unlocks`, async ({
    app,
  }, testInfo) => {
    const s = STRINGS[lang];
    const page = await app.open({ lang });
    const consoleProblems = watchConsole(page);
    const gate = new WorkspaceGate(page, s);
    await gate.create('Amira Haddad', FIRST);

    const security = new SecurityDialogPage(page, s);
    await security.open();
    await security.dialog().getByLabel(s.security.idleLabel).selectOption('5');
    await expect(security.dialog().getByRole('status').first()).not.toBeEmpty();

    await security.changePassphrase('not the passphrase', SECOND);
    const current = security.dialog().getByLabel(s.security.currentLabel);
    await expect(security.dialog().getByText(s.security.errors.currentWrong)).toBeVisible();
    await expect(current).toBeFocused();
    await snapshot(page, testInfo, `${lang}-security-wrong-current`);
    await expectNoSeriousA11yViolations(page, 'security dialog with an error');

    await security.changePassphrase(FIRST, FIRST);
    await expect(security.dialog().getByText(s.security.errors.sameAsCurrent)).toBeVisible();
    await security.changePassphrase(FIRST, SECOND, 'copper meadow violin 71');
    await expect(security.dialog().getByText(s.security.errors.confirmMismatch)).toBeVisible();

    await security.changePassphrase(FIRST, SECOND);
    await expect(page.getByTestId('passphrase-status')).toHaveText(s.security.changed, { timeout: 20_000 });
    await expect(current).toHaveValue('');
    await snapshot(page, testInfo, `${lang}-security-changed`);
    await security.close();
    await expect(page.getByRole('button', { name: s.security.open })).toBeFocused();

    await page.getByRole('button', { name: s.header.lock }).focus();
    await page.keyboard.press('Enter');
    await gate.unlock(FIRST);
    await expect(page.getByRole('alert')).toHaveText(s.errors.wrong_passphrase);
    await gate.unlockSuccessfully(SECOND);

    // The idle choice persists on this computer.
    await security.open();
    await expect(security.dialog().getByLabel(s.security.idleLabel)).toHaveValue('5');
    await security.close();
    expect(consoleProblems).toEqual([]);
  });
}

test('after the idle time the workspace locks itself, saving the text being typed first', async ({
  app,
}, testInfo) => {
  const s = STRINGS.en;
  const page = await app.open();
  await new WorkspaceGate(page, s).create('Amira Haddad', FIRST);
  await new AssessmentList(page, s).create({ title: 'Idle lock' });
  // Fake timers from here on: the app is reloaded so its idle check runs on them.
  await page.clock.install();
  await page.reload();
  const view = new AssessmentView(page, s);
  await view.openTermsOfReference();
  await view.termsOfReference().pressSequentially('typed just before walking away');
  await page.clock.fastForward('10:30');
  await expect(page.getByTestId('lock-notice')).toContainText('10 minutes');
  await snapshot(page, testInfo, 'en-idle-locked');
  await expectNoSeriousA11yViolations(page, 'unlock after an idle lock');
  await new WorkspaceGate(page, s).unlockSuccessfully(FIRST);
  await new AssessmentList(page, s).open('Idle lock');
  await view.openTermsOfReference();
  await expect(view.termsOfReference()).toHaveValue('typed just before walking away');
});
