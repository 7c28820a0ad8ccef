import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot } from './helpers';
import { STRINGS } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

test('a wrong passphrase is refused clearly and the right one still opens the workspace', async ({
  app,
}, testInfo) => {
  const s = STRINGS.en;
  await new WorkspaceGate(await app.open(), s).create('Amira Haddad', 'granite lantern orchard 42');
  const page = await app.restart();
  const gate = new WorkspaceGate(page, s);
  await gate.unlock('granite lantern orchard 43');
  await expect(page.getByRole('alert')).toHaveText(s.errors.wrong_passphrase);
  await expect(page.getByLabel(s.unlock.passphraseLabel)).toBeFocused();
  await snapshot(page, testInfo, 'en-wrong-passphrase');
  await expectNoSeriousA11yViolations(page, 'unlock with error');
  await gate.unlockSuccessfully('granite lantern orchard 42');
});

test('locking returns to the unlock screen', async ({ app }) => {
  const s = STRINGS.en;
  const page = await app.open();
  await new WorkspaceGate(page, s).create('Amira Haddad', 'granite lantern orchard 42');
  await page.getByRole('button', { name: s.header.lock }).click();
  await new WorkspaceGate(page, s).expectUnlockScreen();
});

test('the create form explains what is wrong before anything is written', async ({ app }) => {
  const s = STRINGS.en;
  const page = await app.open();
  await page.getByLabel(s.createWorkspace.assessorLabel).fill('Amira');
  await page.getByLabel(s.createWorkspace.passphraseLabel, { exact: true }).fill('short');
  await page.getByLabel(s.createWorkspace.confirmLabel).fill('different');
  await page.getByRole('button', { name: s.createWorkspace.submit }).click();
  await expect(page.getByText(s.createWorkspace.errors.confirmMismatch)).toBeVisible();
  await expect(
    page.getByText(s.createWorkspace.errors.passphraseTooShort.replace('{{min, number}}', '10')),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: s.createWorkspace.title })).toBeVisible();
});
