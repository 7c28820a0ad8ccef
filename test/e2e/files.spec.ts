import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { filesHolding, filesUnder } from '../helpers/plaintextScan';
import { fixtureAnswers, importAssessment, invokeCore } from './core';
import { expect, test } from './fixtures';
import { chooseFiles, dropFiles } from './files';
import { snapshot, watchConsole } from './helpers';
import { AssessmentList } from './pages/AssessmentList';
import { DecisionView } from './pages/DecisionView';
import { ReferenceDataPage } from './pages/ReferenceDataPage';
import { STRINGS, type Lang } from './pages/strings';
import { WizardPage } from './pages/WizardPage';
import { WorkspaceGate } from './pages/WorkspaceGate';
import { missingTools, skipNote } from '../helpers/tools';

const missingCheckers = missingTools(['pdfsig']);
test.skip(missingCheckers.length > 0, skipNote(missingCheckers).trim());

// A workspace, a signing key and a signed report: slow on a busy machine.
test.describe.configure({ timeout: 300_000 });

const PASSPHRASE = 'copper heron listens twice';
const REFERENCE = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
const REPORT_LANGUAGE: Record<Lang, string> = { en: 'English', ar: 'العربية' };
for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: files go in by chooser or drop and come out as downloads or saves — never by a path the page names`, async ({
    app,
  }, testInfo) => {
    const s = STRINGS[lang];
    const started = Date.now() - 1000;
    const out = (name: string) => testInfo.outputPath(name);
    const page = await app.open({ lang });
    const consoleProblems = watchConsole(page);
    await new WorkspaceGate(page, s).create('Nadia Haddad', PASSPHRASE);

    // Evidence that must never be readable on disk: a source's account, with a marker in it.
    const marker = `SOURCE-ACCOUNT-${randomUUID()}`;
    const account = out(lang === 'ar' ? 'إفادة-المصدر.txt' : 'source-account.txt');
    writeFileSync(account, `${marker}\nMet the source at the border crossing.\n${marker}\n`);
    const photo = out('checkpoint-photo.txt');
    writeFileSync(photo, `Checkpoint, crates with the vendor's markings (${lang}).\n`);

    const title =
      lang === 'ar' ? 'تحليلات الاعتراض لوزارة الداخلية' : 'LI analytics for the Interior Ministry';
    const assessmentId = await importAssessment(page, title, fixtureAnswers('example-3-li-interior'));
    await page.reload();
    await new AssessmentList(page, s).open(title);
    const wizard = new WizardPage(page, s);
    await wizard.open('C2');
    const card = wizard.question();
    const attached = card.getByTestId('question-attach-result');
    await chooseFiles(page, card.getByRole('button', { name: s.evidence.attach }), [account]);
    await expect(attached).toContainText('C2');
    await dropFiles(page, card, [photo]);
    await expect(attached).toContainText('C2');
    await expect
      .poll(async () =>
        (await invokeCore(page, 'evidence.list', { assessmentId })).map((item) => item.questionIds),
      )
      .toEqual([['C2'], ['C2']]);
    await page.getByRole('button', { name: s.assessment.back }).click();

    // A list, from a file chosen on disk.
    const reference = new ReferenceDataPage(page, s);
    await reference.open();
    await reference.importFile('ofac', `${REFERENCE}ofac_sdn.csv`, '2024-01-05');

    // The signer and the decision are set up through the core: this spec is about files.
    await invokeCore(page, 'identity.create', {
      name: 'Nadia Haddad',
      organisation: 'Export Control Office',
      email: 'nadia@example.org',
    });
    await invokeCore(page, 'decision.record', {
      assessmentId,
      finalRecommendation: 'refer',
      rationale: 'Executive warrants without independent oversight make misuse plausible.',
    });
    await page.reload();

    // The certificate leaves as a download (or through the desktop's save dialog).
    await page.getByRole('button', { name: s.signing.nav }).click();
    const identity = page.getByTestId('identity');
    await expect(identity).toHaveCount(1);
    const pem = out('nadia.pem');
    await app.saveFrom(identity.getByRole('button', { name: s.signing.list.exportCertificate }), pem);
    await expect
      .poll(() => existsSync(pem) && readFileSync(pem, 'utf8'))
      .toContain('-----BEGIN CERTIFICATE-----');

    // So does the signed report; pdfsig, knowing nothing of Assay, finds its signature valid.
    await page.getByRole('button', { name: s.signing.back }).click();
    const decision = new DecisionView(page, s);
    await decision.openFromList(title);
    await decision.openReport();
    await page.getByRole('button', { name: s.reportExport.open }).click();
    const dialog = page.getByRole('dialog', { name: s.reportExport.title });
    await dialog.getByRole('radio', { name: REPORT_LANGUAGE[lang] }).check();
    const report = out(`report-${lang}.pdf`);
    await app.saveFrom(dialog.getByRole('button', { name: s.reportExport.submit }), report);
    const done = page.getByRole('dialog', { name: s.reportExport.doneTitle });
    await expect(done.getByTestId('export-result')).toBeVisible({ timeout: 90_000 });
    await snapshot(page, testInfo, `${lang}-report-downloaded`);
    await expect.poll(() => existsSync(report)).toBe(true);
    expect(execFileSync('pdfsig', [report], { encoding: 'utf8' })).toContain('Signature is Valid.');
    await done.getByRole('button', { name: s.reportExport.close }).click();

    // The downloaded report is verified by choosing it, its signer trusted by dropping the certificate.
    await page.getByRole('button', { name: s.verify.nav }).click();
    await chooseFiles(page, page.getByRole('button', { name: s.verify.pickPdf }), [report]);
    await dropFiles(page, page.getByTestId('chosen-anchors-drop'), [pem]);
    await page.getByRole('button', { name: s.verify.submit, exact: true }).click();
    const verdict = page.getByTestId('verification');
    await expect(verdict).toHaveAttribute('data-verdict', 'valid', { timeout: 30_000 });
    await expect(verdict.getByTestId('signer-name')).toHaveText('Nadia Haddad');
    await snapshot(page, testInfo, `${lang}-report-verified`);

    // Nothing of the evidence is readable anywhere: not in the workspace, not in any temporary file.
    // The test's own copy of the file (its output folder) is where the person keeps it: not a leak.
    const scanned = [...filesUnder(app.workspaceDir, 0), ...filesUnder(tmpdir(), started)].filter(
      (path) => !path.startsWith(testInfo.outputDir),
    );
    expect(scanned.length).toBeGreaterThan(5);
    expect(filesHolding(scanned, marker)).toEqual([]);

    // Holding the page's own credentials, a script still cannot make the core open or write a path.
    const planted = out('planted.pdf');
    // One at a time: each refusal is awaited where it is made, never left pending unobserved.
    const attempts = [
      () => invokeCore(page, 'reference.import', { kind: 'ofac', path: '/etc/hostname' }),
      () => invokeCore(page, 'evidence.ingest', { assessmentId, path: account }),
      () => invokeCore(page, 'pdf.verify', { path: report }),
      () => invokeCore(page, 'identity.exportCertificate', { fingerprint: 'ab'.repeat(32), path: planted }),
    ];
    for (const attempt of attempts)
      await expect(attempt()).rejects.toThrow(/cannot be used here|was not chosen/);
    expect(existsSync(planted)).toBe(false);
    expect(consoleProblems).toEqual([]);
  });
}
