// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import { createI18n } from '../i18n/createI18n';
import { en } from '../i18n/locales/en';
import {
  ASSESSMENT_ID,
  FixtureError,
  decisionFrom,
  decisionTransport,
  mediumEvaluation,
  stopEvaluation,
} from '../testing/decisionFixtures';
import { byLabel, byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { DecisionForm } from './DecisionForm';
import { draftFromDecision, emptyDraft, localToday, type DecisionDraft } from './decisionDraft';
import { RecordedDecision } from './RecordedDecision';

enableActEnvironment();

let root: Root | null = null;
const RATIONALE = 'Group targeting was requested in writing; no condition can cure it.';
type Evaluation = Parameters<typeof DecisionForm>[0]['evaluation'];
type Decision = Parameters<typeof RecordedDecision>[0]['decision'];

async function render(
  fixture: ReturnType<typeof decisionTransport>,
  evaluation: Evaluation,
  initialDraft: DecisionDraft = emptyDraft(),
) {
  const i18n = await createI18n('en');
  const recorded: Decision[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(fixture.transport)}>
          <DecisionForm
            assessmentId={ASSESSMENT_ID}
            evaluation={evaluation}
            initialDraft={initialDraft}
            onRecorded={(decision) => recorded.push(decision)}
          />
        </ClientContext>
      </I18nextProvider>,
    );
  });
  return { recorded, t: i18n.t.bind(i18n) };
}

function radio(value: string): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`);
  if (!input) throw new Error(`No radio for ${value}`);
  return input;
}

function checkbox(text: string): HTMLInputElement {
  return byRole<HTMLLabelElement>('label', text).querySelector('input') as HTMLInputElement;
}

const submit = () => click(byRole('button', en.decision.submit));
const text = () => document.body.textContent ?? '';

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('DecisionForm', () => {
  it('refuses approval while blockers remain, beside the choice, and focuses it', async () => {
    const evaluation = stopEvaluation();
    await render(decisionTransport({ evaluation }), evaluation);
    click(radio('approve'));
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.overrideLabel), 'The customer withdrew the request.');
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.rationaleLabel), RATIONALE);
    submit();
    await waitFor(() => expect(text()).toContain(en.decision.errors.approvalBlocked));
    expect(text()).toContain(en.decision.errors.summary);
    expect(document.activeElement).toBe(radio('approve'));
  });

  it('names a missing choice first, then the justification before the rationale', async () => {
    const evaluation = stopEvaluation();
    await render(decisionTransport({ evaluation }), evaluation);
    submit();
    await waitFor(() => expect(text()).toContain(en.decision.errors.finalRequired));
    expect(document.activeElement).toBe(radio('approve'));

    click(radio('refer'));
    const rationale = byLabel<HTMLTextAreaElement>(en.decision.rationaleLabel);
    typeInto(rationale, 'Too short.');
    expect(byTestId('rationale-counter').textContent).toBe('10 of at least 20 characters');
    submit();
    await waitFor(() => expect(document.activeElement).toBe(byLabel(en.decision.overrideLabel)));
    expect(text()).toContain('Give the reasons in at least 20 characters.');
    expect(rationale.getAttribute('aria-invalid')).toBe('true');
  });

  it('records catalogue conditions as text, triggers by id, free text and the review date', async () => {
    const evaluation = stopEvaluation();
    const fixture = decisionTransport({ evaluation, record: (input) => decisionFrom(input, evaluation) });
    const { recorded } = await render(fixture, evaluation);
    click(radio('deny'));
    click(checkbox(en.decision.conditions.catalogue.noRetransfer));
    click(checkbox(en.decision.triggers.items.renewal));
    click(checkbox(en.decision.triggers.items.sanctions));
    click(byRole('button', en.decision.conditions.add));
    await waitFor(() => expect(document.activeElement).toBe(byLabel('Condition 1')));
    click(byRole('button', en.decision.conditions.add));
    await waitFor(() => expect(document.activeElement).toBe(byLabel('Condition 2')));
    click(byRole('button', 'Remove condition 2'));
    await waitFor(() => expect(document.activeElement).toBe(byRole('button', en.decision.conditions.add)));
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.rationaleLabel), RATIONALE);
    submit();
    await waitFor(() => expect(text()).toContain(en.decision.errors.conditionEmpty));
    expect(document.activeElement).toBe(byLabel('Condition 1'));

    typeInto(byLabel<HTMLTextAreaElement>('Condition 1'), 'Quarterly call with the oversight body.');
    typeInto(byLabel(en.decision.reviewDateLabel), '2099-01-31');
    expect(text()).toContain('January 31, 2099');
    submit();
    await waitFor(() => expect(recorded).toHaveLength(1));
    expect(fixture.recorded).toEqual([
      {
        assessmentId: ASSESSMENT_ID,
        finalRecommendation: 'deny',
        rationale: RATIONALE,
        overrideJustification: null,
        conditions: [
          { category: 'contract-clause', text: en.decision.conditions.catalogue.noRetransfer },
          { category: 'other', text: 'Quarterly call with the oversight body.' },
        ],
        triggers: ['sanctions', 'renewal'],
        reviewDate: '2099-01-31',
      },
    ]);
  });

  it('refuses a review date in the past, or not a date, before anything is sent', async () => {
    const evaluation = stopEvaluation();
    const fixture = decisionTransport({ evaluation, record: (input) => decisionFrom(input, evaluation) });
    await render(fixture, evaluation);
    click(radio('deny'));
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.rationaleLabel), RATIONALE);
    const review = byLabel(en.decision.reviewDateLabel);
    expect(review.type).toBe('text');
    typeInto(review, '2020-01-31');
    submit();
    await waitFor(() => expect(text()).toContain(en.decision.errors.reviewDatePast));
    expect(document.activeElement).toBe(review);
    typeInto(review, '31/01/2099');
    await waitFor(() => expect(text()).toContain(en.decision.errors.reviewDate));
    typeInto(review, localToday());
    await waitFor(() => expect(review.getAttribute('aria-invalid')).toBeNull());
    expect(fixture.recorded).toEqual([]);
  });

  it('places the core’s refusals beside their fields', async () => {
    const evaluation = mediumEvaluation();
    const fixture = decisionTransport({
      evaluation,
      record: () => {
        throw new FixtureError('invalid_input', 'bad', {
          issues: [{ path: 'overrideJustification', message: 'required when overriding' }],
        });
      },
    });
    await render(fixture, evaluation);
    click(radio('refer'));
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.overrideLabel), 'Committee review is needed.');
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.rationaleLabel), RATIONALE);
    submit();
    await waitFor(() => expect(text()).toContain(en.decision.errors.overrideRequired));
    expect(text()).toContain(en.decision.errors.summary);
    expect(document.activeElement).toBe(byLabel(en.decision.overrideLabel));
  });

  it('decides again from a record that stored triggers as reporting duties, storing them by id', async () => {
    const evaluation = mediumEvaluation();
    const legacy = {
      finalRecommendation: 'approve-with-conditions',
      rationale: RATIONALE,
      conditions: [
        { category: 'post-shipment-verification', text: en.decision.conditions.catalogue.psvOnSite },
        {
          category: 'reporting-duty',
          text: 'Re-assess before any further delivery if: Contract or licence renewal',
        },
        { category: 'contract-clause', text: 'Escrow of the licence keys.' },
      ],
      triggers: ['coup'],
    };
    const fixture = decisionTransport({ evaluation, record: (input) => decisionFrom(input, evaluation) });
    const i18n = await createI18n('en');
    const draft = draftFromDecision(i18n.t.bind(i18n), decisionFrom(legacy, evaluation));
    const { recorded } = await render(fixture, evaluation, draft);
    expect(radio('approve-with-conditions').checked).toBe(true);
    expect(checkbox(en.decision.conditions.catalogue.psvOnSite).checked).toBe(true);
    expect(checkbox(en.decision.triggers.items.renewal).checked).toBe(true);
    expect(checkbox(en.decision.triggers.items.coup).checked).toBe(true);
    expect(byLabel<HTMLTextAreaElement>('Condition 1').value).toBe('Escrow of the licence keys.');
    expect(byLabel<HTMLSelectElement>('Category of condition 1').value).toBe('contract-clause');
    submit();
    await waitFor(() => expect(recorded).toHaveLength(1));
    expect(fixture.recorded[0]).toMatchObject({
      conditions: [legacy.conditions[0], legacy.conditions[2]],
      triggers: ['coup', 'renewal'],
    });
  });
});

describe('RecordedDecision', () => {
  it('shows triggers under their own label, apart from the reporting duties', async () => {
    const evaluation = mediumEvaluation();
    const decision = decisionFrom(
      {
        finalRecommendation: 'approve-with-conditions',
        rationale: RATIONALE,
        conditions: [{ category: 'reporting-duty', text: en.decision.conditions.catalogue.annualReport }],
        triggers: ['misuse'],
      },
      evaluation,
    );
    const i18n = await createI18n('fr');
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => {
      root?.render(
        <I18nextProvider i18n={i18n}>
          <RecordedDecision decision={decision} onDecideAgain={() => undefined} />
        </I18nextProvider>,
      );
    });
    const triggers = byTestId('recorded-triggers');
    expect(triggers.textContent).toContain('Un signalement crédible d’utilisation abusive');
    expect(byTestId('recorded-conditions').textContent).not.toContain('abusive');
    expect(byRole('dt', 'Éléments déclencheurs d’une réévaluation').nextElementSibling).toBe(triggers);
  });
});
