import type { Locator, Page } from '@playwright/test';
import { fixtureAnswers, importAssessment, invokeCore } from './core';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot } from './helpers';
import { DecisionView } from './pages/DecisionView';
import { STRINGS, type Lang } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

// Each test creates an encrypted workspace first (scrypt), which is slow on a busy machine.
test.describe.configure({ timeout: 240_000 });

const PASSPHRASE = 'amber lantern quietly folds';
const RATIONALE =
  'Executive warrants without independent oversight make misuse plausible; the committee must weigh the conditions.';

/** A fresh workspace holding one imported assessment, with the decision screen open. */
async function openDecision(
  page: Page,
  lang: Lang,
  title: string,
  answers: ReturnType<typeof fixtureAnswers>,
): Promise<{ id: string; view: DecisionView }> {
  const s = STRINGS[lang];
  await new WorkspaceGate(page, s).create('Nadia Haddad', PASSPHRASE);
  const id = await importAssessment(page, title, answers);
  await page.reload();
  await expect(page.getByTestId('assessment-row')).toHaveCount(1);
  const view = new DecisionView(page, s);
  await view.openFromList(title);
  return { id, view };
}

test('the risk panel shows what assessment.evaluate computes', async ({ app }) => {
  const page = await app.open();
  const s = STRINGS.en;
  const { id, view } = await openDecision(
    page,
    'en',
    'LI analytics for the interior ministry',
    fixtureAnswers('example-3-li-interior'),
  );
  const { result } = await invokeCore(page, 'assessment.evaluate', { id });

  const panel = view.riskPanel();
  await expect(panel).toHaveAttribute('data-tier', result.tier);
  await expect(panel.getByTestId('risk-tier')).toHaveText(s.risk.tier[result.tier]);
  await expect(panel.getByTestId('risk-recommendation')).toHaveText(
    s.risk.recommendation[result.recommendation],
  );

  const cell = view.currentCell();
  await expect(cell).toHaveCount(1);
  await expect(cell).toContainText(s.risk.tier[result.matrixTier]);
  // The marked cell sits in the row of the severity band and the column of the likelihood band.
  const position = await cell.evaluate((td) => {
    const row = td.parentElement as HTMLTableRowElement;
    return {
      rowHeader: row.querySelector('th')?.textContent ?? '',
      column: (td as HTMLTableCellElement).cellIndex,
    };
  });
  expect(position.rowHeader).toContain(String(result.severity.band));
  expect(position.column).toBe(result.likelihood.finalBand);
  await expect(panel.getByTestId('risk-matrix').locator('caption')).toContainText(
    `${result.severity.band} × likelihood ${result.likelihood.finalBand}`,
  );

  const shown = await panel
    .locator('[data-flag-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-flag-id')));
  expect(shown.sort()).toEqual(result.flags.map((flag) => flag.id).sort());
  for (const section of result.sections.filter((candidate) => candidate.scored > 0))
    await expect(panel.locator(`[data-section="${section.section}"]`)).toBeVisible();
  await snapshot(page, test.info(), 'decision-en');
});

test('a decision is recorded with conditions and rationale, and goes stale when an answer changes', async ({
  app,
}) => {
  const page = await app.open();
  const s = STRINGS.en;
  const { id, view } = await openDecision(
    page,
    'en',
    'LI analytics',
    fixtureAnswers('example-3-li-interior'),
  );
  const computed = (await invokeCore(page, 'assessment.evaluate', { id })).result.recommendation;
  expect(computed).toBe('refer');

  await view.chooseFinal('refer');
  await view.tickCondition(s.decision.conditions.catalogue.noTargeting);
  await view.tickCondition(s.decision.conditions.catalogue.psvOnSite);
  await view.tickCondition(s.decision.triggers.items.coup);
  await view.rationale().fill('Too short.');
  await expect(page.getByTestId('rationale-counter')).toContainText('10 of at least 20');
  await view.submit();
  await expect(view.rationale()).toBeFocused();
  await expect(view.rationale()).toHaveAttribute('aria-invalid', 'true');

  await view.rationale().fill(RATIONALE);
  await page.getByLabel(s.decision.reviewDateLabel).fill('2099-06-30');
  await view.submit();
  await expect(view.recorded()).toBeVisible();
  await expect(view.recorded()).toHaveAttribute('data-stale', 'false');
  await expect(view.recorded()).toContainText(s.decision.conditions.catalogue.noTargeting);
  // The trigger is listed under its own label, not among the reporting duties.
  await expect(view.recorded().getByTestId('recorded-triggers')).toHaveText(s.decision.triggers.items.coup);

  const decision = await invokeCore(page, 'decision.get', { assessmentId: id });
  expect(decision).toMatchObject({
    finalRecommendation: 'refer',
    computedRecommendation: 'refer',
    rationale: RATIONALE,
    reviewDate: '2099-06-30',
    staleSince: null,
  });
  expect(decision?.conditions.map((condition) => condition.category)).toEqual([
    'contract-clause',
    'post-shipment-verification',
  ]);
  expect(decision?.triggers).toEqual(['coup']);

  await invokeCore(page, 'answers.save', { assessmentId: id, questionId: 'D5', value: 4 });
  await page.reload();
  await expect(view.recorded()).toHaveAttribute('data-stale', 'true');
  await expect(page.getByTestId('stale-notice')).toBeVisible();
  await page.getByRole('button', { name: s.decision.recorded.decideAgain }).click();
  await expect(view.rationale()).toHaveValue(RATIONALE);
  await expect(
    page.getByRole('checkbox', { name: s.decision.conditions.catalogue.noTargeting }),
  ).toBeChecked();
  await expect(page.getByRole('checkbox', { name: s.decision.triggers.items.coup })).toBeChecked();
  await view.chooseFinal('refer');
  await view.submit();
  await expect(view.recorded()).toHaveAttribute('data-stale', 'false');
});

/** Presses Tab until the target has focus, failing if it is not reachable within `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with ${limit} presses of Tab`);
}

test('the decision form works with the keyboard alone', async ({ app }) => {
  const page = await app.open();
  const s = STRINGS.en;
  const { id, view } = await openDecision(
    page,
    'en',
    'LI analytics',
    fixtureAnswers('example-3-li-interior'),
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  const radios = page.getByTestId('final-recommendation').getByRole('radio');
  await tabTo(page, radios.first());
  // Arrow keys move through a radio group and choose as they go: approve → … → refer.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: s.risk.recommendation.refer, exact: true })).toBeChecked();

  const clause = page.getByRole('checkbox', { name: s.decision.conditions.catalogue.noRetransfer });
  await tabTo(page, clause);
  await page.keyboard.press('Space');
  await expect(clause).toBeChecked();
  await tabTo(page, view.rationale());
  await page.keyboard.type(RATIONALE);
  await tabTo(page, page.getByRole('button', { name: s.decision.submit }));
  await page.keyboard.press('Enter');
  await expect(view.recorded()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: s.decision.recorded.title })).toBeFocused();
  const decision = await invokeCore(page, 'decision.get', { assessmentId: id });
  expect(decision).toMatchObject({
    finalRecommendation: 'refer',
    rationale: RATIONALE,
    conditions: [{ category: 'contract-clause', text: s.decision.conditions.catalogue.noRetransfer }],
  });
});

test('overriding the computed recommendation requires a justification', async ({ app }) => {
  const page = await app.open();
  const s = STRINGS.en;
  const { id, view } = await openDecision(
    page,
    'en',
    'LI analytics',
    fixtureAnswers('example-3-li-interior'),
  );

  await view.chooseFinal('deny');
  await expect(page.getByTestId('final-recommendation-value')).toContainText(s.risk.recommendation.deny);
  await view.rationale().fill(RATIONALE);
  await view.submit();
  await expect(view.justification()).toBeFocused();
  await expect(view.justification()).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(s.decision.errors.overrideRequired)).toBeVisible();

  await view.justification().fill('The end user has refused post-shipment checks in a parallel deal.');
  await view.submit();
  await expect(view.recorded()).toBeVisible();
  const decision = await invokeCore(page, 'decision.get', { assessmentId: id });
  expect(decision).toMatchObject({
    finalRecommendation: 'deny',
    computedRecommendation: 'refer',
    overrideJustification: 'The end user has refused post-shipment checks in a parallel deal.',
  });
});

test('a STOP answer makes the tier Unacceptable and the recommendation Deny, linked to its question', async ({
  app,
}) => {
  const page = await app.open();
  const s = STRINGS.en;
  const answers = { ...fixtureAnswers('example-2-frt-airport'), B9: { value: 'group-targeting' } };
  const title = 'Airport gates with group targeting';
  const { id, view } = await openDecision(page, 'en', title, answers);
  const { result } = await invokeCore(page, 'assessment.evaluate', { id });
  expect(result).toMatchObject({ tier: 'Unacceptable', recommendation: 'deny' });

  await expect(view.riskPanel().getByTestId('risk-tier')).toHaveText(s.risk.tier.Unacceptable);
  await expect(view.riskPanel().getByTestId('risk-recommendation')).toHaveText(s.risk.recommendation.deny);
  const flag = view.flag('B9-STOP');
  await expect(flag).toHaveAttribute('data-code', 'STOP');
  await flag.locator('.flag__raised-by').getByRole('button', { name: /B9/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

for (const lang of ['en', 'ar'] as const) {
  test(`the decision screen with the risk panel has no serious accessibility violations (${lang})`, async ({
    app,
  }) => {
    const page = await app.open({ lang });
    const { id, view } = await openDecision(
      page,
      lang,
      `Spyware ${lang}`,
      fixtureAnswers('example-1-spyware'),
    );
    for (const details of await view.riskPanel().locator('details').all())
      await details.locator('summary').click();
    await expectNoSeriousA11yViolations(page, `decision screen (${lang})`);
    await snapshot(page, test.info(), `decision-${lang}`);
    await view.chooseFinal('approve');
    await view.submit();
    await expectNoSeriousA11yViolations(page, `decision screen with errors (${lang})`);
    await snapshot(page, test.info(), `decision-errors-${lang}`);

    await view.chooseFinal('deny');
    await view.rationale().fill(RATIONALE);
    await view.submit();
    await expect(view.recorded()).toHaveAttribute('data-stale', 'false');
    await expectNoSeriousA11yViolations(page, `recorded decision (${lang})`);
    await invokeCore(page, 'answers.save', { assessmentId: id, questionId: 'D5', value: 3 });
    await page.reload();
    await expect(view.recorded()).toHaveAttribute('data-stale', 'true');
    await expectNoSeriousA11yViolations(page, `stale decision (${lang})`);
    await snapshot(page, test.info(), `decision-stale-${lang}`);
  });
}
