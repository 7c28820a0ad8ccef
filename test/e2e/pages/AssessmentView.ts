import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';
import { WizardPage } from './WizardPage';

export class AssessmentView {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  /** Question A5 of the questionnaire: the terms of reference, a free-text answer. */
  termsOfReference(): Locator {
    return this.page.locator('.wizard-question[data-question-id="A5"]').getByRole('textbox');
  }

  saveState(): Locator {
    return this.page.locator('.wizard-question').getByTestId('save-state');
  }

  async openTermsOfReference(): Promise<void> {
    await new WizardPage(this.page, this.s).open('A5');
  }

  /** Types like a person (key by key) and waits until the core has acknowledged the save. */
  async typeTermsOfReference(text: string): Promise<void> {
    await this.openTermsOfReference();
    const before = await this.saveState().getAttribute('data-saved-at');
    await this.termsOfReference().pressSequentially(text, { delay: 15 });
    await this.waitUntilSaved(before);
  }

  async waitUntilSaved(previousSavedAt: string | null): Promise<void> {
    const state = this.saveState();
    await expect(state).toHaveAttribute('data-state', 'saved');
    await expect(state).toHaveAttribute('data-saved-at', /.+/);
    if (previousSavedAt) await expect(state).not.toHaveAttribute('data-saved-at', previousSavedAt);
  }

  async back(): Promise<void> {
    // The place's own way back comes first; an embedded screen may offer another.
    await this.page.getByRole('button', { name: this.s.assessment.back }).first().click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.s.assessmentList.title }),
    ).toBeVisible();
  }
}
