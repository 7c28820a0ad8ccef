import { expect, test, type AppHandle } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { AssessmentList } from './pages/AssessmentList';
import { STRINGS } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';
import { WizardPage } from './pages/WizardPage';

const PASSPHRASE = 'granite lantern orchard 42';
const s = STRINGS.en;

async function openNewAssessment(app: AppHandle, title: string) {
  const page = await app.open({ lang: 'en' });
  await new WorkspaceGate(page, s).create('Amira Haddad', PASSPHRASE);
  await new AssessmentList(page, s).create({ title, destination: 'EG' });
  return { page, wizard: new WizardPage(page, s) };
}

test('every answer type is found again after a reload mid-wizard', async ({ app }, testInfo) => {
  test.setTimeout(120_000);
  const { page, wizard } = await openNewAssessment(app, 'Reload check');
  const consoleProblems = watchConsole(page);
  const q = () => wizard.question();

  await q().getByRole('radio', { name: 'Licence renewal' }).check();
  await wizard.waitUntilSaved();
  await wizard.open('A2');
  await q()
    .getByRole('checkbox', { name: /^EU Member State/ })
    .check();
  await q()
    .getByRole('checkbox', { name: /^United Kingdom/ })
    .check();
  await q().locator('.field textarea').last().fill('Dual licensing: DE and UK.');
  await wizard.waitUntilSaved();
  await wizard.open('A3');
  await q().getByLabel('Name', { exact: true }).fill('Ministry of Interior');
  await q().getByLabel('Role', { exact: true }).fill('End-user');
  await q().getByLabel('Other names and spellings').fill('MoI\nوزارة الداخلية');
  await q().getByRole('button', { name: 'Add identifier' }).click();
  await q()
    .getByLabel('Identifier type 1')
    .selectOption({ label: s.wizard.entity.identifierTypes['company-registration'] });
  await q().getByLabel('Identifier 1', { exact: true }).fill('5493001KJTIIGC8Y1R12');
  await q().getByRole('button', { name: 'Add party' }).click();
  await q()
    .getByRole('group', { name: 'Party 2' })
    .getByLabel('Name', { exact: true })
    .fill('Nile Trading FZE');
  await wizard.waitUntilSaved();
  await wizard.open('A4');
  await wizard.control().getByRole('textbox').fill('2026-11-02');
  await wizard.waitUntilSaved();
  await wizard.open('A5');
  await wizard.control().getByRole('textbox').pressSequentially('ToR v2; contract Q-2026/17', { delay: 10 });
  await wizard.waitUntilSaved();
  await wizard.open('C1');
  await wizard.control().getByRole('combobox').selectOption('EG');
  await wizard.waitUntilSaved();
  await wizard.open('D5');
  await q().getByRole('radio', { name: /^4/ }).check();
  await wizard.waitUntilSaved();
  await wizard.open('C3');
  await page.keyboard.press('Alt+KeyU');
  await expect(q().getByRole('radio', { name: s.wizard.unknown })).toBeChecked();
  await wizard.waitUntilSaved();
  await expect(wizard.progress()).toHaveAttribute('data-answered', '8');

  await page.reload();
  await expect(wizard.progress()).toHaveAttribute('data-answered', '8');
  await wizard.open('A1');
  await expect(q().getByRole('radio', { name: 'Licence renewal' })).toBeChecked();
  await wizard.open('A2');
  await expect(q().getByRole('checkbox', { name: /^EU Member State/ })).toBeChecked();
  await expect(q().getByRole('checkbox', { name: /^United Kingdom/ })).toBeChecked();
  await expect(q().locator('.field textarea').last()).toHaveValue('Dual licensing: DE and UK.');
  await wizard.open('A3');
  const first = q().getByRole('group', { name: 'Party 1' });
  await expect(first.getByLabel('Name', { exact: true })).toHaveValue('Ministry of Interior');
  await expect(first.getByLabel('Role', { exact: true })).toHaveValue('End-user');
  await expect(first.getByLabel('Other names and spellings')).toHaveValue('MoI\nوزارة الداخلية');
  await expect(first.getByLabel('Identifier 1', { exact: true })).toHaveValue('5493001KJTIIGC8Y1R12');
  await expect(first.getByLabel('Identifier type 1')).toHaveValue('company-registration');
  await expect(q().getByRole('group', { name: 'Party 2' }).getByLabel('Name', { exact: true })).toHaveValue(
    'Nile Trading FZE',
  );
  await wizard.open('A4');
  await expect(wizard.control().getByRole('textbox')).toHaveValue('2026-11-02');
  await expect(q()).toContainText('November 2, 2026');
  await wizard.open('A5');
  await expect(wizard.control().getByRole('textbox')).toHaveValue('ToR v2; contract Q-2026/17');
  await wizard.open('C1');
  await expect(wizard.control().getByRole('combobox')).toHaveValue('EG');
  await wizard.open('D5');
  await expect(q().getByRole('radio', { name: /^4/ })).toBeChecked();
  await wizard.open('C3');
  await expect(q().getByRole('radio', { name: s.wizard.unknown })).toBeChecked();
  await snapshot(page, testInfo, 'en-after-reload');
  expect(consoleProblems).toEqual([]);
});

test('a STOP answer turns the tier Unacceptable and the recommendation Deny, live', async ({
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const { page, wizard } = await openNewAssessment(app, 'Red flag check');
  await expect(wizard.tier()).toHaveAttribute('data-tier', /^(Low|Medium|High)$/);
  await expect(wizard.recommendation()).not.toHaveAttribute('data-recommendation', 'deny');

  // C2: an arms embargo or equipment ban on the destination is a STOP flag (C2-STOP).
  await wizard.open('C2');
  await wizard.question().getByRole('radio').first().check();
  await expect(wizard.tier()).toHaveAttribute('data-tier', 'Unacceptable');
  await expect(wizard.recommendation()).toHaveAttribute('data-recommendation', 'deny');
  await expect(wizard.tier()).toContainText(s.wizard.tiers.Unacceptable);
  await expect(wizard.recommendation()).toContainText(s.wizard.recommendations.deny);
  await expect(wizard.question().getByTestId('question-flags')).toContainText('STOP');
  await expect(page.getByTestId('section-C').getByTestId('section-flags')).toBeVisible();
  await snapshot(page, testInfo, 'en-stop-flag');
  await expectNoSeriousA11yViolations(page, 'wizard with a red flag (en)');

  // Taking the answer back lifts the override just as live.
  await wizard.question().getByRole('radio', { name: 'No sanctions or embargo' }).check();
  await expect(wizard.tier()).not.toHaveAttribute('data-tier', 'Unacceptable');
  await expect(wizard.recommendation()).not.toHaveAttribute('data-recommendation', 'deny');
});

test('show-if applies as the assessor answers, and the engine explains an invalid date', async ({ app }) => {
  test.setTimeout(120_000);
  const { wizard } = await openNewAssessment(app, 'Show-if check');
  const nav = wizard.sectionNav();
  await wizard.open('B1');
  await expect(nav.getByRole('button', { name: /^B3\b/ })).toHaveCount(0);
  await wizard.open('A2');
  await wizard
    .question()
    .getByRole('checkbox', { name: /^EU Member State/ })
    .check();
  await wizard.open('B2');
  await wizard
    .question()
    .getByRole('radio', { name: /^Not listed/ })
    .check();
  await expect(nav.getByRole('button', { name: /^B3\b/ })).toHaveCount(1);

  await wizard.open('A4');
  await wizard.control().getByRole('textbox').fill('2026-02-30');
  await expect(wizard.question().getByTestId('question-problem')).toHaveText(s.wizard.invalid.date);
  await expect(wizard.control().getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  await wizard.control().getByRole('textbox').fill('2026-02-28');
  await expect(wizard.question().getByTestId('question-problem')).toHaveCount(0);
  await wizard.waitUntilSaved();
});
