// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../assessments/api/contract';
import { createI18n } from '../i18n/createI18n';
import type { Language } from '../i18n/languages';
import { mediumEvaluation, stopEvaluation, templateBundle } from '../testing/decisionFixtures';
import { byTestId, click, enableActEnvironment } from '../testing/dom';
import { RiskPanel } from './RiskPanel';

enableActEnvironment();

let root: Root | null = null;
const selected: string[] = [];

async function render(evaluation: OperationOutput<'assessment.evaluate'>, language: Language = 'en') {
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const draw = (next: OperationOutput<'assessment.evaluate'>) =>
    act(() =>
      root?.render(
        <I18nextProvider i18n={i18n}>
          <RiskPanel
            evaluation={next}
            template={templateBundle()}
            locale={language}
            onSelectQuestion={(id) => selected.push(id)}
          />
        </I18nextProvider>,
      ),
    );
  draw(evaluation);
  return { rerender: draw };
}

function currentCell(): HTMLTableCellElement {
  const cells = document.querySelectorAll<HTMLTableCellElement>('td[aria-current="true"]');
  expect(cells).toHaveLength(1);
  return cells[0] as HTMLTableCellElement;
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  selected.length = 0;
  document.body.replaceChildren();
});

describe('RiskPanel', () => {
  it('shows the tier, the recommendation and the matrix cell of the evaluation', async () => {
    await render(stopEvaluation());
    expect(byTestId('risk-tier').textContent).toBe('Unacceptable');
    expect(byTestId('risk-recommendation').textContent).toBe('Deny');
    const cell = currentCell();
    const row = cell.parentElement as HTMLTableRowElement;
    // Severity 4 is the second row (5 first); likelihood 2 the second band column.
    expect(row.querySelector('th')?.textContent).toContain('Severity 4');
    expect(cell.cellIndex).toBe(2);
    expect(cell.textContent).toBe('High (current)');
    expect(document.querySelector('caption')?.textContent).toBe('Severity 4 × likelihood 2 gives High');
    expect(document.body.textContent).toContain(
      'Red flags and gates raise the tier from High to Unacceptable.',
    );
  });

  it('lists each red flag with its code, message and a link to the question that raised it', async () => {
    await render(stopEvaluation());
    const flag = document.querySelector<HTMLElement>('[data-flag-id="B9-STOP"]');
    expect(flag?.querySelector('.flag-code')?.textContent).toBe('STOP');
    expect(flag?.textContent).toContain('Group targeting: deny.');
    const link = flag?.querySelector<HTMLButtonElement>('.flag__raised-by button');
    expect(link?.textContent).toBe('B9Has the end user requested customisation?');
    click(link as HTMLButtonElement);
    expect(selected).toEqual(['B9']);
    expect(flag?.querySelector('.flag__trail')?.textContent).toContain('Tier High → Unacceptable');
  });

  it('links each open gap to its question and lists section scores', async () => {
    await render(stopEvaluation());
    const gaps = document.querySelector('[data-gap="missingRequired"]');
    expect(gaps?.textContent).toContain('Not answered (1)');
    click(gaps?.querySelector('button') as HTMLButtonElement);
    expect(selected).toEqual(['C9']);
    expect(document.querySelector('[data-section="B"]')?.textContent).toContain('100%');
    expect(document.querySelector('[data-section="C"]')?.textContent).toContain('No answer yet');
  });

  it('updates in place when a new evaluation arrives', async () => {
    const { rerender } = await render(stopEvaluation());
    const panel = byTestId('risk-panel');
    rerender(mediumEvaluation());
    expect(byTestId('risk-panel')).toBe(panel);
    expect(byTestId('risk-tier').textContent).toBe('Medium');
    expect(byTestId('risk-recommendation').textContent).toBe('Approve with conditions');
    expect(currentCell().textContent).toBe('Medium (current)');
    expect(document.body.textContent).toContain('No red flag is raised.');
    expect(document.body.textContent).toContain('No open gaps.');
  });

  it('speaks Arabic and falls back to the template text where a translation is missing', async () => {
    await render(stopEvaluation(), 'ar');
    expect(byTestId('risk-tier').textContent).toBe('غير مقبول');
    const flag = document.querySelector('[data-flag-id="B9-STOP"]');
    expect(flag?.textContent).toContain('استهداف جماعات: الرفض.');
    expect(flag?.textContent).toContain('هل طلب المستخدم النهائي تخصيصًا؟');
    expect(document.querySelector('[data-section="B"]')?.textContent).toContain('الصنف والقدرات');
    // No Arabic text for section C or question C9: the source text is shown.
    expect(document.querySelector('[data-section="C"]')?.textContent).toContain('Destination');
    expect(document.querySelector('[data-gap="missingRequired"]')?.textContent).toContain(
      'Which legal safeguards exist?',
    );
  });

  it('reads the explanation trail in Arabic where the core gave a message, else in the engine’s English', async () => {
    await render(stopEvaluation(), 'ar');
    const steps = [...document.querySelectorAll('.risk-trail .trail-step__engine')];
    expect(steps.map((step) => step.textContent)).toEqual([
      'الخطورة 4 = أعلى قيمة بين الأبعاد (B9 = 4)',
      'المصفوفة: الخطورة 4 × الاحتمال 2 ← مرتفع',
      // The option label has no Arabic text in this template: its source label shows.
      'STOP B9-STOP: استهداف جماعات: الرفض. (B9 = High)',
      'STOP: High → Unacceptable, deny',
    ]);
    expect(steps.map((step) => step.getAttribute('lang'))).toEqual([null, null, null, 'en']);
    const flagTrail = document.querySelector('[data-flag-id="B9-STOP"] .trail-step__engine');
    expect(flagTrail?.textContent).toBe('STOP B9-STOP: استهداف جماعات: الرفض. (B9 = High)');
  });
});
