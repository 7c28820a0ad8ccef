import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, snapshot, watchConsole } from './helpers';
import { ReferenceDataPage } from './pages/ReferenceDataPage';
import { STRINGS } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';

const FIXTURES = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
const PASSPHRASE = 'granite lantern orchard 42';
const OFAC = 'OFAC Specially Designated Nationals (SDN) list';

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: imports reference files chosen or dropped, shows a bad file's line, compares two versions and removes one`, async ({
    app,
  }, testInfo) => {
    // Several imports, runs and eight axe scans: longer than a one-screen spec.
    test.setTimeout(150_000);
    const s = STRINGS[lang];
    const page = await app.open({ lang });
    const consoleProblems = watchConsole(page);
    await new WorkspaceGate(page, s).create(lang === 'ar' ? 'ليلى حداد' : 'Amira Haddad', PASSPHRASE);
    const reference = new ReferenceDataPage(page, s);
    await reference.open();
    await expect(page.getByText(s.referenceData.list.empty)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'reference data, empty');

    await reference.importFile('ofac', `${FIXTURES}ofac_sdn.csv`, '2024-01-05');
    await reference.importFile('ofac', `${FIXTURES}ofac_sdn_next.csv`, '2024-02-09');
    // Dropped onto the form rather than chosen: the same check and import follow.
    await reference.importFile('un', `${FIXTURES}un_consolidated.xml`, undefined, 'drop');
    await expect(reference.row(OFAC, '2024-02-09')).toContainText('ofac_sdn_next.csv');
    await expect(reference.row('UN Security Council', '2022-09-15')).toBeVisible();

    // Published years ago: past the workspace's 90-day limit, until the limit is raised to ten years.
    await expect(reference.row(OFAC, '2024-02-09').getByTestId('dataset-stale')).toBeVisible();
    await expect(page.getByTestId('dataset-stale')).toHaveCount(3);
    await snapshot(page, testInfo, `${lang}-reference-stale`);
    await reference.setMaxListAge(3650);
    await expect(page.getByTestId('dataset-stale')).toHaveCount(0);

    // The same file again is recognised by its SHA-256 and adds nothing.
    await reference.startImport('ofac', `${FIXTURES}ofac_sdn.csv`);
    await expect(page.getByTestId('import-result')).toContainText(`${OFAC} 2024-01-05`);
    await expect(reference.rows()).toHaveCount(3);

    // A bad file: the importer's line and problem are shown, and nothing is added.
    await reference.startImport('ofac', `${FIXTURES}ofac_too_many_fields.csv`);
    const failure = page.getByTestId('import-failure');
    await expect(failure).toBeVisible();
    await expect(failure).toContainText('ofac_too_many_fields.csv');
    await expect(failure.getByTestId('import-failure-line')).toHaveText('3');
    await expect(failure).toContainText('found 13 fields');
    await expect(reference.rows()).toHaveCount(3);
    await snapshot(page, testInfo, `${lang}-reference-import-error`);
    await expectNoSeriousA11yViolations(page, 'reference data, import error');

    const comparison = await reference.compare(OFAC, '2024-02-09');
    await expect(comparison.getByTestId('comparison-added')).toContainText('NEW LISTED PERSON, Test');
    await expect(comparison.getByTestId('comparison-removed')).toContainText('MAR AZUL');
    await expect(comparison.getByTestId('comparison-changed')).toContainText('HADDAD, Nasser');
    await expect(comparison.getByTestId('comparison-removed').locator('li')).toHaveCount(1);
    await snapshot(page, testInfo, `${lang}-reference-compare`);
    await expectNoSeriousA11yViolations(page, 'reference data, comparison');

    await reference.remove(OFAC, '2024-01-05');
    await expect(reference.rows()).toHaveCount(2);
    await expect(reference.row(OFAC, '2024-01-05')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: s.referenceData.list.title })).toBeFocused();
    await snapshot(page, testInfo, `${lang}-reference-list`);
    await expectNoSeriousA11yViolations(page, 'reference data, list');

    await page.getByRole('button', { name: s.referenceData.back }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.assessmentList.title })).toBeVisible();
    expect(consoleProblems).toEqual([]);
  });
}
