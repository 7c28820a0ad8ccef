import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { DatasetKind } from '../../../assessments/reference/types';
import { chooseFiles, dropFiles } from '../files';
import { fillMessage } from './format';
import type { Strings } from './strings';

/** The Reference data screen, driven from the keyboard as far as the controls allow. */
export class ReferenceDataPage {
  constructor(
    private readonly page: Page,
    private readonly s: Strings,
  ) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.s.referenceData.title });
  }

  rows(): Locator {
    return this.page.getByTestId('dataset-row');
  }

  async open(): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: this.s.referenceData.navLabel });
    await nav.getByRole('button', { name: this.s.referenceData.nav }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.heading()).toBeVisible();
    await expect(this.heading()).toBeFocused();
  }

  /**
   * Chooses the kind and the publication date, then hands `paths` over as a person would: in the
   * file chooser its button opens, or dropped onto the form. The file is checked at once.
   */
  async startImport(
    kind: DatasetKind,
    paths: string | readonly string[],
    vintage?: string,
    how: 'choose' | 'drop' = 'choose',
  ): Promise<void> {
    const { page, s } = this;
    await page.getByLabel(s.referenceData.import.kindLabel).selectOption(kind);
    const vintageField = page.getByLabel(s.referenceData.import.vintageLabel);
    await vintageField.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    if (vintage) await page.keyboard.type(vintage);
    const files = typeof paths === 'string' ? [paths] : paths;
    if (how === 'drop') await dropFiles(page, page.getByTestId('import-drop'), files);
    else await chooseFiles(page, page.getByRole('button', { name: s.referenceData.import.choose }), files);
  }

  async importFile(
    kind: DatasetKind,
    paths: string | readonly string[],
    vintage?: string,
    how: 'choose' | 'drop' = 'choose',
  ): Promise<void> {
    const before = await this.rows().count();
    await this.startImport(kind, paths, vintage, how);
    // The file is checked first; its counts, under the name it was chosen by, are shown and the
    // import is confirmed.
    const [main = ''] = typeof paths === 'string' ? [paths] : paths;
    await expect(this.page.getByTestId('import-preview')).toContainText(basename(main));
    const confirm = this.page.getByTestId('import-confirm');
    await expect(confirm).toBeVisible();
    await confirm.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('import-result')).toBeVisible();
    await expect(this.rows()).toHaveCount(before + 1);
  }

  /** Sets the workspace's list-age limit from the keyboard and waits until it is saved. */
  async setMaxListAge(days: number): Promise<void> {
    const { page, s } = this;
    const field = page.getByLabel(s.referenceData.listAge.label);
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(days));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('list-age-status')).not.toBeEmpty();
  }

  row(sourceName: string, vintage: string): Locator {
    return this.rows().filter({ hasText: sourceName }).filter({ hasText: vintage });
  }

  async compare(sourceName: string, vintage: string): Promise<Locator> {
    const name = fillMessage(this.s.referenceData.list.compareFor, { source: sourceName, vintage });
    await this.page.getByRole('button', { name, exact: true }).focus();
    await this.page.keyboard.press('Enter');
    const comparison = this.page.getByTestId('dataset-comparison');
    await expect(comparison).toBeVisible();
    await expect(comparison.getByRole('heading', { level: 2 })).toBeFocused();
    return comparison;
  }

  async remove(sourceName: string, vintage: string): Promise<void> {
    const { page, s } = this;
    const name = fillMessage(s.referenceData.list.removeFor, { source: sourceName, vintage });
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: s.referenceData.remove.title });
    await expect(dialog).toBeVisible();
    // The safe choice has the focus: Tab moves on to the destructive one.
    await expect(dialog.getByRole('button', { name: s.common.cancel })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: s.referenceData.remove.confirm })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
}
