import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

/** The evidence screen of one assessment and the panel on it. */
export class EvidencePage {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  panel(): Locator {
    return this.page.getByTestId('evidence-panel');
  }

  items(): Locator {
    return this.page.getByTestId('evidence-item');
  }

  item(name: string): Locator {
    return this.items().filter({ has: this.page.getByRole('heading', { level: 3, name }) });
  }

  notice(): Locator {
    return this.page.getByTestId('evidence-notice');
  }

  addButton(): Locator {
    return this.panel().getByRole('button', { name: this.s.evidence.add });
  }

  questionSelect(): Locator {
    return this.page.getByLabel(this.s.evidenceScreen.questionLabel);
  }

  /** Opens it from the assessment list row of `title`, by keyboard. */
  async openFromList(title: string): Promise<void> {
    const name = this.s.evidenceScreen.openFor.replace('{{title}}', `\u2068${title}\u2069`);
    const button = this.page.getByRole('button', { name, exact: true });
    await button.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(
      this.page.getByRole('tab', { name: this.s.assessmentPlace.tabs.evidence, exact: true }),
    ).toHaveAttribute('aria-selected', 'true');
    await expect(this.panel()).toBeVisible();
  }

  async press(locator: Locator, key = 'Enter'): Promise<void> {
    await locator.focus();
    await this.page.keyboard.press(key);
  }
}
