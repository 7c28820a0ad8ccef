import type { Page } from '@playwright/test';
import { compareVersions } from '../../assessments/templates/compareVersions';
import { FIXTURE_TEMPLATE_VERSION, fixtureAnswers, importAssessment, invokeCore } from './core';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot } from './helpers';
import { AssessmentList } from './pages/AssessmentList';
import { STRINGS } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

// Each test creates an encrypted workspace first (scrypt), which is slow on a busy machine.
test.describe.configure({ timeout: 240_000 });

const PASSPHRASE = 'amber lantern quietly folds';
const TEMPLATE = 'surveillance-export-hria';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)(?:, number)?\}\}/g, (whole, name: string) => String(values[name] ?? whole));

async function newestShipped(page: Page): Promise<string> {
  const versions = (await invokeCore(page, 'template.list', {}))
    .filter((summary) => summary.id === TEMPLATE)
    .map((summary) => summary.version)
    .sort(compareVersions);
  return versions.at(-1) ?? FIXTURE_TEMPLATE_VERSION;
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: an assessment on an earlier questionnaire is upgraded to a new version beside it`, async ({
    app,
  }, testInfo) => {
    const s = STRINGS[lang];
    const page = await app.open({ lang });
    await new WorkspaceGate(page, s).create('Nadia Haddad', PASSPHRASE);
    const title =
      lang === 'ar' ? 'تحليلات الاعتراض القانوني لوزارة الداخلية' : 'LI analytics for the interior ministry';
    const oldId = await importAssessment(page, title, fixtureAnswers('example-3-li-interior'));
    const newest = await newestShipped(page);
    // The app ships a questionnaire newer than the fixtures' own version: there is something to upgrade to.
    expect(compareVersions(newest, FIXTURE_TEMPLATE_VERSION)).toBeGreaterThan(0);
    await page.reload();
    await new AssessmentList(page, s).open(title);
    await expect(page.getByTestId('assessment-template')).toHaveText(
      `${TEMPLATE} ${FIXTURE_TEMPLATE_VERSION}`,
    );

    await page
      .getByRole('button', { name: fill(s.assessment.upgrade, { version: newest }), exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: fill(s.upgrade.title, { version: newest }) });
    await expect(dialog.getByTestId('upgrade-plan')).toBeVisible();

    // What the dialog shows is the core's plan: the outcome before and after, what is left to answer.
    const plan = await invokeCore(page, 'assessment.planUpgrade', { assessmentId: oldId });
    const comparison = dialog.getByTestId('upgrade-comparison');
    const tierRow = comparison
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: s.risk.tierLabel }) });
    await expect(tierRow.getByRole('cell').nth(0)).toHaveText(s.risk.tier[plan.before.result.tier]);
    await expect(tierRow.getByRole('cell').nth(1)).toHaveText(s.risk.tier[plan.after.result.tier]);
    await expect(dialog).toContainText(fill(s.upgrade.carried, { n: plan.carried.length }));
    await expect(dialog.getByTestId('upgrade-to-answer').getByRole('listitem')).toHaveCount(
      plan.toAnswer.length,
    );
    await expect(dialog).toContainText(s.upgrade.noDecision);
    await expectNoSeriousA11yViolations(page, 'upgrade dialog');
    await snapshot(page, testInfo, `upgrade-dialog-${lang}`);

    await dialog
      .getByRole('button', { name: fill(s.upgrade.create, { version: newest }), exact: true })
      .click();
    await expect(page.getByTestId('assessment-template')).toHaveText(`${TEMPLATE} ${newest}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // The new version is a new assessment that knows the one it continues; the old one is untouched.
    const assessments = await invokeCore(page, 'assessment.list', {});
    expect(assessments).toHaveLength(2);
    const newId = assessments.find((item) => item.id !== oldId)?.id ?? '';
    const detail = await invokeCore(page, 'assessment.get', { id: newId });
    expect(detail.versions.previous?.id).toBe(oldId);
    expect(detail.assessment.decision).toBeNull();
    expect(detail.answers.map((answer) => answer.questionId).sort()).toEqual([...plan.carried].sort());
    await snapshot(page, testInfo, `upgraded-assessment-${lang}`);

    await page
      .getByRole('button', { name: new RegExp(`${title}.*\\(${FIXTURE_TEMPLATE_VERSION}\\)`) })
      .click();
    await expect(page.getByTestId('assessment-template')).toHaveText(
      `${TEMPLATE} ${FIXTURE_TEMPLATE_VERSION}`,
    );
    await expect(page.getByText(s.assessment.nextVersion, { exact: true })).toBeVisible();
    // One line of versions: an assessment already continued offers no second upgrade.
    await expect(
      page.getByRole('button', { name: fill(s.assessment.upgrade, { version: newest }), exact: true }),
    ).toHaveCount(0);
  });
}
