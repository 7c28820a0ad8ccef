import { fileURLToPath } from 'node:url';
import { invokeCore } from './core';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { AssessmentList } from './pages/AssessmentList';
import { ReferenceDataPage } from './pages/ReferenceDataPage';
import { ScreeningPage } from './pages/ScreeningPage';
import { STRINGS } from './pages/strings';
import { WizardPage } from './pages/WizardPage';
import { WorkspaceGate } from './pages/WorkspaceGate';

const FIXTURES = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
const PASSPHRASE = 'granite lantern orchard 42';

const CASES = {
  en: {
    assessor: 'Amira Haddad',
    title: 'Interception platform for the consignee',
    reason: 'Same passport number and date of birth as the consignee file.',
    syria: 'Syria',
  },
  ar: {
    assessor: 'ليلى حداد',
    title: 'منصة اعتراض للمرسل إليه',
    reason: 'رقم جواز السفر وتاريخ الميلاد مطابقان لملف المرسل إليه.',
    syria: 'سوريا',
  },
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: screens the parties, a confirmed true match raises STOP, a re-screen reports no change, and a destination suggestion is accepted`, async ({
    app,
  }, testInfo) => {
    // Several runs, a decision and five axe scans: longer than a one-screen spec.
    test.setTimeout(150_000);
    const s = STRINGS[lang];
    const data = CASES[lang];
    const page = await app.open({ lang });
    const consoleProblems = watchConsole(page);
    await new WorkspaceGate(page, s).create(data.assessor, PASSPHRASE);
    // Importing is the reference-data spec's subject; here the lists only need to exist. OFAC's
    // package is dropped whole: sdn.csv with its aliases, addresses and remarks.
    const reference = new ReferenceDataPage(page, s);
    await reference.open();
    await reference.importFile(
      'ofac',
      ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((file) => `${FIXTURES}ofac_package/${file}`),
      undefined,
      'drop',
    );
    await reference.importFile('rsf', `${FIXTURES}rsf_index.csv`);
    await reference.importFile('csv', `${FIXTURES}indicators.csv`);
    await page.getByRole('button', { name: s.referenceData.back }).click();

    const list = new AssessmentList(page, s);
    // The end-user is spelt in the order people say it; OFAC lists him as "ABBAS, Abu", with the
    // passport number the assessor enters at creation.
    await list.create({
      title: data.title,
      destination: 'EG',
      endUser: 'Abu Abbas',
      endUserCountry: 'SY',
      endUserIdentifier: { type: 'passport', value: '123456' },
      onFilled: async () => {
        await snapshot(page, testInfo, `${lang}-new-assessment-end-user-details`);
        await expectNoSeriousA11yViolations(page, 'new assessment, end user details');
      },
    });
    await page.getByRole('button', { name: s.assessment.back }).click();
    const screening = new ScreeningPage(page, s);
    await screening.openFromList(data.title);
    await expect(page.getByText(s.screening.history.empty)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'screening, before the first run');

    await screening.run(s.screening.run);
    await expect(screening.hits()).toHaveCount(1);
    const hit = screening.hits().first();
    await expect(hit).toContainText('ABBAS, Abu');
    await expect(hit).toContainText('OFAC');
    await expect(hit.locator('[data-feature="primary-name"]')).toBeVisible();
    await expect(hit.locator('[data-feature="identifier-matches"]')).toBeVisible();
    await expect(hit.getByTestId('hit-party-details')).toContainText('123456');
    await expect(hit.getByTestId('hit-party-details')).toContainText(data.syria);
    await expect(page.getByTestId('outcome').first()).toHaveAttribute('data-outcome', 'unresolved-match');
    await snapshot(page, testInfo, `${lang}-screening-hit`);
    await expectNoSeriousA11yViolations(page, 'screening, undecided hit');

    // A decision needs its reason.
    await hit.getByRole('button', { name: s.screening.disposition.save }).focus();
    await page.keyboard.press('Enter');
    await expect(hit.getByText(s.screening.disposition.chooseRequired)).toBeVisible();

    await screening.dispose(hit, 'trueMatch', data.reason);
    await expect(screening.stop()).toBeVisible();
    await expect(screening.stop()).toContainText(s.screening.stop.title);
    await expect(hit).toHaveAttribute('data-disposition', 'true-match');
    await expect(hit.getByTestId('hit-decision')).toContainText(data.assessor);
    await expect(hit.getByTestId('hit-decision')).toContainText(data.reason);

    const assessments = await invokeCore(page, 'assessment.list', {});
    const id = assessments[0]?.id ?? '';
    const evaluated = await invokeCore(page, 'assessment.evaluate', { id });
    expect(evaluated.result.tier).toBe('Unacceptable');
    expect(evaluated.result.flags.map((flag) => flag.id)).toContain('E3-STOP');
    await snapshot(page, testInfo, `${lang}-screening-stop`);
    await expectNoSeriousA11yViolations(page, 'screening, confirmed match');

    await screening.run(s.screening.rescreen);
    await expect(page.getByTestId('run-changes')).toHaveClass(/run-changes--none/);
    // The decision carries over to the same hit on the same list version.
    await expect(screening.hits().first()).toHaveAttribute('data-disposition', 'true-match');
    await expect(page.getByTestId('run-row')).toHaveCount(2);

    const rsf = screening.suggestion('C6');
    await expect(rsf).toContainText('rsf.score = 26.38 for EG (2024)');
    await rsf.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(rsf.getByTestId('suggestion-accepted')).toBeVisible();
    const detail = await invokeCore(page, 'assessment.get', { id });
    expect(detail.answers.find((answer) => answer.questionId === 'C6')?.value).toBe('very-serious');
    await snapshot(page, testInfo, `${lang}-screening-suggestions`);
    await expectNoSeriousA11yViolations(page, 'screening, suggestions');

    // Where the parties are entered (E1), they are screened in place; every run is evidence of E2 and E3.
    await page.getByRole('tab', { name: s.assessmentPlace.tabs.questionnaire, exact: true }).click();
    const wizard = new WizardPage(page, s);
    await wizard.open('E1');
    const inPlace = wizard.question().getByTestId('question-screening');
    await inPlace.getByRole('button', { name: s.screening.inPlace.run, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(inPlace).toContainText(s.screening.inPlace.ranAndLinked.replace('{{questions}}', 'E2, E3'));
    await expect(inPlace.getByTestId('screening-hit')).toHaveCount(1);
    await expect(inPlace.getByTestId('screening-hit')).toHaveAttribute('data-disposition', 'true-match');
    await expectNoSeriousA11yViolations(page, 'screening at the party question');
    await wizard.open('E2');
    const runs = wizard.question().getByTestId('question-evidence-item');
    await expect(runs).toHaveCount(3);
    await expect(runs.first()).toContainText('screening-run-');
    // The destination suggestion is offered on the question it answers, too.
    await wizard.open('C6');
    await expect(wizard.question().getByTestId('question-suggestion')).toBeVisible();
    expect(consoleProblems).toEqual([]);
  });
}
