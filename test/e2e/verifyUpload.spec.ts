import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { chooseFiles, dropFiles } from './files';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { STRINGS } from './pages/strings';

/** Reports a past release signed; their signer's certificate is valid until 2029. */
const REPORTS = fileURLToPath(new URL('../fixtures/reports/0.1.0/', import.meta.url));

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: a regulator with no workspace verifies a signed report chosen from disk, then trusts its signer by dropping the certificate`, async ({
    app,
  }, testInfo) => {
    const s = STRINGS[lang];
    const page = await app.open({ lang });
    const consoleProblems = watchConsole(page);
    // No workspace exists: the verifier is offered on the first-run screen itself.
    await page.getByRole('main').getByRole('button', { name: s.verify.nav, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.verify.title })).toBeFocused();
    await expectNoSeriousA11yViolations(page, `verify, nothing chosen (${lang})`);

    const report = `report-${lang}.pdf`;
    await chooseFiles(page, page.getByRole('button', { name: s.verify.pickPdf }), [`${REPORTS}${report}`]);
    await expect(page.getByTestId('chosen-pdfs').getByRole('listitem')).toHaveText([report]);
    await page.getByRole('button', { name: s.verify.submit, exact: true }).click();
    const result = page.getByTestId('verification');
    await expect(result).toHaveAttribute('data-verdict', 'valid-untrusted', { timeout: 30_000 });
    await expect(result.getByTestId('verdict')).toContainText(s.verify.verdicts['valid-untrusted'].title);
    // The file is named as the person chose it, never by the reference the core knew it by.
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(report);
    await snapshot(page, testInfo, `${lang}-verify-untrusted`);

    await dropFiles(page, page.getByTestId('chosen-anchors-drop'), [`${REPORTS}signer-plain.pem`]);
    await expect(page.getByTestId('chosen-anchors').getByRole('listitem')).toHaveText(['signer-plain.pem']);
    await page.getByRole('button', { name: s.verify.submit, exact: true }).click();
    await expect(result).toHaveAttribute('data-verdict', 'valid', { timeout: 30_000 });
    await expect(result.getByTestId('verdict')).toContainText(s.verify.verdicts.valid.title);
    await expect(result.getByTestId('signer-name')).toHaveText('Dr. Lena Brandt');
    await result.getByText(s.verify.json).click();
    await expect(result.locator('pre')).toContainText(`"file": "${report}"`);
    await expect(page.locator('body')).not.toContainText('upload:');
    await expectNoSeriousA11yViolations(page, `verify, valid (${lang})`);
    await snapshot(page, testInfo, `${lang}-verify-valid`);
    expect(consoleProblems).toEqual([]);
  });
}
