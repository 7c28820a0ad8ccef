import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { chooseFiles, dropFiles } from './files';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { AssessmentList } from './pages/AssessmentList';
import { EvidencePage } from './pages/EvidencePage';
import { STRINGS, type Lang } from './pages/strings';
import { WizardPage } from './pages/WizardPage';
import { WorkspaceGate } from './pages/WorkspaceGate';

// Key derivation (scrypt) and the accessibility scans take their time on a busy machine.
test.describe.configure({ timeout: 120_000 });

const PASSPHRASE = 'granite lantern orchard 42';

interface Case {
  title: string;
  source: string;
  terms: string;
  notes: string;
  /** Attached on the question card: one by its button, one dropped on the card. */
  contract: string;
  photo: string;
  /** Dropped on the evidence panel. */
  letter: string;
}

const CASES: Record<Lang, Case> = {
  en: {
    title: 'Monitoring centre for the Interior Ministry',
    source: 'Sales team, contract file',
    terms: 'terms-of-reference.pdf',
    notes: 'site-visit-notes.txt',
    contract: 'end-user-contract.pdf',
    photo: 'loading-dock.txt',
    letter: 'ministry-letter.txt',
  },
  ar: {
    title: 'مركز مراقبة لوزارة الداخلية',
    source: 'فريق المبيعات، ملف العقد',
    terms: 'الإطار-المرجعي.pdf',
    notes: 'ملاحظات-الزيارة.txt',
    contract: 'عقد-المستخدم-النهائي.pdf',
    photo: 'رصيف-التحميل.txt',
    letter: 'رسالة-الوزارة.txt',
  },
};

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)(?:, number)?\}\}/gu, (_, key: string) => String(values[key]));

/** The catalogue's sentence for `count`: the plural form and digits i18next picks for `lang`. */
function counted(
  lang: Lang,
  group: object,
  key: string,
  values: { count: number; [name: string]: string | number },
) {
  const forms = group as Record<string, unknown>;
  const form = forms[`${key}_${new Intl.PluralRules(lang).select(values.count)}`] ?? forms[`${key}_other`];
  if (typeof form !== 'string') throw new Error(`No plural forms for ${key}`);
  return fill(form, { ...values, count: new Intl.NumberFormat(lang).format(values.count) });
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: evidence is attached on a question card (chosen and dropped) and in the evidence panel, graded, linked, exported and removed`, async ({
    app,
  }, testInfo) => {
    const s = STRINGS[lang];
    const data = CASES[lang];
    const desktop = testInfo.project.name === 'electron';
    const page = await app.open({ lang });
    const consoleProblems = watchConsole(page);
    const file = (name: string, content: string) => {
      const path = testInfo.outputPath(name);
      writeFileSync(path, content);
      return path;
    };
    const terms = file(data.terms, '%PDF-1.7\n% terms of reference, version 2\n');
    const notes = file(data.notes, `Site visit on 2 November: ${lang}\n`);
    const contract = file(data.contract, '%PDF-1.7\n% end-user contract, signed copy\n');
    const photo = file(data.photo, `Loading dock, crates marked for the ministry (${lang})\n`);
    const letter = file(data.letter, `Letter from the ministry (${lang})\n`);

    await new WorkspaceGate(page, s).create('Amira Haddad', PASSPHRASE);
    const list = new AssessmentList(page, s);
    await list.create({ title: data.title, destination: 'EG' });

    // On the question card: C2 needs evidence; the card's own button and a drop both attach to it.
    const wizard = new WizardPage(page, s);
    const evidence = new EvidencePage(page, s);
    await wizard.open('C2');
    const card = wizard.question();
    const linked = card.getByTestId('evidence-required');
    await expect(linked).toContainText(counted(lang, s.wizard, 'evidenceLinked', { count: 0 }));
    // Nothing linked yet to a question that needs evidence: the card says so where it is answered.
    await expect(card.getByTestId('evidence-missing')).toHaveText(
      new RegExp(s.evidence.question.requiredNone),
    );
    const onCard = card.getByTestId('question-evidence-item');
    const attach = card.getByRole('button', { name: s.evidence.attach });
    await chooseFiles(page, attach, [contract]);
    const result = card.getByTestId('question-attach-result');
    await expect(result).toHaveText(counted(lang, s.evidence, 'attached', { count: 1, question: 'C2' }));
    await expect(linked).toContainText(counted(lang, s.wizard, 'evidenceLinked', { count: 1 }));
    // The card itself lists what is linked to it, with the item's type and short fingerprint.
    await expect(onCard.filter({ hasText: data.contract })).toContainText(sha256(contract).slice(0, 12));
    await expect(card.getByTestId('evidence-missing')).toHaveCount(0);
    await expect(attach).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'question card with its attach control');

    await dropFiles(page, card, [photo]);
    await expect(result).toHaveText(counted(lang, s.evidence, 'attached', { count: 1, question: 'C2' }));
    await expect(onCard.filter({ hasText: data.photo })).toBeVisible();
    await expect(linked).toContainText(counted(lang, s.wizard, 'evidenceLinked', { count: 2 }));
    await expect(onCard).toHaveCount(2);
    await snapshot(page, testInfo, `${lang}-question-attached`);

    // The same file again on the card is refused, in words about that file.
    await dropFiles(page, card, [photo]);
    await expect(result).toHaveText(fill(s.evidence.errors.duplicate, { name: data.photo }));
    await expect(onCard).toHaveCount(2);

    // At another question, items already in the vault are linked from a dialog, found by name.
    await wizard.open('C8');
    const other = wizard.question();
    await evidence.press(other.getByTestId('link-existing-evidence'));
    const chooser = page.getByRole('dialog', {
      name: fill(s.evidence.question.linkTitle, { question: 'C8' }),
    });
    await expect(chooser.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type(data.photo.slice(0, 6));
    await expect(chooser.getByRole('checkbox')).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'link existing evidence dialog');
    await evidence.press(chooser.getByRole('checkbox'), 'Space');
    await evidence.press(chooser.getByRole('button', { name: s.evidence.question.save }));
    await expect(chooser).toBeHidden();
    await expect(other.getByTestId('question-evidence-item')).toHaveCount(1);
    await expect(other.getByTestId('question-evidence-item')).toContainText(data.photo);

    // The evidence screen: files chosen in the panel are linked to the question picked there.
    await page.getByRole('button', { name: s.assessment.back }).click();
    await evidence.openFromList(data.title);
    await expect(evidence.items()).toHaveCount(2);
    await expectNoSeriousA11yViolations(page, 'evidence screen');
    await evidence.questionSelect().focus();
    await evidence.questionSelect().selectOption('A5');
    await chooseFiles(page, evidence.addButton(), [terms, notes]);
    await expect(evidence.items()).toHaveCount(4);
    await expect(evidence.notice()).toHaveText(counted(lang, s.evidence, 'added', { count: 2 }));
    await expect(evidence.addButton()).toBeFocused();

    const item = evidence.item(data.terms);
    await expect(item).toContainText('application/pdf');
    await expect(
      item.getByRole('checkbox', { name: fill(s.evidence.linkedTo, { question: 'A5' }) }),
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
    await expect(item).toContainText(fill(s.evidence.grade, { grade: 'B2' }));
    await expect(item.getByTestId('custody-history').getByRole('listitem')).toHaveCount(3);
    await snapshot(page, testInfo, `${lang}-evidence-details`);
    await expectNoSeriousA11yViolations(page, 'evidence details');

    // Unlink by keyboard: Space toggles the focused checkbox.
    await evidence.press(
      item.getByRole('checkbox', { name: fill(s.evidence.linkedTo, { question: 'A5' }) }),
      'Space',
    );
    await expect(item).toContainText(s.evidence.noQuestions);
    await expect(item.getByTestId('custody-history').getByRole('listitem')).toHaveCount(4);

    // The copy is the vault's bytes, saved where the person said (dialog) or downloaded (browser).
    const exported = testInfo.outputPath(`copy-${data.terms}`);
    await app.saveFrom(item.getByRole('button', { name: s.evidence.exportCopy }), exported);
    await expect(evidence.notice()).toContainText(
      desktop ? fill(s.evidence.exported, { path: `\u2068${exported}\u2069` }) : data.terms,
    );
    if (!desktop) await expect(evidence.notice()).not.toContainText('download:');
    expect(existsSync(exported)).toBe(true);
    expect(sha256(exported)).toBe(sha256(terms));
    await expect(item.getByTestId('custody-history').getByRole('listitem')).toHaveCount(5);

    // The same file again is refused with a sentence about that file.
    await chooseFiles(page, evidence.addButton(), [terms]);
    await expect(evidence.panel().getByRole('alert')).toHaveText(
      fill(s.evidence.errors.duplicate, { name: data.terms }),
    );
    await expect(evidence.items()).toHaveCount(4);

    // A file dropped on the panel is added like a chosen one, linked to the question picked.
    await dropFiles(page, evidence.panel(), [letter]);
    await expect(evidence.items()).toHaveCount(5);
    await expect(evidence.notice()).toHaveText(counted(lang, s.evidence, 'added', { count: 1 }));
    await expect(
      evidence
        .item(data.letter)
        .getByRole('checkbox', { name: fill(s.evidence.linkedTo, { question: 'A5' }) }),
    ).toBeChecked();

    // The grid links many items to many questions, applied together in one step.
    const grid = page.getByTestId('evidence-link-grid');
    const cell = (name: string, question: string) =>
      grid.getByRole('checkbox', {
        name: fill(s.evidence.grid.cell, { name: `\u2068${name}\u2069`, question }),
      });
    await expect(cell(data.contract, 'C2')).toBeChecked();
    await evidence.press(cell(data.letter, 'C2'), 'Space');
    await evidence.press(cell(data.notes, 'C9'), 'Space');
    await evidence.press(grid.getByTestId('link-grid-apply'));
    await expect(grid.getByRole('status')).toHaveText(
      counted(lang, s.evidence.grid, 'applied', { count: 2 }),
    );
    await expect(evidence.item(data.letter)).toContainText('C2');
    await expect(evidence.item(data.notes)).toContainText('C9');
    await expectNoSeriousA11yViolations(page, 'evidence link grid');

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
    await expect(evidence.items()).toHaveCount(4);
    await expect(evidence.addButton()).toBeFocused();

    // Closing the file chooser without a file changes nothing.
    await chooseFiles(page, evidence.addButton(), []);
    await expect(evidence.items()).toHaveCount(4);
    await expect(evidence.panel().getByRole('alert')).toHaveCount(0);
    // Refused duplicates are answers, not faults: nothing at all is logged.
    expect(consoleProblems).toEqual([]);
  });
}
