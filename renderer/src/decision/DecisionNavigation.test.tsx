// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../assessments/api/contract';
import { App } from '../App';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { createI18n } from '../i18n/createI18n';
import { decisionTransport, stopEvaluation } from '../testing/decisionFixtures';
import { byRole, click, enableActEnvironment, waitFor } from '../testing/dom';
import { createFakeCore } from '../testing/fakeCore';

enableActEnvironment();

const DECISION_OPS: ReadonlySet<OperationName> = new Set([
  'assessment.evaluate',
  'template.get',
  'decision.get',
  'decision.record',
]);

let root: Root | null = null;

/** The fake core for the workspace and its assessments; decision fixtures for the rest. */
function combinedTransport(): Transport {
  const core = createFakeCore({ state: 'unlocked' });
  const decisions = decisionTransport({ evaluation: stopEvaluation() });
  void core.transport.invoke('assessment.create', { title: 'IMSI catchers for the MoI' });
  return {
    kind: 'web',
    invoke: (op, input) => (DECISION_OPS.has(op) ? decisions.transport : core.transport).invoke(op, input),
    on: (event, cb) => core.transport.on(event, cb),
  };
}

async function render(transport: Transport) {
  const i18n = await createI18n('en');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(transport)}>
          <App />
        </ClientContext>
      </I18nextProvider>,
    );
  });
}

function unmount() {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
}

function heading(): string {
  return document.querySelector('h1')?.textContent ?? '';
}

function selectedTab(): string {
  return document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? '';
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(unmount);

describe('decision navigation', () => {
  it('opens the decision tab from the list, returns to it after a reload, and follows a flag to its question', async () => {
    const transport = combinedTransport();
    await render(transport);
    const open = await waitFor(() => byRole<HTMLButtonElement>('[data-testid="open-decision"]', 'Decision'));
    const description = document.getElementById(open.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('IMSI catchers for the MoI');
    click(open);
    await waitFor(() => expect(heading()).toBe('IMSI catchers for the MoI'));
    expect(selectedTab()).toBe('Decision');
    await waitFor(() => expect(document.querySelector('[data-testid="risk-panel"]')).not.toBeNull());

    unmount();
    await render(transport);
    await waitFor(() => expect(heading()).toBe('IMSI catchers for the MoI'));
    expect(selectedTab()).toBe('Decision');

    const link = await waitFor(() =>
      byRole<HTMLButtonElement>('.flag__raised-by button', 'B9Has the end user requested customisation?'),
    );
    click(link);
    await waitFor(() => expect(selectedTab()).toBe('Questionnaire'));
    await waitFor(() =>
      expect(document.querySelector<HTMLElement>('.wizard-question')?.dataset.questionId).toBe('B9'),
    );
    click(byRole('button', 'Back to assessments'));
    await waitFor(() => expect(heading()).toBe('Assessments'));
  });
});
