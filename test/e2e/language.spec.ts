import { expect, test } from './fixtures';
import { STRINGS } from './pages/strings';

test('the language switcher mirrors the whole UI and the choice survives a reload', async ({ app }) => {
  const page = await app.open();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByTestId('language-switcher').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: STRINGS.ar.createWorkspace.title })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: STRINGS.ar.createWorkspace.title })).toBeVisible();
});

test('inline script is refused by the content security policy', async ({ app }) => {
  const page = await app.open();
  const executed = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(executed).toBe(false);
});
