import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

/** How to answer one question from the keyboard: option positions, or text to type. */
export type KeyboardAnswer =
  | { kind: 'choice'; index: number }
  | { kind: 'multi'; indices: number[] }
  | { kind: 'type'; text: string }
  | { kind: 'party'; name: string; role: string };

/** The questionnaire wizard: section navigation, one question at a time, status strip. */
export class WizardPage {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  question(): Locator {
    return this.page.locator('.wizard-question');
  }

  /** The answer itself, without the question's note field. */
  control(): Locator {
    return this.question().locator('.wizard-question__control');
  }

  async currentId(): Promise<string> {
    return (await this.question().getAttribute('data-question-id')) ?? '';
  }

  async currentType(): Promise<string> {
    return (await this.question().getAttribute('data-question-type')) ?? '';
  }

  sectionNav(): Locator {
    return this.page.getByRole('navigation', { name: this.s.wizard.sectionsNav });
  }

  progress(): Locator {
    return this.page.getByTestId('wizard-progress');
  }

  tier(): Locator {
    return this.page.getByTestId('status-tier');
  }

  recommendation(): Locator {
    return this.page.getByTestId('status-recommendation');
  }

  saveState(): Locator {
    return this.question().getByTestId('save-state');
  }

  /** Shows a question through the section navigation (pointer use; keyboard specs use shortcuts). */
  async open(questionId: string): Promise<void> {
    await this.page.getByTestId(`section-${questionId.charAt(0)}`).click();
    await this.sectionNav()
      .getByRole('button', { name: new RegExp(`^${questionId}\\b`) })
      .click();
    await expect(this.question()).toHaveAttribute('data-question-id', questionId);
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveState()).toHaveAttribute('data-state', 'saved');
    await expect(this.saveState()).toHaveAttribute('data-saved-at', /.+/);
  }

  /** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
  async tabTo(target: Locator, maxPresses = 80): Promise<void> {
    for (let i = 0; i < maxPresses; i += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  /** Answers the question on screen from the keyboard; focus must be on its first control. */
  async answerByKeyboard(answer: KeyboardAnswer): Promise<void> {
    const keyboard = this.page.keyboard;
    switch (answer.kind) {
      case 'choice':
        if (answer.index === 0) await keyboard.press('Space');
        for (let i = 0; i < answer.index; i += 1) await keyboard.press('ArrowDown');
        return;
      case 'multi': {
        let at = 0;
        for (const index of [...answer.indices].sort((a, b) => a - b)) {
          for (; at < index; at += 1) await keyboard.press('Tab');
          await keyboard.press('Space');
        }
        return;
      }
      case 'type':
        await keyboard.type(answer.text);
        return;
      case 'party':
        await keyboard.type(answer.name);
        await keyboard.press('Tab');
        await keyboard.type(answer.role);
        return;
    }
  }

  async next(): Promise<void> {
    const before = await this.currentId();
    await this.page.keyboard.press('Alt+ArrowDown');
    await expect(this.question()).not.toHaveAttribute('data-question-id', before);
  }
}
