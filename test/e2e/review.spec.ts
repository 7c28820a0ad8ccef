import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fixtureAnswers, importAssessment, invokeCore } from './core';
import { hasScriptedDialogs, scriptDialog } from './dialogs';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot } from './helpers';
import { STRINGS, type Lang } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

// Creating the workspace (scrypt), two signing keys and two signed PDFs are all slow on a busy machine.
test.describe.configure({ timeout: 300_000 });

const PASSPHRASE = 'amber lantern quietly folds';
const RATIONALE =
  'Executive warrants without independent oversight make misuse plausible; the committee must weigh the conditions.';
const COMMENT = 'Checked the scoring against the evidence; the referral is sound.';

/** A path the core may read: from a window, only files chosen in an open dialog are. */
async function grantRead(page: Page, path: string): Promise<void> {
  await scriptDialog(page, { kind: 'pickFiles', paths: [path] });
  await invokeCore(page, 'dialogs.pickFiles', {});
}

/** The assessor's side, through the core: a decided assessment exported as a signed report. */
async function exportSignedReport(page: Page, report: string): Promise<void> {
  const assessor = await invokeCore(page, 'identity.create', {
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
  await scriptDialog(page, { kind: 'saveFile', path: report });
  await invokeCore(page, 'dialogs.saveFile', { defaultName: 'report.pdf' });
  await invokeCore(page, 'report.export', {
    assessmentId: id,
    identity: assessor.fingerprint,
    locale: 'en',
    path: report,
  });
}

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`a reviewer countersigns a signed report and saves a timestamp request (${lang})`, async ({ app }) => {
    const page = await app.open({ lang });
    test.skip(
      !(await hasScriptedDialogs(page)),
      'file dialogs are native in Electron and cannot be scripted',
    );
    const s = STRINGS[lang];
    const out = (name: string) => test.info().outputPath(name);
    await new WorkspaceGate(page, s).create('Omar Saleh', PASSPHRASE);
    const report = out(`report-${lang}.pdf`);
    await exportSignedReport(page, report);
    const reviewer = await invokeCore(page, 'identity.create', {
      name: 'Omar Saleh',
      organisation: 'Review Board',
      email: 'omar@example.org',
      validityYears: 2,
    });

    // Choose the report: it is verified before anything can be signed.
    await page.getByRole('button', { name: s.review.nav }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.review.title })).toBeFocused();
    await scriptDialog(page, { kind: 'pickFiles', paths: [report] });
    await page.getByRole('button', { name: s.review.pick }).click();
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
    await scriptDialog(page, { kind: 'saveFile', path: reviewed });
    await form.getByRole('button', { name: s.review.sign.submit }).click();
    const result = form.getByTestId('review-result');
    await expect(result).toBeVisible({ timeout: 90_000 });
    await expect(result.getByTestId('review-field')).toHaveText(
      s.review.result.reviewerBox.replace('{{number}}', '1'),
    );
    const sha256 = createHash('sha256').update(readFileSync(reviewed)).digest('hex');
    await expect(result.getByTestId('review-sha256')).toHaveText((sha256.match(/.{4}/g) ?? []).join(' '));
    await expect(result.getByTestId('review-path')).toHaveText(reviewed);
    await expectNoSeriousA11yViolations(page, `review result (${lang})`);
    await snapshot(page, test.info(), `review-result-${lang}`);

    // The core, as a regulator would run it: two signatures, the reviewer's a countersignature.
    await grantRead(page, reviewed);
    const checked = await invokeCore(page, 'pdf.verify', {
      path: reviewed,
      trustAnchorPaths: [],
      tsaAnchorPaths: [],
      crlPaths: [],
    });
    expect(checked.verdict).toBe('valid-untrusted');
    expect(checked.signatures.map((signature) => signature.role)).toEqual(['assessor', 'countersigner']);

    // A trusted time later: the request is saved; a response that is not one is refused with the reason.
    const panel = page.getByTestId('timestamp-panel');
    const request = out(`report-${lang}.tsq`);
    await scriptDialog(page, { kind: 'saveFile', path: request });
    await panel.getByRole('button', { name: s.review.timestamp.request }).click();
    await expect(panel.getByTestId('timestamp-request-path')).toHaveText(request, { timeout: 30_000 });
    expect(statSync(request).size).toBeGreaterThan(0);

    const notTsr = out('not-a-response.tsr');
    writeFileSync(notTsr, 'not a timestamp response');
    await scriptDialog(page, { kind: 'pickFiles', paths: [notTsr] });
    await scriptDialog(page, { kind: 'saveFile', path: out(`report-${lang}-timestamped.pdf`) });
    await panel.getByRole('button', { name: s.review.timestamp.apply }).click();
    await expect(panel.getByRole('alert')).toContainText(s.review.timestamp.applyFailed, { timeout: 30_000 });
    await expectNoSeriousA11yViolations(page, `review timestamp (${lang})`);
    await snapshot(page, test.info(), `review-timestamp-${lang}`);
  });
}
