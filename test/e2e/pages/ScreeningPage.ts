import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

/** The screening view of one assessment: lists, run, hits, decisions, suggestions. */
export class ScreeningPage {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  async openFromList(title: string): Promise<void> {
    const row = this.page.getByTestId('assessment-row').filter({ hasText: title });
    await row.getByRole('button', { name: this.s.screening.open, exact: true }).focus();
    await this.page.keyboard.press('Enter');
    await expect(
      this.page.getByRole('tab', { name: this.s.assessmentPlace.tabs.screening, exact: true }),
    ).toHaveAttribute('aria-selected', 'true');
    await expect(this.panel()).toBeVisible();
  }

  panel(): Locator {
    return this.page.getByTestId('screening-panel');
  }

  hits(): Locator {
    return this.page.getByTestId('screening-hit');
  }

  stop(): Locator {
    return this.page.getByTestId('screening-stop');
  }

  async run(label: string): Promise<void> {
    const before = await this.page.getByTestId('run-row').count();
    await this.panel().getByRole('button', { name: label, exact: true }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('run-row')).toHaveCount(before + 1);
  }

  /** Decides a hit from the keyboard: radio by Space, reason typed, Enter on the submit button. */
  async dispose(hit: Locator, disposition: 'trueMatch' | 'falsePositive', reason: string): Promise<void> {
    const { page, s } = this;
    await hit.getByRole('radio', { name: s.screening.disposition[disposition] }).focus();
    await page.keyboard.press('Space');
    if (disposition === 'trueMatch') await expect(hit.getByTestId('true-match-warning')).toBeVisible();
    await hit.getByRole('textbox', { name: s.screening.disposition.reasonLabel }).focus();
    await page.keyboard.type(reason);
    await hit.getByRole('button', { name: s.screening.disposition.save }).focus();
    await page.keyboard.press('Enter');
  }

  suggestion(questionId: string): Locator {
    return this.page.locator(`[data-testid="suggestion"][data-question-id="${questionId}"]`);
  }
}
