import { invokeCore } from './core';
import { expect, test } from './fixtures';
import { STRINGS } from './pages/strings';
import { ru } from '../../renderer/src/i18n/locales/ru';

test.describe.configure({ timeout: 120_000 });

const PASSPHRASE = 'granite lantern orchard 42';

/** The narrowest window each language is expected to work in; Russian labels run longest. */
const CASES = [
  { lang: 'en', width: 1024, s: STRINGS.en },
  { lang: 'ru', width: 1366, s: ru },
] as const;

for (const { lang, width, s } of CASES) {
  test(`${lang} at ${width} px: every row's actions are in view, scrolled or not`, async ({ app }) => {
    const page = await app.open({ lang });
    await page.setViewportSize({ width, height: 800 });
    await expect(page.getByRole('heading', { level: 1, name: s.createWorkspace.title })).toBeVisible();
    await page.getByLabel(s.createWorkspace.assessorLabel).fill('Amira Haddad');
    await page.getByLabel(s.createWorkspace.passphraseLabel, { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(s.createWorkspace.confirmLabel).fill(PASSPHRASE);
    await page.getByRole('button', { name: s.createWorkspace.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.assessmentList.title })).toBeVisible({
      timeout: 20_000,
    });
    // Long titles and end users push the other columns as wide as they get.
    for (const title of [
      'Nationwide IP-network monitoring platform with lawful-interception mediation and analytics',
      'Forensic phone-extraction kits for the border police, with yearly licence renewal and training',
    ]) {
      await invokeCore(page, 'assessment.create', {
        title,
        destinationCountry: 'EG',
        endUserName:
          'Ministry of Interior, General Directorate for Combating Cybercrime and Information Networks',
      });
    }
    await page.reload();
    const rows = page.getByTestId('assessment-row');
    await expect(rows).toHaveCount(2);
    const wrap = page.locator('.table-wrap');

    const expectActionsInView = async () => {
      const frame = await wrap.boundingBox();
      expect(frame).not.toBeNull();
      if (!frame) return;
      const buttons = page.getByTestId('row-actions').getByRole('button');
      await expect(buttons).toHaveCount(6);
      for (const button of await buttons.all()) {
        const box = await button.boundingBox();
        expect(box).not.toBeNull();
        if (!box) continue;
        expect(box.x).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    };
    await expectActionsInView();
    // Wherever the table is scrolled to, the actions column stays put at its end.
    await wrap.evaluate((element) => element.scrollTo({ left: -element.scrollWidth }));
    await expectActionsInView();
    await wrap.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expectActionsInView();
  });
}
