import { expect, test } from './fixtures';
import { AssessmentList } from './pages/AssessmentList';
import { AssessmentView } from './pages/AssessmentView';
import { STRINGS, type Lang } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';

const PASSPHRASE = 'granite lantern orchard 42';

const CASES: Record<
  Lang,
  { assessor: string; title: string; endUser: string; product: string; answer: string }
> = {
  en: {
    assessor: 'Amira Haddad',
    title: 'Lawful-intercept platform for the Ministry of Interior',
    endUser: 'Ministry of Interior, Cybercrime Unit',
    product: 'LI mediation and monitoring-centre analytics (5D001.e)',
    answer: 'ToR v2 signed 2026-11-02; contract Q-2026/17; licence application DE-2026-0042.',
  },
  ar: {
    assessor: 'ليلى حداد',
    title: 'تصدير نظام اعتراض الاتصالات إلى الوزارة',
    endUser: 'وزارة الداخلية',
    product: 'منصة لاعتراض الاتصالات وتحليلها.',
    answer: 'العقد رقم 2026/17 والترخيص DE-2026-0042 موقّع في 2 نوفمبر.',
  },
};

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: a new user creates a workspace and an assessment, answers, and finds everything after reload and restart`, async ({
    app,
  }, testInfo) => {
    // Two key derivations, a restart and four accessibility scans of full screens.
    test.setTimeout(120_000);
    const s = STRINGS[lang];
    const data = CASES[lang];
    const page = await app.open({ lang });
    const consoleProblems = watchConsole(page);
    const gate = new WorkspaceGate(page, s);
    const list = new AssessmentList(page, s);
    const view = new AssessmentView(page, s);

    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1, name: s.createWorkspace.title })).toBeVisible();
    await snapshot(page, testInfo, `${lang}-01-create-workspace`);
    await expectNoSeriousA11yViolations(page, 'create workspace');

    await gate.create(data.assessor, PASSPHRASE);
    await expect(page.getByText(s.assessmentList.empty)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'empty assessment list');

    // Mirrored layout: the page heading sits at the reading start, the primary action at the end.
    const heading = await page.getByRole('heading', { level: 1, name: s.assessmentList.title }).boundingBox();
    const action = await page.getByRole('button', { name: s.assessmentList.new }).boundingBox();
    if (!heading || !action) throw new Error('heading or action not laid out');
    if (lang === 'ar') expect(heading.x).toBeGreaterThan(action.x);
    else expect(heading.x).toBeLessThan(action.x);

    await list.create({ title: data.title, destination: 'EG', endUser: data.endUser, product: data.product });
    await view.typeTermsOfReference(data.answer);
    const typedAt = await page.evaluate(() => Date.now());
    const savedAt = Date.parse((await view.saveState().getAttribute('data-saved-at')) ?? '');
    // Persisted (committed by the core) within a second of the last keystroke.
    expect(savedAt - typedAt).toBeLessThan(1000);
    await snapshot(page, testInfo, `${lang}-02-assessment-saved`);
    await expectNoSeriousA11yViolations(page, 'assessment view');

    await page.reload();
    await view.openTermsOfReference();
    await expect(view.termsOfReference()).toHaveValue(data.answer);

    await view.back();
    await expect(list.rows()).toHaveCount(1);
    await expect(list.rows().first()).toContainText(data.endUser);
    await snapshot(page, testInfo, `${lang}-03-assessment-list`);
    await expectNoSeriousA11yViolations(page, 'assessment list');

    const restarted = await app.restart({ lang });
    const gateAfter = new WorkspaceGate(restarted, s);
    await gateAfter.expectUnlockScreen();
    await snapshot(restarted, testInfo, `${lang}-04-unlock`);
    await expectNoSeriousA11yViolations(restarted, 'unlock');
    await gateAfter.unlockSuccessfully(PASSPHRASE);
    const listAfter = new AssessmentList(restarted, s);
    await listAfter.open(data.title);
    const viewAfter = new AssessmentView(restarted, s);
    await viewAfter.openTermsOfReference();
    await expect(viewAfter.termsOfReference()).toHaveValue(data.answer);
    expect(consoleProblems).toEqual([]);
  });
}
