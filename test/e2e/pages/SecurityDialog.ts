import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings';

/** The workspace security dialog: idle-lock time and passphrase change. */
export class SecurityDialogPage {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.s.security.title });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: this.s.security.open }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog()).toBeVisible();
    await expect(this.dialog().getByLabel(this.s.security.idleLabel)).toBeFocused();
  }

  async changePassphrase(current: string, next: string, confirm = next): Promise<void> {
    const dialog = this.dialog();
    await dialog.getByLabel(this.s.security.currentLabel).fill(current);
    await dialog.getByLabel(this.s.security.newLabel, { exact: true }).fill(next);
    await dialog.getByLabel(this.s.security.confirmLabel).fill(confirm);
    await dialog.getByRole('button', { name: this.s.security.submit }).focus();
    await this.page.keyboard.press('Enter');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog()).toBeHidden();
  }
}
