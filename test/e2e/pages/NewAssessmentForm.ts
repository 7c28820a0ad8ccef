import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

export interface Intake {
  title: string;
  destination: string;
  endUser: string;
  intermediaries: string[];
  /** Visible labels of product categories to tick. */
  categories: string[];
  controlStatus: string;
  controlCode: string;
}

/** The new-assessment dialog, filled in by keyboard. */
export class NewAssessmentForm {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.s.newAssessment.title });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: this.s.assessmentList.new }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog()).toBeVisible();
    await expect(this.dialog().getByLabel(this.s.newAssessment.titleLabel, { exact: true })).toBeFocused();
    // The template's own options arrive with it.
    await expect(
      this.dialog().getByRole('group', { name: this.s.newAssessment.productCategoryLabel }),
    ).toBeVisible();
  }

  async fill(intake: Intake): Promise<void> {
    const { page, s } = this;
    const dialog = this.dialog();
    await page.keyboard.type(intake.title);
    await dialog.getByLabel(s.newAssessment.destinationLabel).selectOption(intake.destination);
    await dialog.getByLabel(s.newAssessment.endUserLabel, { exact: true }).fill(intake.endUser);
    const intermediary = dialog.getByRole('textbox', { name: s.newAssessment.intermediaryName });
    for (const name of intake.intermediaries) {
      await intermediary.fill(name);
      await intermediary.press('Enter');
      await expect(dialog.getByRole('listitem').filter({ hasText: name })).toBeVisible();
    }
    for (const category of intake.categories) {
      const box = dialog.getByRole('checkbox', { name: category, exact: true });
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    await dialog.getByLabel(s.newAssessment.controlStatusLabel).selectOption(intake.controlStatus);
    await dialog.getByLabel(s.newAssessment.controlCodeLabel).fill(intake.controlCode);
  }

  async submit(): Promise<void> {
    await this.dialog().getByRole('button', { name: this.s.newAssessment.submit }).focus();
    await this.page.keyboard.press('Enter');
  }
}
