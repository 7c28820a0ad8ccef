import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { reportString } from '../../assessments/report/strings';
import { fixtureAnswers, importAssessment, invokeCore } from './core';
import { chooseFiles } from './files';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot } from './helpers';
import { DecisionView } from './pages/DecisionView';
import { STRINGS, type Lang, type Strings } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';
import { missingTools, skipNote } from '../helpers/tools';

const missingCheckers = missingTools(['pdfsig', 'pdftotext']);
test.skip(missingCheckers.length > 0, skipNote(missingCheckers).trim());

// Creating the workspace (scrypt), the signing key and the signed PDF are all slow on a busy machine.
test.describe.configure({ timeout: 300_000 });

const PASSPHRASE = 'amber lantern quietly folds';
const REPORT_LANGUAGE: Record<Lang, string> = { en: 'English', ar: 'العربية' };

/** Text as pdftotext gives it, for comparison: no bidi controls or marks, NFC, no whitespace. */
function readableText(text: string): string {
  return text
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, '');
}
const RATIONALE =
  'Executive warrants without independent oversight make misuse plausible; the committee must weigh the conditions.';

/** Moves focus to a control with Tab alone and activates it with Enter, as a keyboard user would. */
async function pressWithKeyboard(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with ${limit} presses of Tab`);
}

async function verifyFiles(page: Page, s: Strings, pdfs: string[], anchors: string[] | null): Promise<void> {
  await chooseFiles(page, page.getByRole('button', { name: s.verify.pickPdf }), pdfs);
  await expect(page.getByTestId('chosen-pdfs').getByRole('listitem')).toHaveCount(pdfs.length);
  if (anchors) {
    await chooseFiles(page, page.getByRole('button', { name: s.verify.pickPem }), anchors);
    await expect(page.getByTestId('chosen-anchors').getByRole('listitem')).toHaveCount(anchors.length);
  }
  await page.getByRole('button', { name: s.verify.submit, exact: true }).click();
  await expect(page.getByTestId('verification')).toHaveCount(pdfs.length, { timeout: 30_000 });
}

/** The report with page 1 overwritten in an update, then signed again by a key of the forger's own. */
async function launder(report: Buffer): Promise<Buffer> {
  const { overlayPage } = await import('../helpers/incrementalUpdates');
  const { signPdf } = await import('../../assessments/signing/signPdf');
  const { testSigningIdentity } = await import('../helpers/signingFixtures');
  return signPdf(overlayPage(report, 0), testSigningIdentity('Export Sales Desk'), {
    signingTime: new Date(),
    reason: 'Reviewed',
    widget: { pageIndex: 0, rect: [400, 700, 550, 760] },
  });
}

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`an identity signs the report of a decided assessment and the verifier checks it (${lang})`, async ({
    app,
  }) => {
    const page = await app.open({ lang });
    const s = STRINGS[lang];
    // The desktop's preload bridge: there exports name the path saved to, a browser the download.
    const desktop = await page.evaluate(() => 'assay' in window);
    const out = (name: string) => test.info().outputPath(name);
    await new WorkspaceGate(page, s).create('Nadia Haddad', PASSPHRASE);

    // Identities: reached from the header with the keyboard; empty fields are refused inline.
    await pressWithKeyboard(page, page.getByRole('button', { name: s.signing.nav }));
    await expect(page.getByRole('heading', { level: 1, name: s.signing.title })).toBeFocused();
    await expect(page.getByTestId('no-identities')).toBeVisible();
    await page.getByRole('button', { name: s.signing.create.submit }).click();
    const name = page.getByLabel(s.signing.create.nameLabel);
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(s.signing.create.errors.name)).toBeVisible();
    await page.keyboard.type('Nadia Haddad');
    await page.getByLabel(s.signing.create.organisationLabel).fill('Export Control Office');
    await page.getByLabel(s.signing.create.emailLabel).fill('not-an-address');
    await page.getByRole('button', { name: s.signing.create.submit }).click();
    await expect(page.getByLabel(s.signing.create.emailLabel)).toBeFocused();
    await expect(page.getByText(s.signing.create.errors.email)).toBeVisible();
    await page.getByLabel(s.signing.create.emailLabel).fill('nadia@example.org');
    await page.getByLabel(s.signing.create.emailLabel).press('Enter');
    const card = page.getByTestId('identity');
    await expect(card).toHaveCount(1, { timeout: 30_000 });
    const [identity] = await invokeCore(page, 'identity.list', {});
    expect(identity).toMatchObject({ commonName: 'Nadia Haddad', origin: 'created', selfSigned: true });
    await expect(card.getByTestId('fingerprint')).toHaveText(
      (identity?.fingerprint.match(/.{4}/g) ?? []).join(' '),
    );

    // A PKCS#12 import reports the core's specific reason.
    const notP12 = out('not-a-key.p12');
    writeFileSync(notP12, 'not a PKCS#12 file');
    await chooseFiles(page, page.getByRole('button', { name: s.signing.import.choose }), [notP12]);
    await expect(page.getByTestId('p12-file')).toHaveText('not-a-key.p12');
    await page.getByRole('button', { name: s.signing.import.submit }).click();
    const importError = page.getByRole('alert').filter({ hasText: 'is not a readable PKCS#12 file' });
    await expect(importError).toContainText(s.signing.import.failed);

    const pem = out('nadia.pem');
    await app.saveFrom(card.getByRole('button', { name: s.signing.list.exportCertificate }), pem);
    const pemSaved = card.getByRole('status').getByTestId('certificate-saved');
    await expect(pemSaved).toBeVisible();
    await expect(pemSaved).toContainText(
      desktop ? pem : `Nadia-Haddad-${identity?.fingerprint.slice(0, 8)}.pem`,
    );
    expect(readFileSync(pem, 'utf8')).toContain('-----BEGIN CERTIFICATE-----');
    expect(readFileSync(pem, 'utf8')).toBe(
      (await invokeCore(page, 'identity.exportCertificate', { fingerprint: identity?.fingerprint ?? '' }))
        .pem,
    );
    await expectNoSeriousA11yViolations(page, `identities (${lang})`);
    await snapshot(page, test.info(), `identities-${lang}`);

    // Undecided: the report tab says why there is no export yet, and what comes first.
    const id = await importAssessment(page, 'LI analytics', fixtureAnswers('example-3-li-interior'));
    await page.reload();
    await expect(page.getByTestId('assessment-row')).toHaveCount(1);
    const view = new DecisionView(page, s);
    await view.openFromList('LI analytics');
    await view.openReport();
    await expect(page.getByTestId('report-export-unavailable')).toHaveText(
      s.reportExport.unavailable.undecided,
    );
    await expect(view.checklistStep('review')).toHaveAttribute('data-state', 'todo');
    await expect(view.checklistStep('sign')).toHaveAttribute('data-state', 'waiting');
    await snapshot(page, test.info(), `decision-undecided-${lang}`);
    await invokeCore(page, 'decision.record', {
      assessmentId: id,
      finalRecommendation: 'refer',
      rationale: RATIONALE,
    });
    await page.reload();
    await expect(view.checklistStep('review')).toHaveAttribute('data-state', 'done');
    await expect(view.checklistStep('sign')).toHaveAttribute('data-state', 'todo');

    // Export: the dialog, the save dialog, then what was written.
    await pressWithKeyboard(page, page.getByRole('button', { name: s.reportExport.open }));
    const dialog = page.getByRole('dialog', { name: s.reportExport.title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel(s.reportExport.identityLabel)).toBeFocused();
    // The report in the interface's language: its decision, tier and reasons are read on page 1.
    await dialog.getByRole('radio', { name: 'Français' }).check();
    await expect(dialog.getByRole('radio')).toHaveCount(6);
    await dialog.getByRole('radio', { name: REPORT_LANGUAGE[lang] }).check();
    await expectNoSeriousA11yViolations(page, `export dialog (${lang})`);
    await snapshot(page, test.info(), `export-dialog-${lang}`);
    const report = out(`report-${lang}.pdf`);
    await app.saveFrom(dialog.getByRole('button', { name: s.reportExport.submit }), report);
    const done = page.getByRole('dialog', { name: s.reportExport.doneTitle });
    await expect(done.getByTestId('export-result')).toBeVisible({ timeout: 90_000 });
    const sha256 = createHash('sha256').update(readFileSync(report)).digest('hex');
    await expect(done.getByTestId('export-sha256')).toHaveText((sha256.match(/.{4}/g) ?? []).join(' '));
    // Desktop: the path chosen in the save dialog; browser: the downloaded file's name, never a reference.
    const suggested = `assessment-${id.slice(0, 8)}-${lang}.pdf`;
    await expect(done.getByTestId('export-saved')).toContainText(desktop ? report : suggested);
    await expect(done).not.toContainText('download:');
    await expect(done).toContainText(
      `assay verify --trust certificate.pem ${desktop ? `report-${lang}.pdf` : suggested}`,
    );
    // What was saved is the signed report itself: poppler checks the signature independently.
    const pdfsig = execFileSync('pdfsig', [report], { encoding: 'utf8' });
    expect(pdfsig).toContain('Signature is Valid.');
    expect(pdfsig).toContain('Total document signed');
    await expectNoSeriousA11yViolations(page, `export result (${lang})`);
    await snapshot(page, test.info(), `export-result-${lang}`);
    await done.getByRole('button', { name: s.reportExport.close }).click();
    await expect(done).toHaveCount(0);
    await expect(view.checklistStep('sign')).toHaveAttribute('data-state', 'done');
    await expect(view.checklistStep('verify')).toHaveAttribute('data-state', 'todo');
    const pageText = (first: number, last = first) =>
      readableText(
        execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(first), '-l', String(last), report, '-'], {
          encoding: 'utf8',
        }),
      );
    // Page 1: the final decision and the tier; page 2: the rationale.
    const cover = pageText(1);
    expect(cover).toContain(readableText(reportString(lang, 'summary.final')));
    expect(cover).toContain(readableText(reportString(lang, 'rec.refer')));
    expect(cover).toContain(readableText(reportString(lang, 'summary.tier')));
    expect(pageText(2)).toContain(readableText(RATIONALE));

    // Verify: untrusted without the certificate, valid with it, invalid once a byte is flipped.
    await pressWithKeyboard(page, page.getByRole('button', { name: s.verify.nav }));
    await expect(page.getByRole('heading', { level: 1, name: s.verify.title })).toBeFocused();
    await verifyFiles(page, s, [report], null);
    const result = page.getByTestId('verification');
    await expect(result).toHaveAttribute('data-verdict', 'valid-untrusted');
    await expect(result.getByTestId('verdict')).toContainText(s.verify.verdicts['valid-untrusted'].title);
    await expect(result.getByTestId('signer-name')).toHaveText('Nadia Haddad');
    await expect(result.getByTestId('content-checks').getByRole('listitem').first()).toBeVisible();
    await result.getByText(s.verify.json).click();
    await expect(result.locator('pre')).toContainText('"verdict": "valid-untrusted"');
    await expectNoSeriousA11yViolations(page, `verify untrusted (${lang})`);
    await snapshot(page, test.info(), `verify-untrusted-${lang}`);

    await verifyFiles(page, s, [report], [pem]);
    await expect(result).toHaveAttribute('data-verdict', 'valid');
    await expect(result.getByTestId('verdict')).toContainText(s.verify.verdicts.valid.title);
    // What the report decides comes first, and each check speaks the interface language.
    await expect(result.getByTestId('report-facts')).toBeVisible();
    const bound = result.locator('[data-key="contentSignerBound"]');
    const [sentence = ''] = s.verifyMessages.contentSignerBound.split('{{');
    await expect(bound).toContainText(sentence.replace(/[(（]\s*$/, '').trim());
    await expect(result.getByTestId('signature').first()).toHaveAttribute('data-role', 'assessor');
    await snapshot(page, test.info(), `verify-valid-${lang}`);

    // A change made after signing and "laundered" by a later signature is reported as such.
    const laundered = out(`laundered-${lang}.pdf`);
    writeFileSync(laundered, await launder(readFileSync(report)));
    await verifyFiles(page, s, [laundered], [pem]);
    await expect(result).toHaveAttribute('data-verdict', 'modified-after-signing');
    await expect(
      result.getByTestId('revision-changes').locator('[data-kind="page-content"]').first(),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, `verify modified (${lang})`);
    await snapshot(page, test.info(), `verify-modified-${lang}`);

    const tampered = out(`tampered-${lang}.pdf`);
    copyFileSync(report, tampered);
    const bytes = readFileSync(tampered);
    const offset = Math.floor(bytes.length / 3);
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
    writeFileSync(tampered, bytes);
    await verifyFiles(page, s, [tampered, report], [pem]);
    await expect(result.first()).toHaveAttribute('data-verdict', 'invalid');
    await expect(result.first().getByTestId('verdict')).toContainText(s.verify.verdicts.invalid.title);
    await expect(result.nth(1)).toHaveAttribute('data-verdict', 'valid');
    await expectNoSeriousA11yViolations(page, `verify invalid (${lang})`);
    await snapshot(page, test.info(), `verify-invalid-${lang}`);

    // A regulator has no unlocked workspace: the verifier is reachable from the unlock screen.
    await page.getByRole('button', { name: s.verify.backToList }).click();
    await invokeCore(page, 'workspace.lock', {});
    await new WorkspaceGate(page, s).expectUnlockScreen();
    await expectNoSeriousA11yViolations(page, `unlock with verifier link (${lang})`);
    await snapshot(page, test.info(), `unlock-${lang}`);
    await expect(page.getByRole('button', { name: s.signing.nav })).toHaveCount(0);
    await page.locator('.regulator-link').getByRole('button', { name: s.verify.nav }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.verify.title })).toBeVisible();
    await verifyFiles(page, s, [report], null);
    await expect(result).toHaveAttribute('data-verdict', 'valid-untrusted');
    expect(existsSync(report)).toBe(true);
    await snapshot(page, test.info(), `verify-locked-${lang}`);
  });
}
