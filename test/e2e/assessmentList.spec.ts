import type { OperationName } from '../../assessments/api/contract';
import { invokeCore } from './core';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { NewAssessmentForm, type Intake } from './pages/NewAssessmentForm';
import { STRINGS, type Lang } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

// Key derivation (scrypt) and the accessibility scans take their time on a busy machine.
test.describe.configure({ timeout: 120_000 });

const PASSPHRASE = 'granite lantern orchard 42';

const INTAKE: Record<Lang, Intake & { search: string }> = {
  en: {
    title: 'IMSI catchers for the Interior Ministry',
    destination: 'EG',
    endUser: 'Ministry of Interior, Cybercrime Unit',
    intermediaries: ['Gulf Trading FZE', 'Nile Systems Integration'],
    categories: ['Mobile interception / IMSI catcher'],
    controlStatus: 'eu-annex-i-listed',
    controlCode: '5A001.f',
    search: 'cybercrime',
  },
  ar: {
    title: 'أجهزة التقاط IMSI لوزارة الداخلية',
    destination: 'EG',
    endUser: 'وزارة الداخلية، وحدة الجرائم الإلكترونية',
    intermediaries: ['شركة الخليج للتجارة', 'النيل لتكامل الأنظمة'],
    categories: ['اعتراض اتصالات الهواتف المتنقلة / أجهزة التقاط IMSI'],
    controlStatus: 'eu-annex-i-listed',
    controlCode: '5A001.f',
    search: 'الجرائم',
  },
};

interface Detail {
  answers: { questionId: string; value: unknown; note: string | null }[];
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: a new assessment records its intake as first answers; the list searches, filters and sorts`, async ({
    app,
  }, testInfo) => {
    const s = STRINGS[lang];
    const intake = INTAKE[lang];
    const page = await app.open({ lang });
    // Through the page's own door to the core, so the desktop window runs the same checks.
    const invoke = <T>(op: string, input: unknown): Promise<T> =>
      invokeCore(page, op as OperationName, input as never) as Promise<T>;
    const consoleProblems = watchConsole(page);
    await new WorkspaceGate(page, s).create('Amira Haddad', PASSPHRASE);

    const form = new NewAssessmentForm(page, s);
    await form.open();
    // The control code needs the status it belongs to.
    await form.dialog().getByLabel(s.newAssessment.controlCodeLabel).fill('5A001.f');
    await page.keyboard.type('x');
    await form.dialog().getByLabel(s.newAssessment.titleLabel, { exact: true }).fill('x');
    await form.submit();
    await expect(form.dialog().getByText(s.newAssessment.errors.controlStatusRequired)).toBeVisible();
    await expect(form.dialog().getByLabel(s.newAssessment.controlStatusLabel)).toBeFocused();
    await form.dialog().getByLabel(s.newAssessment.titleLabel, { exact: true }).fill('');
    await form.dialog().getByLabel(s.newAssessment.titleLabel, { exact: true }).focus();
    await form.fill(intake);
    await snapshot(page, testInfo, `${lang}-new-assessment`);
    await expectNoSeriousA11yViolations(page, 'new assessment dialog');
    await form.submit();
    await expect(form.dialog()).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: intake.title })).toBeVisible();

    const list = await invoke<{ id: string; title: string }[]>('assessment.list', {});
    const created = list.find((row) => row.title === intake.title);
    const detail = await invoke<Detail>('assessment.get', { id: created?.id });
    const answers = Object.fromEntries(detail.answers.map((answer) => [answer.questionId, answer]));
    expect(answers.C1?.value).toBe('EG');
    expect(answers.B1?.value).toEqual(['mobile-interception']);
    expect(answers.B2).toMatchObject({ value: 'eu-annex-i-listed', note: '5A001.f' });
    expect((answers.E1?.value as { name: string }[]).map((party) => party.name)).toEqual([
      intake.endUser,
      ...intake.intermediaries,
    ]);

    // Two more, set up directly: a designated end user (a STOP flag) and a different destination.
    await invoke('assessment.create', {
      title: 'Spyware licence renewal',
      destinationCountry: 'AE',
      endUserName: 'State Security Directorate',
      initialAnswers: { D3: { value: 'hr-sanctions-designation' } },
    });
    await invoke('assessment.create', { title: 'Airport face matching', destinationCountry: 'FR' });

    await page.getByRole('button', { name: s.assessment.back }).click();
    const rows = page.getByTestId('assessment-row');
    await expect(rows).toHaveCount(3);
    const spyware = rows.filter({ hasText: 'Spyware licence renewal' });
    await expect(spyware.locator('[data-tier]')).toHaveAttribute('data-tier', 'Unacceptable');
    await expect(spyware).toContainText(s.tier.Unacceptable);

    const search = page.getByRole('searchbox', { name: s.assessmentList.filters.search });
    await search.fill(intake.search);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(intake.endUser);
    await expect(page.getByTestId('list-summary')).not.toBeEmpty();
    await search.fill('');
    await expect(rows).toHaveCount(3);

    await page.getByLabel(s.assessmentList.filters.destination).selectOption('EG');
    await expect(rows).toHaveCount(1);
    await page.getByLabel(s.assessmentList.filters.destination).selectOption('');
    await page.getByLabel(s.assessmentList.filters.tier).selectOption('Unacceptable');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Spyware licence renewal');
    await page.getByLabel(s.assessmentList.filters.status).selectOption('stale');
    await expect(page.getByText(s.assessmentList.filters.noMatch)).toBeVisible();
    await snapshot(page, testInfo, `${lang}-list-no-match`);
    await page.getByRole('button', { name: s.assessmentList.filters.clear }).focus();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(3);

    // Sorting by keyboard: the header button toggles, and aria-sort tells assistive technology.
    const titleHeader = page.getByRole('columnheader', { name: s.assessmentList.columns.title });
    await titleHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await rows.locator('th').allInnerTexts();
    expect(ascending).toEqual([...ascending].sort((a, b) => new Intl.Collator(lang).compare(a, b)));
    await page.keyboard.press('Enter');
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await rows.locator('th').allInnerTexts()).toEqual([...ascending].reverse());

    const tierHeader = page.getByRole('columnheader', { name: s.assessmentList.columns.tier });
    await tierHeader.getByRole('button').click();
    await expect(tierHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(rows.first()).toContainText('Spyware licence renewal');
    await snapshot(page, testInfo, `${lang}-list-sorted`);
    await expectNoSeriousA11yViolations(page, 'assessment list with filters');
    expect(consoleProblems).toEqual([]);
  });
}
