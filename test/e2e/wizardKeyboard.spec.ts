import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { RECOMMENDATIONS } from '../../assessments/questionnaire/templateSchema';
import { compareVersions } from '../../assessments/templates/compareVersions';
import { invokeCore } from './core';
import { AssessmentList } from './pages/AssessmentList';
import { STRINGS } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';
import { WizardPage, type KeyboardAnswer } from './pages/WizardPage';

const PASSPHRASE = 'granite lantern orchard 42';
/** I3, the system-computed result, is read-only: shown (and open to a comment) but never counted. */
const READ_ONLY = new Set(['I3']);
/** More than the questionnaire can show, so a wizard that never ends fails instead of hanging. */
const MAX_QUESTIONS = 120;

/**
 * Chosen by value, so the answers mean the same whatever order the options are listed in: every
 * conditional question is shown (A2 EU + B2 non-listed → B3, B1 spyware → G3, A2 EU → I2); every
 * other question takes its first option.
 */
const CHOSEN: Record<string, string> = { B2: 'non-listed', C2: 'none', I1: 'no' };

type Bundle = Awaited<ReturnType<typeof invokeCore<'template.get'>>>;

function answerFor(bundle: Bundle, questionId: string, type: string): KeyboardAnswer {
  const chosen = CHOSEN[questionId];
  if (chosen) {
    const question = bundle.template.sections
      .flatMap((section) => section.questions)
      .find((candidate) => candidate.id === questionId);
    const index = question?.options?.findIndex((option) => option.value === chosen) ?? -1;
    if (index < 0) throw new Error(`${questionId} offers no option "${chosen}"`);
    return { kind: 'choice', index };
  }
  switch (type) {
    case 'multi':
      return { kind: 'multi', indices: [0] };
    case 'text':
      return { kind: 'type', text: `Answer to ${questionId}, typed at the keyboard.` };
    case 'date':
      return { kind: 'type', text: '2026-11-02' };
    case 'country':
      return { kind: 'type', text: 'Egypt' };
    case 'entity':
      return { kind: 'party', name: 'Ministry of Interior', role: 'End-user' };
    default:
      return { kind: 'choice', index: 0 };
  }
}

/** Counts pointer input reaching the page, so the spec can prove it used none. */
async function countPointerEvents(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'touchstart'])
      window.addEventListener(type, () => (w.pointerEvents += 1), { capture: true });
  });
  return () => page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents);
}

const DECISION_RATIONALE =
  'Every question answered from the file; the computed outcome stands on the recorded evidence.';

/** The open assessment's id, as the app remembers it for a reload. */
async function assessmentIdOf(page: Page): Promise<string> {
  const id = await page.evaluate(() => sessionStorage.getItem('assay.openAssessment'));
  if (!id) throw new Error('no assessment is open');
  return id;
}

test('en: a new user answers every question of the newest questionnaire and records the decision with the keyboard only', async ({
  app,
}, testInfo) => {
  test.setTimeout(300_000);
  const s = STRINGS.en;
  const page = await app.open({ lang: 'en' });
  const consoleProblems = watchConsole(page);
  const pointerEvents = await countPointerEvents(page);
  const wizard = new WizardPage(page, s);
  const keyboard = page.keyboard;

  // Workspace creation: the name field has focus when the screen opens.
  await expect(page.getByLabel(s.createWorkspace.assessorLabel)).toBeFocused();
  await keyboard.type('Amira Haddad');
  await wizard.tabTo(page.getByLabel(s.createWorkspace.passphraseLabel, { exact: true }));
  await keyboard.type(PASSPHRASE);
  await wizard.tabTo(page.getByLabel(s.createWorkspace.confirmLabel));
  await keyboard.type(PASSPHRASE);
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: s.assessmentList.title })).toBeVisible({
    timeout: 20_000,
  });

  // New assessment through the dialog.
  await wizard.tabTo(page.getByRole('button', { name: s.assessmentList.new }));
  await keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: s.newAssessment.title });
  await wizard.tabTo(dialog.getByLabel(s.newAssessment.titleLabel, { exact: true }));
  await keyboard.type('Interception suite for the Ministry of Interior');
  // The destination is left to question C1 here, so that the wizard asks every question itself.
  await wizard.tabTo(dialog.getByRole('button', { name: s.newAssessment.submit }));
  await keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Interception suite for the Ministry of Interior' }),
  ).toBeVisible();

  // A new assessment follows the newest questionnaire version.
  const opened = await invokeCore(page, 'assessment.get', { id: await assessmentIdOf(page) });
  const pinned = opened.assessment.template;
  if (!pinned) throw new Error('the new assessment follows no questionnaire');
  const newest = (await invokeCore(page, 'template.list', {}))
    .map((summary) => summary.version)
    .sort(compareVersions);
  expect(pinned.version).toBe(newest.at(-1));
  const bundle = await invokeCore(page, 'template.get', { id: pinned.id, version: pinned.version });

  // Into the first question, then question after question with the wizard's shortcuts, to the end.
  await expect(wizard.question()).toHaveAttribute('data-question-id', 'A1');
  await wizard.tabTo(wizard.question().locator('input, textarea, select').first());
  const seen: string[] = [];
  let counted = 0;
  for (let i = 0; ; i += 1) {
    expect(i, 'questions shown before the questionnaire ended').toBeLessThan(MAX_QUESTIONS);
    const id = await wizard.currentId();
    seen.push(id);
    await wizard.answerByKeyboard(answerFor(bundle, id, await wizard.currentType()));
    if (!READ_ONLY.has(id)) counted += 1;
    await expect(wizard.progress()).toHaveAttribute('data-answered', String(counted));
    if (i === 30) await snapshot(page, testInfo, 'en-keyboard-midway');
    if ((await wizard.progress().getAttribute('data-complete')) === 'true') break;
    await wizard.next();
  }

  // Every question was shown once, and the last one shown is the last of the questionnaire.
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.at(-1)).toBe(bundle.template.sections.at(-1)?.questions.at(-1)?.id);
  await expect(wizard.progress()).toHaveAttribute('data-visible', String(counted));
  await expect(wizard.progress()).toHaveAttribute('data-complete', 'true');
  await expect(wizard.progress()).toContainText(s.wizard.allAnswered);
  await wizard.waitUntilSaved();
  // Every answer reached the core: its own progress agrees once the last save is scored.
  await expect(wizard.tier()).toHaveAttribute('data-tier', /.+/);
  await keyboard.press('Alt+KeyJ');
  await expect(page.getByRole('status').filter({ hasText: s.wizard.allAnswered })).toBeAttached();
  await snapshot(page, testInfo, 'en-keyboard-complete');

  // On to the decision, still by keyboard: the last question's "Review and decide" opens its tab.
  await wizard.tabTo(page.getByRole('button', { name: s.assessmentPlace.reviewAndDecide }));
  await keyboard.press('Enter');
  const decisionTab = page.getByRole('tab', { name: s.assessmentPlace.tabs.decision, exact: true });
  await expect(decisionTab).toHaveAttribute('aria-selected', 'true');
  await expect(decisionTab).toBeFocused();
  const { result } = await invokeCore(page, 'assessment.evaluate', { id: await assessmentIdOf(page) });
  // Decide as computed, so no override justification is needed: arrow keys choose within the group.
  const radios = page.getByTestId('final-recommendation').getByRole('radio');
  await wizard.tabTo(radios.first());
  const steps = RECOMMENDATIONS.indexOf(result.recommendation);
  if (steps === 0) await keyboard.press('Space');
  for (let step = 0; step < steps; step += 1) await keyboard.press('ArrowDown');
  await expect(
    page.getByRole('radio', { name: s.risk.recommendation[result.recommendation], exact: true }),
  ).toBeChecked();
  await wizard.tabTo(page.getByRole('textbox', { name: s.decision.rationaleLabel }));
  await keyboard.type(DECISION_RATIONALE);
  await wizard.tabTo(page.getByRole('button', { name: s.decision.submit }));
  await keyboard.press('Enter');
  await expect(page.getByTestId('recorded-decision')).toBeVisible();
  const decision = await invokeCore(page, 'decision.get', { assessmentId: await assessmentIdOf(page) });
  expect(decision).toMatchObject({
    finalRecommendation: result.recommendation,
    computedRecommendation: result.recommendation,
    rationale: DECISION_RATIONALE,
  });
  expect(await pointerEvents()).toBe(0);
  expect(consoleProblems).toEqual([]);
});

test('ar: the wizard is mirrored, answers from the keyboard and has no serious accessibility problem', async ({
  app,
}, testInfo) => {
  const s = STRINGS.ar;
  const page = await app.open({ lang: 'ar' });
  const consoleProblems = watchConsole(page);
  await new WorkspaceGate(page, s).create('ليلى حداد', PASSPHRASE);
  await new AssessmentList(page, s).create({ title: 'منصة اعتراض لوزارة الداخلية', destination: 'EG' });
  const wizard = new WizardPage(page, s);

  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // Mirrored: the section navigation sits on the right of the question, the side column on its left.
  const nav = await wizard.sectionNav().boundingBox();
  const main = await page.locator('.wizard').boundingBox();
  const side = await page.locator('.wizard-side').boundingBox();
  expect(nav && main && side).toBeTruthy();
  if (nav && main && side) {
    expect(nav.x).toBeGreaterThan(main.x + main.width - 1);
    expect(side.x + side.width).toBeLessThan(main.x + 1);
  }
  // Template text comes from the Arabic translation.
  await expect(wizard.question().getByRole('heading', { level: 2 })).toContainText(
    'ما الغرض من هذا التقييم؟',
  );

  await wizard.tabTo(wizard.question().locator('input').first());
  await wizard.answerByKeyboard({ kind: 'choice', index: 1 });
  await wizard.next();
  await wizard.answerByKeyboard({ kind: 'multi', indices: [0, 2] });
  await wizard.next();
  await expect(wizard.question()).toHaveAttribute('data-question-id', 'A3');
  await wizard.answerByKeyboard({ kind: 'party', name: 'وزارة الداخلية', role: 'المستخدم النهائي' });
  await wizard.waitUntilSaved();
  // The strip counts what the core stored: these three, and C1 when the new-assessment dialog
  // recorded the destination as its answer.
  const stored = await invokeCore(page, 'assessment.get', { id: await assessmentIdOf(page) });
  const storedIds = stored.answers.map((answer) => answer.questionId);
  expect(storedIds).toEqual(expect.arrayContaining(['A1', 'A2', 'A3']));
  await expect(wizard.progress()).toHaveAttribute('data-answered', String(storedIds.length));
  await expect(page.getByTestId('section-A')).toContainText('أُجيب عن 3 من 5');

  await page.keyboard.press('Alt+PageDown');
  await expect(wizard.question()).toHaveAttribute('data-question-id', 'B1');
  await page.keyboard.press('Alt+PageUp');
  await expect(wizard.question()).toHaveAttribute('data-question-id', 'A1');
  await page.keyboard.press('Alt+KeyJ');
  await expect(wizard.question()).toHaveAttribute('data-question-id', 'A4');
  await page.keyboard.type('2026-11-02');
  await expect(wizard.question().locator('.date-answer__readable')).toContainText('نوفمبر');

  await wizard.question().getByText(s.wizard.guidance).click();
  await page.getByTestId('shortcuts-help').getByText(s.wizard.shortcuts.title).click();
  await snapshot(page, testInfo, 'ar-wizard');
  await expectNoSeriousA11yViolations(page, 'wizard (ar)');
  expect(consoleProblems).toEqual([]);
});
