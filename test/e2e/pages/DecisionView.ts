import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

type Recommendation = keyof Strings['risk']['recommendation'];

/** The decision tab of an assessment: the form (or the decision on record) beside the live risk panel. */
export class DecisionView {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  /** Opens the assessment on its decision tab from the assessment list row of this title. */
  async openFromList(title: string): Promise<void> {
    await this.page
      .getByTestId('assessment-row')
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) })
      .getByRole('button', { name: this.s.decision.open, exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.tab(this.s.assessmentPlace.tabs.decision)).toHaveAttribute('aria-selected', 'true');
    await expect(this.riskPanel()).toBeVisible();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** The report tab: the review, sign, verify checklist and the signed export. */
  async openReport(): Promise<void> {
    await this.tab(this.s.assessmentPlace.tabs.report).click();
    await expect(this.tab(this.s.assessmentPlace.tabs.report)).toHaveAttribute('aria-selected', 'true');
    await expect(this.page.getByTestId('report-export')).toBeVisible();
  }

  checklistStep(step: 'review' | 'sign' | 'verify'): Locator {
    return this.page.getByTestId(`checklist-${step}`);
  }

  riskPanel(): Locator {
    return this.page.getByTestId('risk-panel');
  }

  currentCell(): Locator {
    return this.riskPanel().locator('td[aria-current="true"]');
  }

  flag(id: string): Locator {
    return this.riskPanel().locator(`[data-flag-id="${id}"]`);
  }

  recorded(): Locator {
    return this.page.getByTestId('recorded-decision');
  }

  async chooseFinal(recommendation: Recommendation): Promise<void> {
    await this.page
      .getByTestId('final-recommendation')
      .getByRole('radio', { name: this.s.risk.recommendation[recommendation], exact: true })
      .check();
  }

  async tickCondition(text: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: text }).check();
  }

  rationale(): Locator {
    return this.page.getByRole('textbox', { name: this.s.decision.rationaleLabel });
  }

  justification(): Locator {
    return this.page.getByRole('textbox', { name: this.s.decision.overrideLabel });
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: this.s.decision.submit }).click();
  }
}
