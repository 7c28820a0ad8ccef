import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

export interface NewAssessment {
  title: string;
  destination?: string;
  endUser?: string;
  /** The end user's country of registration and one identifier, entered under "Identify more precisely". */
  endUserCountry?: string;
  endUserIdentifier?: { type: string; value: string };
  product?: string;
  /** Called with the form filled in, before it is submitted (a screenshot, an accessibility scan). */
  onFilled?: () => Promise<void>;
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
    if (assessment.endUserCountry || assessment.endUserIdentifier) {
      const details = s.newAssessment.endUserDetails;
      await dialog.getByText(details.summary).click();
      if (assessment.endUserCountry)
        await dialog.getByLabel(details.nationality).selectOption(assessment.endUserCountry);
      if (assessment.endUserIdentifier) {
        await dialog.getByLabel(details.identifierType).selectOption(assessment.endUserIdentifier.type);
        await dialog
          .getByLabel(details.identifierValue, { exact: true })
          .fill(assessment.endUserIdentifier.value);
      }
    }
    if (assessment.product) await dialog.getByLabel(s.newAssessment.productLabel).fill(assessment.product);
    await assessment.onFilled?.();
    await dialog.getByRole('button', { name: s.newAssessment.submit }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: assessment.title })).toBeVisible();
  }

  async open(title: string): Promise<void> {
    await this.rows().getByRole('button', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
}
