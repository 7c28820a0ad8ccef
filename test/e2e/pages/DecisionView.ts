import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

type Recommendation = keyof Strings['risk']['recommendation'];

/** The decision screen: the form (or the decision on record) beside the live risk panel. */
export class DecisionView {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  /** Opens the decision screen from the assessment list row of this title. */
  async openFromList(title: string): Promise<void> {
    await this.page
      .getByTestId('assessment-row')
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) })
      .getByRole('button', { name: this.s.decision.open, exact: true })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: new RegExp(this.s.decision.title) }),
    ).toBeVisible();
    await expect(this.riskPanel()).toBeVisible();
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
