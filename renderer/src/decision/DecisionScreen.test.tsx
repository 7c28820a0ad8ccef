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
import { DecisionScreen } from './DecisionScreen';

enableActEnvironment();

let root: Root | null = null;
const RATIONALE = 'Group targeting was requested in writing; no condition can cure it.';

async function render(fixture: ReturnType<typeof decisionTransport>) {
  const i18n = await createI18n('en');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(fixture.transport)}>
          <DecisionScreen assessmentId={ASSESSMENT_ID} />
        </ClientContext>
      </I18nextProvider>,
    );
  });
  await waitFor(() => byTestId('risk-panel'));
}

const RECOMMENDATION_VALUES: Record<string, string> = {
  Approve: 'approve',
  'Approve with conditions': 'approve-with-conditions',
  Refer: 'refer',
  Deny: 'deny',
};

function radio(name: string): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>(
    `input[type="radio"][value="${RECOMMENDATION_VALUES[name]}"]`,
  );
  if (!input) throw new Error(`No radio for ${name}`);
  return input;
}

function checkbox(text: string): HTMLInputElement {
  return byRole<HTMLLabelElement>('label', text).querySelector('input') as HTMLInputElement;
}

function submit(): void {
  click(byRole('button', en.decision.submit));
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('DecisionScreen', () => {
  it('shows computed beside final, and the blockers that forbid approval', async () => {
    await render(decisionTransport({ evaluation: stopEvaluation() }));
    expect(byTestId('computed-recommendation').textContent).toContain('Deny');
    expect(byTestId('final-recommendation-value').textContent).toContain('Not chosen yet');
    expect(byTestId('decision-blockers').textContent).toContain('Not answered: C9');
    click(radio('Approve'));
    expect(byTestId('final-recommendation-value').textContent).toContain('Approve');
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.overrideLabel), 'The customer withdrew the request.');
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.rationaleLabel), RATIONALE);
    submit();
    await waitFor(() => expect(document.body.textContent).toContain(en.decision.errors.approvalBlocked));
    expect(document.activeElement).toBe(radio('Approve'));
  });

  it('records conditions, triggers, free-text conditions and the review date', async () => {
    const evaluation = stopEvaluation();
    const fixture = decisionTransport({ evaluation, record: (input) => decisionFrom(input, evaluation) });
    await render(fixture);
    click(radio('Deny'));
    click(checkbox(en.decision.conditions.catalogue.noRetransfer));
    click(checkbox(en.decision.conditions.catalogue.auditLogs));
    click(checkbox(en.decision.triggers.items.sanctions));
    click(byRole('button', en.decision.conditions.add));
    await waitFor(() => expect(document.activeElement).toBe(byLabel<HTMLTextAreaElement>('Condition 1')));
    click(byRole('button', en.decision.conditions.add));
    await waitFor(() => expect(document.activeElement).toBe(byLabel<HTMLTextAreaElement>('Condition 2')));
    click(byRole('button', 'Remove condition 2'));
    await waitFor(() => expect(document.activeElement).toBe(byRole('button', en.decision.conditions.add)));
    submit();
    await waitFor(() => expect(document.body.textContent).toContain(en.decision.errors.conditionEmpty));
    expect(document.activeElement).toBe(byLabel<HTMLTextAreaElement>('Condition 1'));
    typeInto(byLabel<HTMLTextAreaElement>('Condition 1'), 'Quarterly call with the oversight body.');
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.rationaleLabel), RATIONALE);
    // A date already past is refused before anything is sent, beside its field.
    typeInto(byLabel(en.decision.reviewDateLabel), '2020-01-31');
    submit();
    await waitFor(() => expect(document.body.textContent).toContain(en.decision.errors.reviewDatePast));
    expect(document.activeElement).toBe(byLabel(en.decision.reviewDateLabel));
    expect(fixture.recorded).toEqual([]);
    typeInto(byLabel(en.decision.reviewDateLabel), '2099-01-31');
    submit();
    await waitFor(() => expect(byTestId('recorded-decision').dataset.stale).toBe('false'));
    expect(fixture.recorded).toEqual([
      {
        assessmentId: ASSESSMENT_ID,
        finalRecommendation: 'deny',
        rationale: RATIONALE,
        overrideJustification: null,
        conditions: [
          { category: 'contract-clause', text: en.decision.conditions.catalogue.noRetransfer },
          { category: 'technical-safeguard', text: en.decision.conditions.catalogue.auditLogs },
          { category: 'other', text: 'Quarterly call with the oversight body.' },
        ],
        triggers: ['sanctions'],
        reviewDate: '2099-01-31',
      },
    ]);
    expect(document.body.textContent).toContain(en.decision.recordedNotice);
    expect(document.activeElement).toBe(document.getElementById('recorded-decision-title'));
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
    await render(fixture);
    click(radio('Refer'));
    typeInto(
      byLabel<HTMLTextAreaElement>(en.decision.overrideLabel),
      'Committee review is needed for this buyer.',
    );
    typeInto(byLabel<HTMLTextAreaElement>(en.decision.rationaleLabel), RATIONALE);
    submit();
    await waitFor(() => expect(document.body.textContent).toContain(en.decision.errors.overrideRequired));
    expect(document.body.textContent).toContain(en.decision.errors.summary);
    expect(document.activeElement).toBe(byLabel<HTMLTextAreaElement>(en.decision.overrideLabel));
  });

  it('marks a decision stale and decides again from what was recorded', async () => {
    const evaluation = mediumEvaluation();
    const recordedInput = {
      finalRecommendation: 'approve-with-conditions',
      rationale: RATIONALE,
      conditions: [
        { category: 'post-shipment-verification', text: en.decision.conditions.catalogue.psvOnSite },
        { category: 'contract-clause', text: 'Escrow of the licence keys.' },
      ],
      triggers: ['renewal'],
      reviewDate: '2099-01-31',
    };
    const fixture = decisionTransport({
      evaluation,
      decision: decisionFrom(recordedInput, evaluation, '2026-02-01T08:00:00Z'),
      record: (input) => decisionFrom(input, evaluation),
    });
    await render(fixture);
    expect(byTestId('recorded-decision').dataset.stale).toBe('true');
    expect(byTestId('stale-notice').textContent).toContain('Stale: answers changed since this decision');
    click(byRole('button', en.decision.recorded.decideAgain));
    expect(radio('Approve with conditions').checked).toBe(true);
    expect(checkbox(en.decision.conditions.catalogue.psvOnSite).checked).toBe(true);
    expect(checkbox(en.decision.triggers.items.renewal).checked).toBe(true);
    expect(byLabel<HTMLTextAreaElement>('Condition 1').value).toBe('Escrow of the licence keys.');
    expect(byLabel<HTMLSelectElement>('Category of condition 1').value).toBe('contract-clause');
    submit();
    await waitFor(() => expect(byTestId('recorded-decision').dataset.stale).toBe('false'));
    expect(fixture.recorded[0]).toMatchObject({
      conditions: recordedInput.conditions,
      triggers: recordedInput.triggers,
      reviewDate: recordedInput.reviewDate,
    });
  });
});
