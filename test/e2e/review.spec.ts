import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createOpensslTsa, hasOpenssl } from '../helpers/opensslTsa';
import { fixtureAnswers, importAssessment, invokeCore } from './core';
import { chooseFiles, dropFiles } from './files';
import { expect, test, type AppHandle } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot } from './helpers';
import { DecisionView } from './pages/DecisionView';
import { STRINGS, type Lang, type Strings } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';
import { missingTools, skipNote } from '../helpers/tools';

const missingCheckers = missingTools(['pdfsig']);
test.skip(missingCheckers.length > 0, skipNote(missingCheckers).trim());

// Creating the workspace (scrypt), two signing keys and three signed PDFs are all slow on a busy machine.
test.describe.configure({ timeout: 300_000 });

const PASSPHRASE = 'amber lantern quietly folds';
const RATIONALE =
  'Executive warrants without independent oversight make misuse plausible; the committee must weigh the conditions.';
const COMMENT = 'Checked the scoring against the evidence; the referral is sound.';

/** What poppler says of the signatures in a PDF on disk: a check independent of Assay's verifier. */
function pdfsig(path: string): string {
  // Its stderr only notes signature types it cannot check (document timestamps).
  return execFileSync('pdfsig', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function validSignatures(path: string): number {
  return pdfsig(path).match(/Signature is Valid\./g)?.length ?? 0;
}

/** The assessor's side: a decided assessment, its signed report exported from the decision screen. */
async function exportSignedReport(app: AppHandle, page: Page, s: Strings, report: string): Promise<void> {
  await invokeCore(page, 'identity.create', {
    name: 'Nadia Haddad',
    organisation: 'Export Control Office',
    email: 'nadia@example.org',
    validityYears: 3,
  });
  const id = await importAssessment(page, 'LI analytics', fixtureAnswers('example-3-li-interior'));
  await invokeCore(page, 'decision.record', {
    assessmentId: id,
    finalRecommendation: 'refer',
    rationale: RATIONALE,
  });
  await page.reload();
  await expect(page.getByTestId('assessment-row')).toHaveCount(1);
  const decision = new DecisionView(page, s);
  await decision.openFromList('LI analytics');
  await decision.openReport();
  await page.getByRole('button', { name: s.reportExport.open }).click();
  const dialog = page.getByRole('dialog', { name: s.reportExport.title });
  await dialog.getByRole('radio', { name: 'English' }).check();
  await app.saveFrom(dialog.getByRole('button', { name: s.reportExport.submit }), report);
  const done = page.getByRole('dialog', { name: s.reportExport.doneTitle });
  await expect(done.getByTestId('export-result')).toBeVisible({ timeout: 90_000 });
  await done.getByRole('button', { name: s.reportExport.close }).click();
  expect(validSignatures(report)).toBe(1);
}

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`a reviewer countersigns a signed report and timestamps it later (${lang})`, async ({ app }) => {
    const page = await app.open({ lang });
    const s = STRINGS[lang];
    const out = (name: string) => test.info().outputPath(name);
    // The desktop's preload bridge: there exports name the path saved to, a browser the download.
    const desktop = await page.evaluate(() => 'assay' in window);
    await new WorkspaceGate(page, s).create('Omar Saleh', PASSPHRASE);
    const report = out(`report-${lang}.pdf`);
    await exportSignedReport(app, page, s, report);
    const reviewer = await invokeCore(page, 'identity.create', {
      name: 'Omar Saleh',
      organisation: 'Review Board',
      email: 'omar@example.org',
      validityYears: 2,
    });

    // Choose the report: it is verified before anything can be signed.
    await page.getByRole('button', { name: s.review.nav }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.review.title })).toBeFocused();
    await expectNoSeriousA11yViolations(page, `review, nothing chosen (${lang})`);
    await snapshot(page, test.info(), `review-empty-${lang}`);
    await chooseFiles(page, page.getByRole('button', { name: s.review.pick }), [report]);
    await expect(page.getByTestId('review-report')).toHaveText(`report-${lang}.pdf`);
    const verification = page.getByTestId('verification');
    await expect(verification).toHaveAttribute('data-verdict', 'valid-untrusted', { timeout: 30_000 });
    await expect(verification.getByTestId('signer-name')).toHaveText('Nadia Haddad');

    // The form: a conclusion is required; the reviewer's own identity signs.
    const form = page.getByTestId('review-sign');
    await form.getByLabel(s.review.sign.identityLabel).selectOption(reviewer.fingerprint);
    await form.getByRole('button', { name: s.review.sign.submit }).click();
    await expect(form.getByText(s.review.sign.errors.conclusion)).toBeVisible();
    await expect(form.getByRole('radio', { name: s.review.conclusion.concur, exact: true })).toBeFocused();
    await form.getByRole('radio', { name: s.review.conclusion.concur, exact: true }).check();
    await form.getByLabel(s.review.sign.commentLabel).fill(COMMENT);
    await expectNoSeriousA11yViolations(page, `review form (${lang})`);
    await snapshot(page, test.info(), `review-form-${lang}`);

    const reviewed = out(`report-${lang}-reviewed.pdf`);
    await app.saveFrom(form.getByRole('button', { name: s.review.sign.submit }), reviewed);
    const result = form.getByTestId('review-result');
    await expect(result).toBeVisible({ timeout: 90_000 });
    await expect(result.getByTestId('review-field')).toHaveText(
      s.review.result.reviewerBox.replace('{{number}}', '1'),
    );
    const sha256 = createHash('sha256').update(readFileSync(reviewed)).digest('hex');
    await expect(result.getByTestId('review-sha256')).toHaveText((sha256.match(/.{4}/g) ?? []).join(' '));
    // Desktop: the path chosen in the save dialog; browser: the name derived from the report's.
    await expect(result.getByTestId('review-saved')).toContainText(
      desktop ? reviewed : `report-${lang}-reviewed.pdf`,
    );
    await expect(page.locator('body')).not.toContainText(/upload:|download:/);
    expect(validSignatures(reviewed)).toBe(2);
    await expectNoSeriousA11yViolations(page, `review result (${lang})`);
    await snapshot(page, test.info(), `review-result-${lang}`);

    // A trusted time later: the request is saved; a response that is not one is refused with the reason.
    const panel = page.getByTestId('timestamp-panel');
    const request = out(`report-${lang}.tsq`);
    await app.saveFrom(panel.getByRole('button', { name: s.review.timestamp.request }), request);
    await expect(panel.getByTestId('timestamp-request-result')).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByTestId('timestamp-request-saved')).toContainText(
      desktop ? request : `report-${lang}-timestamp.tsq`,
    );
    expect(statSync(request).size).toBeGreaterThan(0);

    // Nothing to apply yet: the button says why.
    const apply = panel.getByRole('button', { name: s.review.timestamp.apply });
    await expect(apply).toHaveAttribute('aria-disabled', 'true');
    await expect(apply).toHaveAccessibleDescription(s.review.timestamp.applyNeedsResponse);

    // A file that is not a response is refused with the reason before anything is saved.
    const notTsr = out('not-a-response.tsr');
    writeFileSync(notTsr, 'not a timestamp response');
    await chooseFiles(page, panel.getByRole('button', { name: s.review.timestamp.chooseResponse }), [notTsr]);
    await expect(panel.getByRole('alert')).toHaveText(
      s.review.timestamp.notResponse.replace('{{name}}', '\u2068not-a-response.tsr\u2069'),
    );
    await expect(apply).toHaveAttribute('aria-disabled', 'true');
    await expectNoSeriousA11yViolations(page, `review timestamp refused (${lang})`);
    await snapshot(page, test.info(), `review-timestamp-${lang}`);

    // The authority's real answer to the saved request, applied: a timestamped copy poppler accepts.
    if (hasOpenssl) {
      const tsa = createOpensslTsa();
      try {
        const tsr = out(`report-${lang}.tsr`);
        writeFileSync(tsr, tsa.replyToRequest(readFileSync(request)));
        await dropFiles(page, page.getByTestId('timestamp-response-drop'), [tsr]);
        await expect(panel.getByTestId('timestamp-response')).toHaveText(`report-${lang}.tsr`);
        const timestamped = out(`report-${lang}-timestamped.pdf`);
        await app.saveFrom(apply, timestamped);
        const applied = panel.getByTestId('timestamp-apply-result');
        await expect(applied).toBeVisible({ timeout: 30_000 });
        await expect(panel.getByTestId('timestamp-apply-saved')).toContainText(
          desktop ? timestamped : `report-${lang}-timestamped.pdf`,
        );
        // Poppler cannot check a document timestamp itself; it still finds the report's signature
        // intact and a timestamp from this authority covering the whole file.
        expect(validSignatures(timestamped)).toBe(1);
        const stamped = pdfsig(timestamped);
        expect(stamped).toContain('Signer Certificate Common Name: Assay Test TSA');
        expect(stamped).toContain('Total document signed');
        await snapshot(page, test.info(), `review-timestamped-${lang}`);
      } finally {
        tsa.cleanup();
      }
    }

    // The countersigned copy, dropped back onto the screen: two signatures, the reviewer's a countersignature.
    await dropFiles(page, page.getByTestId('review-drop'), [reviewed]);
    await expect(page.getByTestId('review-report')).toHaveText(`report-${lang}-reviewed.pdf`);
    await expect(verification).toHaveAttribute('data-verdict', 'valid-untrusted', { timeout: 30_000 });
    const roles = verification.getByTestId('signature');
    await expect(roles).toHaveCount(2);
    await expect(roles.nth(0)).toHaveAttribute('data-role', 'assessor');
    await expect(roles.nth(1)).toHaveAttribute('data-role', 'countersigner');
    await expectNoSeriousA11yViolations(page, `review, countersigned copy (${lang})`);
    await snapshot(page, test.info(), `review-countersigned-${lang}`);
  });
}
