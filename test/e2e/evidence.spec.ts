import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { AssessmentList } from './pages/AssessmentList';
import { EvidencePage } from './pages/EvidencePage';
import { STRINGS, type Lang } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

// Key derivation (scrypt) and the accessibility scans take their time on a busy machine.
test.describe.configure({ timeout: 120_000 });

const PASSPHRASE = 'granite lantern orchard 42';

const CASES: Record<Lang, { title: string; source: string; terms: string; photo: string }> = {
  en: {
    title: 'Monitoring centre for the Interior Ministry',
    source: 'Sales team, contract file',
    terms: 'terms-of-reference.pdf',
    photo: 'site-visit-notes.txt',
  },
  ar: {
    title: 'مركز مراقبة لوزارة الداخلية',
    source: 'فريق المبيعات، ملف العقد',
    terms: 'الإطار-المرجعي.pdf',
    photo: 'ملاحظات-الزيارة.txt',
  },
};

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: evidence is added through the file picker, graded, linked, exported and removed by keyboard`, async ({
    app,
  }, testInfo) => {
    const s = STRINGS[lang];
    const data = CASES[lang];
    const page = await app.open({ lang });
    test.skip(!app.scriptDialog, 'file dialogs can be scripted only over the web transport');
    const scriptDialog = app.scriptDialog?.bind(app) ?? (async () => undefined);
    const consoleProblems = watchConsole(page);
    await new WorkspaceGate(page, s).create('Amira Haddad', PASSPHRASE);
    const list = new AssessmentList(page, s);
    await list.create({ title: data.title, destination: 'EG' });
    await page.getByRole('button', { name: s.assessment.back }).click();

    const evidence = new EvidencePage(page, s);
    await evidence.openFromList(data.title);
    await expect(evidence.panel()).toContainText(s.evidence.empty);
    await expectNoSeriousA11yViolations(page, 'empty evidence screen');

    const terms = testInfo.outputPath(data.terms);
    const notes = testInfo.outputPath(data.photo);
    writeFileSync(terms, '%PDF-1.7\n% terms of reference, version 2\n');
    writeFileSync(notes, `Site visit on 2 November: ${lang}\n`);

    await evidence.questionSelect().focus();
    await evidence.questionSelect().selectOption('A5');
    await scriptDialog({ kind: 'pickFiles', paths: [terms, notes] });
    await evidence.press(evidence.addButton());
    await expect(evidence.items()).toHaveCount(2);
    await expect(evidence.notice()).not.toBeEmpty();
    await expect(evidence.addButton()).toBeFocused();

    const item = evidence.item(data.terms);
    await expect(item).toContainText('application/pdf');
    await expect(
      item.getByRole('checkbox', { name: s.evidence.linkedTo.replace('{{question}}', 'A5') }),
    ).toBeChecked();

    await evidence.press(item.getByRole('button', { name: s.evidence.showDetails }));
    await expect(item.getByTestId('evidence-sha256')).toHaveText(sha256(terms));
    await item.getByLabel(s.evidence.metadata.source, { exact: true }).fill(data.source);
    await item.getByLabel(s.evidence.metadata.acquiredAt).fill('2026-11-02');
    await item.getByLabel(s.evidence.metadata.reliability).selectOption('B');
    await item.getByLabel(s.evidence.metadata.credibility).selectOption('2');
    await item.getByRole('checkbox', { name: s.evidence.metadata.restricted }).check();
    await evidence.press(item.getByRole('button', { name: s.evidence.metadata.save }));
    await expect(item.getByText(s.evidence.metadata.saved)).toBeVisible();
    await expect(item).toContainText(s.evidence.grade.replace('{{grade}}', 'B2'));
    await expect(item.getByTestId('custody-history').getByRole('listitem')).toHaveCount(3);
    await snapshot(page, testInfo, `${lang}-evidence-details`);
    await expectNoSeriousA11yViolations(page, 'evidence details');

    // Unlink by keyboard: Space toggles the focused checkbox.
    await evidence.press(
      item.getByRole('checkbox', { name: s.evidence.linkedTo.replace('{{question}}', 'A5') }),
      'Space',
    );
    await expect(item).toContainText(s.evidence.noQuestions);
    await expect(item.getByTestId('custody-history').getByRole('listitem')).toHaveCount(4);

    const exported = testInfo.outputPath(`copy-${data.terms}`);
    await scriptDialog({ kind: 'saveFile', path: exported });
    await evidence.press(item.getByRole('button', { name: s.evidence.exportCopy }));
    await expect(evidence.notice()).toContainText(exported);
    expect(existsSync(exported)).toBe(true);
    expect(sha256(exported)).toBe(sha256(terms));

    // The same file again is refused with a sentence about that file.
    await scriptDialog({ kind: 'pickFiles', paths: [terms] });
    await evidence.press(evidence.addButton());
    await expect(evidence.panel().getByRole('alert')).toContainText(data.terms);
    await expect(evidence.items()).toHaveCount(2);

    await evidence.press(item.getByRole('button', { name: s.evidence.remove }));
    const dialog = page.getByRole('dialog', { name: s.evidence.removeTitle });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: s.common.cancel })).toBeFocused();
    await snapshot(page, testInfo, `${lang}-evidence-remove`);
    await expectNoSeriousA11yViolations(page, 'remove evidence dialog');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: s.evidence.removeConfirm })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(evidence.items()).toHaveCount(1);
    await expect(evidence.addButton()).toBeFocused();

    // Cancelling the picker changes nothing.
    await scriptDialog({ kind: 'cancel' });
    await evidence.press(evidence.addButton());
    await expect(evidence.items()).toHaveCount(1);
    expect(consoleProblems).toEqual([]);
  });
}
