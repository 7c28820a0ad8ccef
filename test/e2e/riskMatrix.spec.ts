import { fixtureAnswers, importAssessment } from './core';
import { expect, test } from './fixtures';
import { DecisionView } from './pages/DecisionView';
import type { Strings } from './pages/strings';
import { WorkspaceGate } from './pages/WorkspaceGate';
import { en } from '../../renderer/src/i18n/locales/en';
import { ru } from '../../renderer/src/i18n/locales/ru';

// Russian has the longest single-word tier name ("Неприемлемый"); 1024 px is the narrowest
// window the decision screen is laid out for.
const CASES = [
  { lang: 'ru', strings: ru, width: 1024 },
  { lang: 'ru', strings: ru, width: 1366 },
  { lang: 'en', strings: en, width: 1024 },
] as const;

for (const { lang, strings, width } of CASES) {
  test(`${lang} at ${width} px: no tier name in the risk matrix is broken inside a word`, async ({
    app,
  }, testInfo) => {
    // The catalogues of both languages drive the same page objects: only their wording differs.
    const s = strings as unknown as Strings;
    const page = await app.open({ lang });
    await page.setViewportSize({ width, height: 900 });
    await new WorkspaceGate(page, s).create('Nadia Haddad', 'copper heron listens twice');
    const answers = { ...fixtureAnswers('example-2-frt-airport'), B9: { value: 'group-targeting' } };
    await importAssessment(page, 'Matrix', answers);
    await page.reload();
    await expect(page.getByTestId('assessment-row')).toHaveCount(1);
    await new DecisionView(page, s).openFromList('Matrix');
    const matrix = page.getByTestId('risk-matrix');
    await expect(matrix).toContainText(strings.risk.tier.Unacceptable);
    await matrix.screenshot({ path: testInfo.outputPath(`matrix-${lang}-${width}.png`) });
    // Each word of each cell is laid out on one line: a word split across lines has two boxes.
    const broken = await matrix.locator('td').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const node = cell.firstChild;
        if (!node || node.nodeType !== Node.TEXT_NODE) return [];
        const text = node.textContent ?? '';
        const found: string[] = [];
        for (const match of text.matchAll(/\S+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) found.push(match[0]);
        }
        return found;
      }),
    );
    expect(broken).toEqual([]);
  });
}
