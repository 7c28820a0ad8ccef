import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

export interface NewAssessment {
  title: string;
  destination?: string;
  endUser?: string;
  product?: string;
}

export class AssessmentList {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  rows(): Locator {
    return this.page.getByTestId('assessment-row');
  }

  async create(assessment: NewAssessment): Promise<void> {
    const { page, s } = this;
    await page.getByRole('button', { name: s.assessmentList.new }).click();
    const dialog = page.getByRole('dialog', { name: s.newAssessment.title });
    await expect(dialog).toBeVisible();
    // The questionnaire's own intake fields appear once its template has loaded, moving the buttons
    // down: a click in that moment lands beside "Create assessment". A person waits for the form too.
    await expect(dialog.getByText(s.newAssessment.templateLoading)).toHaveCount(0);
    await dialog.getByLabel(s.newAssessment.titleLabel, { exact: true }).fill(assessment.title);
    if (assessment.destination) {
      await dialog.getByLabel(s.newAssessment.destinationLabel).selectOption(assessment.destination);
    }
    if (assessment.endUser)
      await dialog.getByLabel(s.newAssessment.endUserLabel, { exact: true }).fill(assessment.endUser);
    if (assessment.product) await dialog.getByLabel(s.newAssessment.productLabel).fill(assessment.product);
    await dialog.getByRole('button', { name: s.newAssessment.submit }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: assessment.title })).toBeVisible();
  }

  async open(title: string): Promise<void> {
    await this.rows().getByRole('button', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
}
