// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18n';
import { en } from '../i18n/locales/en';
import { enableActEnvironment } from '../testing/dom';
import { mediumEvaluation, stopEvaluation } from '../testing/decisionFixtures';
import { OutcomeComparison } from './OutcomeComparison';

enableActEnvironment();

type Outcome = Parameters<typeof OutcomeComparison>[0]['before'];
let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

function outcome(result: Outcome['result'], version: string): Outcome {
  return { templateRef: `mini@${version}#${'a'.repeat(64)}`, result };
}

async function render(before: Outcome, after: Outcome) {
  const i18n = await createI18n('en');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <OutcomeComparison before={before} after={after} />
      </I18nextProvider>,
    );
  });
}

function row(label: string): string[] {
  const header = [...document.querySelectorAll('tbody th')].find((th) => th.textContent === label);
  return [...(header?.parentElement?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent ?? '');
}

describe('OutcomeComparison', () => {
  it('words how final each outcome is as the risk headline does, naming no second recommendation', async () => {
    const complete = mediumEvaluation().result;
    // The GAP gate fired: the core already raised the recommendation it shows to Refer.
    const gated = { ...mediumEvaluation().result, incomplete: true, recommendation: 'refer' as const };
    await render(outcome(complete, '1.0.0'), outcome(gated, '1.1.0'));
    expect(row(en.risk.recommendationLabel)).toEqual(['Approve with conditions', 'Refer']);
    expect(row(en.upgrade.status)).toEqual([en.upgrade.complete, en.risk.provisionalShort]);
    expect(document.querySelector('tbody tr:last-child')?.hasAttribute('data-changed')).toBe(true);
  });

  it('says an outcome that cannot be finalised yet is not complete, without calling it provisional', async () => {
    const blocked = stopEvaluation().result;
    await render(outcome(blocked, '1.0.0'), outcome(blocked, '1.1.0'));
    expect(row(en.risk.recommendationLabel)).toEqual(['Deny', 'Deny']);
    expect(row(en.upgrade.status)).toEqual([en.risk.notFinalisable, en.risk.notFinalisable]);
    expect(document.body.textContent).not.toContain('refer');
  });
});
