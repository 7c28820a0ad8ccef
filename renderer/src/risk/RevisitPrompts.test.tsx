// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../assessments/api/contract';
import { createI18n } from '../i18n/createI18n';
import type { Language } from '../i18n/languages';
import { mediumEvaluation, templateBundle } from '../testing/decisionFixtures';
import { click, enableActEnvironment } from '../testing/dom';
import { RiskPanel } from './RiskPanel';

enableActEnvironment();

let root: Root | null = null;
const selected: string[] = [];

type Evaluation = OperationOutput<'assessment.evaluate'>;

/** The medium evaluation, as scored by a template with revisit prompts (methodology 1.1). */
function withRevisit(revisit: Evaluation['result']['revisit']): Evaluation {
  const evaluation = mediumEvaluation();
  return { ...evaluation, result: { ...evaluation.result, ...(revisit ? { revisit } : {}) } };
}

/** The fixture template with an Arabic text for one prompt's reason and none for the other. */
function bundle() {
  const template = templateBundle();
  const [arabic] = template.translations;
  if (arabic) arabic.texts['scoring.revisit.awareness'] = 'راجِع مدى العلم بسوء الاستخدام.';
  return template;
}

async function render(evaluation: Evaluation, language: Language = 'en') {
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <RiskPanel
          evaluation={evaluation}
          template={bundle()}
          locale={language}
          onSelectQuestion={(id) => selected.push(id)}
        />
      </I18nextProvider>,
    ),
  );
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  selected.length = 0;
  document.body.replaceChildren();
});

const PROMPTS = [
  { id: 'awareness', questionId: 'B9', reason: 'Revisit awareness of misuse.' },
  { id: 'safeguards', questionId: 'C9', reason: 'Check the safeguards again.' },
];

describe('RevisitPrompts in the risk panel', () => {
  it('lists each prompt with its reason and a link to the question, in result order', async () => {
    await render(withRevisit(PROMPTS));
    const section = document.querySelector('[data-testid="risk-revisit"]');
    expect(section?.querySelector('h3')?.textContent).toBe('Answers to revisit');
    const items = [...document.querySelectorAll<HTMLElement>('[data-revisit-id]')];
    expect(items.map((item) => item.dataset.revisitId)).toEqual(['awareness', 'safeguards']);
    expect(items[0]?.textContent).toContain('Revisit awareness of misuse.');
    click(items[1]?.querySelector('button') as HTMLButtonElement);
    expect(selected).toEqual(['C9']);
  });

  it('shows the translated reason, falling back to the template’s own text', async () => {
    await render(withRevisit(PROMPTS), 'ar');
    const items = [...document.querySelectorAll<HTMLElement>('[data-revisit-id]')];
    expect(items[0]?.textContent).toContain('راجِع مدى العلم بسوء الاستخدام.');
    expect(items[1]?.textContent).toContain('Check the safeguards again.');
    expect(document.querySelector('[data-testid="risk-revisit"] h3')?.textContent).toBe(
      'إجابات ينبغي مراجعتها',
    );
  });

  it('renders nothing when the result has no prompts or no revisit key', async () => {
    await render(withRevisit([]));
    expect(document.querySelector('[data-testid="risk-revisit"]')).toBeNull();
    act(() => root?.unmount());
    await render(withRevisit(undefined));
    expect(document.querySelector('[data-testid="risk-revisit"]')).toBeNull();
  });
});
