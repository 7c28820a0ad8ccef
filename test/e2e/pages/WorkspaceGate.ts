import { expect, type Page } from '@playwright/test';
import type { Strings } from './strings';

/** The create-workspace and unlock screens shown before any data is reachable. */
export class WorkspaceGate {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  async create(assessorName: string, passphrase: string): Promise<void> {
    const { page, s } = this;
    await expect(page.getByRole('heading', { level: 1, name: s.createWorkspace.title })).toBeVisible();
    await page.getByLabel(s.createWorkspace.assessorLabel).fill(assessorName);
    await page.getByLabel(s.createWorkspace.passphraseLabel, { exact: true }).fill(passphrase);
    await page.getByLabel(s.createWorkspace.confirmLabel).fill(passphrase);
    await page.getByRole('button', { name: s.createWorkspace.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.assessmentList.title })).toBeVisible({
      timeout: 20_000,
    });
  }

  async expectUnlockScreen(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: this.s.unlock.title })).toBeVisible();
  }

  async unlock(passphrase: string): Promise<void> {
    const { page, s } = this;
    await this.expectUnlockScreen();
    await page.getByLabel(s.unlock.passphraseLabel).fill(passphrase);
    await page.getByRole('button', { name: s.unlock.submit }).click();
  }

  async unlockSuccessfully(passphrase: string): Promise<void> {
    await this.unlock(passphrase);
    await expect(this.page.getByRole('heading', { level: 1, name: this.s.assessmentList.title })).toBeVisible(
      {
        timeout: 20_000,
      },
    );
  }
}
