// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, type OperationName, type OperationOutput } from '../../../assessments/api/contract';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { createI18n } from '../i18n/createI18n';
import type { Language } from '../i18n/languages';
import { ASSESSMENT_ID, mediumEvaluation, stopEvaluation, templateBundle } from '../testing/decisionFixtures';
import { byTestId, click, enableActEnvironment, waitFor } from '../testing/dom';
import { RiskPanel } from './RiskPanel';

enableActEnvironment();

type Evaluation = OperationOutput<'assessment.evaluate'>;
type Sensitivity = OperationOutput<'assessment.sensitivity'>;

let root: Root | null = null;
const selected: string[] = [];
const asked: string[] = [];

/** STOP on B9 plus the GAP gate: Deny, and a result that rests on C9 being unanswered. */
function provisionalDeny(): Evaluation {
  const base = stopEvaluation();
  return {
    ...base,
    result: { ...base.result, incomplete: true },
    assumptions: [
      { kind: 'severityAssumed', reason: 'unanswered', section: 'C', questionIds: ['C9'], value: 4 },
      { kind: 'likelihoodAssumed', section: 'C', questionIds: ['C9'], noneAnswered: true },
    ],
  };
}

const SENSITIVITY: Sensitivity = contract['assessment.sensitivity'].output.parse({
  assumptions: [],
  tierChangers: [
    {
      questionId: 'B9',
      section: 'B',
      fromAnswer: 'high',
      toAnswer: 'low',
      tier: 'Low',
      recommendation: 'approve',
    },
  ],
  variants: 4,
  truncated: false,
});

function transport(): Transport {
  const handlers: Partial<Record<OperationName, () => unknown>> = {
    'assessment.sensitivity': () => SENSITIVITY,
  };
  return {
    kind: 'web',
    invoke(op) {
      asked.push(op);
      const handler = handlers[op];
      if (!handler) return Promise.reject(new Error(`unexpected operation ${op}`));
      return Promise.resolve({ ok: true, value: handler() });
    },
    on: () => () => undefined,
  };
}

async function render(
  evaluation: Evaluation,
  options: { language?: Language; layout?: 'full' | 'column'; assessmentId?: string } = {},
) {
  const language = options.language ?? 'en';
  const i18n = await createI18n(language);
  const client = createAssayClient(transport());
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const draw = (next: Evaluation) =>
    act(() =>
      root?.render(
        <I18nextProvider i18n={i18n}>
          <ClientContext value={client}>
            <RiskPanel
              evaluation={next}
              template={templateBundle()}
              locale={language}
              onSelectQuestion={(id) => selected.push(id)}
              assessmentId={options.assessmentId}
              layout={options.layout}
            />
          </ClientContext>
        </I18nextProvider>,
      ),
    );
  draw(evaluation);
  return { rerender: draw };
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  selected.length = 0;
  asked.length = 0;
  document.body.replaceChildren();
});

describe('the risk headline', () => {
  it('never puts a second recommendation beside the computed one', async () => {
    await render(provisionalDeny());
    expect(byTestId('risk-recommendation').textContent).toBe('Deny');
    const outcome = byTestId('risk-outcome');
    expect(outcome.getAttribute('data-provisional')).toBe('true');
    expect(byTestId('risk-outcome-note').textContent).toMatch(/^Provisional: /);
    expect(outcome.textContent).not.toMatch(/refer/i);
  });

  it('says what is assumed, each with a link to the question that would resolve it', async () => {
    await render(provisionalDeny());
    const items = [...byTestId('risk-assumptions').querySelectorAll('li[data-assumption-kind]')];
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Severity 4 assumed: these questions of “Destination” are not answered.',
      'Likelihood counts “Destination” as no risk: none of its questions is answered yet.',
    ]);
    click(items[0]?.querySelector('button') as HTMLButtonElement);
    expect(selected).toEqual(['C9']);
  });

  it('says what is assumed in Arabic', async () => {
    await render(provisionalDeny(), { language: 'ar' });
    const sentence = byTestId('risk-assumptions').querySelector('li p')?.textContent;
    expect(sentence).toBe('افتُرضت الخطورة 4: لم يُجَب عن هذه الأسئلة من «Destination».');
    expect(byTestId('risk-outcome-note').textContent).toMatch(/^نتيجة مؤقتة/);
  });

  it('shows no assumptions and no note for a final result', async () => {
    await render({ ...mediumEvaluation(), assumptions: [] });
    expect(document.querySelector('[data-testid="risk-assumptions"]')).toBeNull();
    expect(document.querySelector('[data-testid="risk-outcome-note"]')).toBeNull();
  });

  it('lists the answers that would change the tier, asked of the core, linking to their question', async () => {
    const { rerender } = await render(provisionalDeny(), { assessmentId: ASSESSMENT_ID });
    const changers = byTestId('risk-tier-changers');
    await waitFor(() => expect(changers.querySelector('[data-question-id="B9"] li')).not.toBeNull());
    expect(changers.querySelector('[data-question-id="B9"] li')?.textContent).toBe('Low → Low, Approve');
    click(changers.querySelector('button.question-link') as HTMLButtonElement);
    expect(selected).toEqual(['B9']);
    // A new evaluation (after a save) asks again, keeping the list on screen meanwhile.
    rerender(mediumEvaluation());
    expect(changers.getAttribute('aria-busy')).toBe('true');
    expect(changers.querySelector('[data-question-id="B9"]')).not.toBeNull();
    await waitFor(() => expect(changers.getAttribute('aria-busy')).toBe('false'));
    expect(asked.filter((op) => op === 'assessment.sensitivity')).toHaveLength(2);
  });

  it('folds the details away beside the questionnaire and opens them on request', async () => {
    await render(stopEvaluation(), { layout: 'column' });
    const toggles = [...document.querySelectorAll<HTMLButtonElement>('.risk-disclosure__toggle')];
    expect(toggles.map((toggle) => toggle.textContent)).toEqual([
      'Severity × likelihood',
      'Red flags (1)',
      'Open gaps (1)',
      'Section scores',
    ]);
    expect(toggles.every((toggle) => toggle.getAttribute('aria-expanded') === 'false')).toBe(true);
    const matrix = byTestId('risk-matrix');
    expect(matrix.closest('[hidden]')).not.toBeNull();
    click(toggles[0] as HTMLButtonElement);
    expect(toggles[0]?.getAttribute('aria-expanded')).toBe('true');
    expect(matrix.closest('[hidden]')).toBeNull();
    // The tier and recommendation stay in view whatever is folded.
    expect(byTestId('risk-tier').closest('[hidden]')).toBeNull();
  });

  it('opens the details by default, where there is room', async () => {
    await render(stopEvaluation());
    const toggles = [...document.querySelectorAll<HTMLButtonElement>('.risk-disclosure__toggle')];
    expect(toggles.every((toggle) => toggle.getAttribute('aria-expanded') === 'true')).toBe(true);
    expect(document.querySelector('[data-flag-id="B9-STOP"]')?.closest('[hidden]')).toBeNull();
  });
});
