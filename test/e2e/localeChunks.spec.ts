import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The interface-language chunks the page has fetched, in the order it fetched them. */
function languageChunks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => /\/assets\/(en|fr|es|ar|ru|zh)-[\w-]+\.js$/.exec(new URL(entry.name).pathname)?.[1])
      .filter((language): language is string => language !== undefined),
  );
}

test('each interface language is a chunk of its own, fetched when it is shown', async ({ app }) => {
  const page = await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await languageChunks(page)).toEqual(['en']);

  await page.getByTestId('language-switcher').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Langue', { exact: true })).toBeVisible();
  expect(await languageChunks(page)).toEqual(['en', 'fr']);
});
