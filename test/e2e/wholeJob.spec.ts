import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OperationInput } from '../../assessments/api/contract';
import { fixtureAnswers, invokeCore } from './core';
import { chooseFiles } from './files';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { AssessmentList } from './pages/AssessmentList';
import { DecisionView } from './pages/DecisionView';
import { ReferenceDataPage } from './pages/ReferenceDataPage';
import { ScreeningPage } from './pages/ScreeningPage';
import { STRINGS, type Lang } from './pages/strings';
import { WizardPage } from './pages/WizardPage';
import { WorkspaceGate } from './pages/WorkspaceGate';
import { missingTools, skipNote } from '../helpers/tools';

const missingCheckers = missingTools(['pdfsig']);
test.skip(missingCheckers.length > 0, skipNote(missingCheckers).trim());

// One person's whole job: workspace, key, list, questionnaire, evidence, screening, decision, signed
// report, verification; with an accessibility scan of every screen on the way.
test.describe.configure({ timeout: 420_000 });

const FIXTURES = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
const PASSPHRASE = 'harbour violet seventeen kites';

/** Answered in the window by the person; everything else arrives as the intake of a real case would. */
const ANSWERED_IN_WINDOW = new Set(['A5', 'E3']);

const CASES = {
  en: {
    assessor: 'Amira Haddad',
    title: 'Monitoring centre analytics for the Interior Ministry',
    terms: 'Monitoring-centre analytics with annual licence keys, for the interior ministry.',
    evidence: 'sanctions-position.txt',
    falseMatch: 'Different person: born 1961, the end user is a ministry, not an individual.',
    rationale:
      'Oversight is weak and the end user has a record of surveillance of journalists; refer to the board.',
  },
  ar: {
    assessor: 'ليلى حداد',
    title: 'تحليلات مركز المراقبة لوزارة الداخلية',
    terms: 'تحليلات مركز المراقبة مع مفاتيح ترخيص سنوية لوزارة الداخلية.',
    evidence: 'الموقف-من-العقوبات.txt',
    falseMatch: 'شخص مختلف: مولود عام 1961، والمستخدم النهائي وزارة وليس فرداً.',
    rationale: 'الرقابة ضعيفة وللمستخدم النهائي سجل في مراقبة الصحفيين؛ يحال الأمر إلى المجلس.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The fixture's 1.0.0 answers as the current questionnaire words them (one option was renamed in 1.1.0). */
function currentAnswers(): [string, OperationInput<'answers.save'>['value']][] {
  const renamed: Record<string, string> = { 'end-user-change': 'user-changed' };
  return Object.entries(fixtureAnswers('example-3-li-interior'))
    .filter(([id]) => !ANSWERED_IN_WINDOW.has(id))
    .map(([id, entry]) => {
      const value = Array.isArray(entry.value)
        ? entry.value.map((item: unknown) => (typeof item === 'string' ? (renamed[item] ?? item) : item))
        : entry.value;
      return [id, value as OperationInput<'answers.save'>['value']];
    });
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: the whole job from the questionnaire: evidence in place, screening from section E, decision, signed report, verified`, async ({
    app,
  }, testInfo) => {
    const s = STRINGS[lang];
    const data = CASES[lang];
    const page = await app.open({ lang });
    const consoleProblems = watchConsole(page);
    const out = (name: string) => testInfo.outputPath(name);

    await new WorkspaceGate(page, s).create(data.assessor, PASSPHRASE);
    // A signing key of the assessor's own, created where the header leads.
    await page.getByRole('button', { name: s.signing.nav }).click();
    await page.getByLabel(s.signing.create.nameLabel).fill(data.assessor);
    await page.getByLabel(s.signing.create.organisationLabel).fill('Export Control Office');
    await page.getByLabel(s.signing.create.emailLabel).fill('assessor@example.org');
    await page.getByRole('button', { name: s.signing.create.submit }).click();
    await expect(page.getByTestId('identity')).toHaveCount(1, { timeout: 30_000 });
    await expectNoSeriousA11yViolations(page, 'identities');

    const reference = new ReferenceDataPage(page, s);
    await reference.open();
    await reference.importFile(
      'ofac',
      ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((file) => `${FIXTURES}ofac_package/${file}`),
    );
    await expectNoSeriousA11yViolations(page, 'reference data');
    await page.getByRole('button', { name: s.referenceData.back }).click();

    const list = new AssessmentList(page, s);
    await list.create({ title: data.title, destination: 'EG', endUser: 'Abu Abbas' });
    await expect(
      page.getByRole('tab', { name: s.assessmentPlace.tabs.questionnaire, exact: true }),
    ).toHaveAttribute('aria-selected', 'true');
    const [summary] = await invokeCore(page, 'assessment.list', {});
    const id = summary?.id ?? '';
    // The rest of the intake: everything but what the person answers below.
    for (const [questionId, value] of currentAnswers()) {
      await invokeCore(page, 'answers.save', { assessmentId: id, questionId, value });
    }

    // Reopened, the questionnaire resumes where the person was: the question shown on creation.
    await page.reload();
    const wizard = new WizardPage(page, s);
    await expect(wizard.question()).toHaveAttribute('data-question-id', 'A1');
    await wizard.open('A5');
    await expectNoSeriousA11yViolations(page, 'questionnaire');
    await snapshot(page, testInfo, `${lang}-questionnaire-resumed`);
    await wizard.question().getByRole('textbox').first().fill(data.terms);
    await wizard.waitUntilSaved();

    // Evidence where the question is: attached on the card of C2.
    await wizard.open('C2');
    const evidenceFile = out(data.evidence);
    writeFileSync(evidenceFile, `Sanctions position of the destination, checked on 3 November (${lang}).\n`);
    await chooseFiles(page, wizard.question().getByRole('button', { name: s.evidence.attach }), [
      evidenceFile,
    ]);
    await expect(
      wizard.question().getByTestId('question-evidence-item').filter({ hasText: data.evidence }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'question card with evidence');

    // Screening from section E: the end user of E1 against the imported list, the hit decided there.
    await wizard.open('E1');
    const inPlace = wizard.question().getByTestId('question-screening');
    await inPlace.getByRole('button', { name: s.screening.inPlace.run, exact: true }).click();
    await expect(inPlace).toContainText(s.screening.inPlace.ranAndLinked.replace('{{questions}}', 'E2, E3'));
    const hit = inPlace.getByTestId('screening-hit');
    await expect(hit).toHaveCount(1);
    await expect(hit).toContainText('ABBAS, Abu');
    await expectNoSeriousA11yViolations(page, 'screening at the party question');
    await new ScreeningPage(page, s).dispose(hit, 'falsePositive', data.falseMatch);
    await expect(hit).toHaveAttribute('data-disposition', 'false-positive');
    await snapshot(page, testInfo, `${lang}-screening-in-place`);
    // The run is evidence of E2 without anyone linking it.
    await wizard.open('E2');
    await expect(wizard.question().getByTestId('question-evidence-item').first()).toContainText(
      'screening-run-',
    );
    await wizard.open('E3');
    await wizard.control().locator('input[value="false-positives-documented"]').check();
    await wizard.waitUntilSaved();

    // The risk beside the questionnaire says what it computed, and nothing contradicts it.
    const risk = page.getByTestId('risk-panel');
    await expect(risk).toBeVisible();
    const evaluated = await invokeCore(page, 'assessment.evaluate', { id });
    await expect(risk).toHaveAttribute('data-tier', evaluated.result.tier);
    await expect(risk.getByTestId('risk-recommendation')).toHaveText(
      s.risk.recommendation[evaluated.result.recommendation],
    );

    // The last question leads on to the decision.
    await wizard.open('I6');
    await page.getByRole('button', { name: s.assessmentPlace.reviewAndDecide }).click();
    const decision = new DecisionView(page, s);
    await expect(decision.tab(s.assessmentPlace.tabs.decision)).toHaveAttribute('aria-selected', 'true');
    await expectNoSeriousA11yViolations(page, 'decision');
    await decision.chooseFinal(evaluated.result.recommendation);
    await decision.rationale().fill(data.rationale);
    await decision.submit();
    await expect(decision.recorded()).toBeVisible();
    await expect(decision.recorded()).toContainText(data.rationale);
    await snapshot(page, testInfo, `${lang}-decision-recorded`);

    // Report: the checklist leads through signing and verifying.
    await decision.openReport();
    await expect(decision.checklistStep('review')).toHaveAttribute('data-state', 'done');
    await expect(decision.checklistStep('sign')).toHaveAttribute('data-state', 'todo');
    await expectNoSeriousA11yViolations(page, 'report');
    await page.getByRole('button', { name: s.reportExport.open }).click();
    const dialog = page.getByRole('dialog', { name: s.reportExport.title });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'export dialog');
    const report = out(`whole-job-${lang}.pdf`);
    await app.saveFrom(dialog.getByRole('button', { name: s.reportExport.submit }), report);
    const done = page.getByRole('dialog', { name: s.reportExport.doneTitle });
    await expect(done.getByTestId('export-result')).toBeVisible({ timeout: 90_000 });
    expect(execFileSync('pdfsig', [report], { encoding: 'utf8' })).toContain('Signature is Valid.');
    await done.getByRole('button', { name: s.reportExport.close }).click();
    await expect(decision.checklistStep('sign')).toHaveAttribute('data-state', 'done');
    await expect(decision.checklistStep('verify')).toHaveAttribute('data-state', 'todo');
    await snapshot(page, testInfo, `${lang}-report-checklist`);

    await decision
      .checklistStep('verify')
      .getByRole('button', { name: s.assessmentPlace.checklist.verify.action })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: s.verify.title })).toBeVisible();
    await chooseFiles(page, page.getByRole('button', { name: s.verify.pickPdf }), [report]);
    await page.getByRole('button', { name: s.verify.submit, exact: true }).click();
    const verdict = page.getByTestId('verification');
    // Self-signed and not in the trust list given: intact and signed, signer not vouched for.
    await expect(verdict).toHaveAttribute('data-verdict', 'valid-untrusted', { timeout: 30_000 });
    await expectNoSeriousA11yViolations(page, 'verification');
    await snapshot(page, testInfo, `${lang}-verified`);
    expect(readFileSync(report).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(consoleProblems).toEqual([]);
  });
}
