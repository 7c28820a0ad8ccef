import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

export class AssessmentView {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  termsOfReference(): Locator {
    return this.page.getByRole('textbox', { name: this.s.questions.a5.label });
  }

  saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  /** Types like a person (key by key) and waits until the core has acknowledged the save. */
  async typeTermsOfReference(text: string): Promise<void> {
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
    await this.page.getByRole('button', { name: this.s.assessment.back }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.s.assessmentList.title }),
    ).toBeVisible();
  }
}
