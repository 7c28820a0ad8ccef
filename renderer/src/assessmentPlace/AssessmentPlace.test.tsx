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
import { applyDocumentLanguage, type Language } from '../i18n/languages';
import { decisionTransport, mediumEvaluation } from '../testing/decisionFixtures';
import { byLabel, byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { createFakeCore } from '../testing/fakeCore';

enableActEnvironment();

const DECISION_OPS: ReadonlySet<OperationName> = new Set(['assessment.evaluate', 'decision.get']);
const TITLE = 'IMSI catchers for the MoI';

let root: Root | null = null;

/** The fake core for assessments and answers; the decision fixtures for the decision and risk. */
async function setUp() {
  const core = createFakeCore({ state: 'unlocked' });
  const decisions = decisionTransport({ evaluation: mediumEvaluation() });
  await core.transport.invoke('assessment.create', { title: TITLE });
  const transport: Transport = {
    kind: 'web',
    invoke: (op, input) => (DECISION_OPS.has(op) ? decisions.transport : core.transport).invoke(op, input),
    on: (event, cb) => core.transport.on(event, cb),
  };
  return { core, transport };
}

async function render(transport: Transport, language: Language = 'en') {
  const i18n = await createI18n(language);
  applyDocumentLanguage(document.documentElement, language);
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

const heading = () => document.querySelector('h1')?.textContent ?? '';
const tab = (name: string) => byTestId<HTMLButtonElement>(`place-tab-${name}`);
const selected = () => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
const shownQuestion = () => document.querySelector<HTMLElement>('.wizard-question')?.dataset.questionId;

function press(element: HTMLElement, key: string) {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

async function openFromList() {
  click(await waitFor(() => byRole('.table__title button', TITLE)));
  await waitFor(() => expect(heading()).toBe(TITLE));
  await waitFor(() => expect(shownQuestion()).toBeDefined());
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(unmount);

describe('one place per assessment', () => {
  it('is a set of tabs a keyboard moves through, mirrored in Arabic', async () => {
    const { transport } = await setUp();
    await render(transport);
    await openFromList();
    const tablist = document.querySelector('[role="tablist"]');
    expect(tablist?.getAttribute('aria-label')).toBe('Parts of the assessment');
    expect([...document.querySelectorAll('[role="tab"]')].map((t) => t.textContent)).toEqual([
      'Questionnaire',
      'Evidence',
      'Screening',
      'Decision',
      'Report',
    ]);
    const panel = document.querySelector('[role="tabpanel"]');
    expect(panel?.getAttribute('aria-labelledby')).toBe(tab('questionnaire').id);
    expect(tab('questionnaire').getAttribute('aria-controls')).toBe(panel?.id);
    expect(tab('evidence').tabIndex).toBe(-1);

    tab('questionnaire').focus();
    press(tab('questionnaire'), 'ArrowRight');
    expect(selected()).toBe(tab('evidence'));
    expect(document.activeElement).toBe(tab('evidence'));
    press(tab('evidence'), 'End');
    expect(selected()).toBe(tab('report'));
    press(tab('report'), 'ArrowRight');
    expect(selected()).toBe(tab('questionnaire'));
    press(tab('questionnaire'), 'ArrowLeft');
    expect(selected()).toBe(tab('report'));
    press(tab('report'), 'Home');
    expect(selected()).toBe(tab('questionnaire'));
    expect(document.activeElement).toBe(tab('questionnaire'));

    unmount();
    await render(transport, 'ar');
    await waitFor(() => expect(heading()).toBe(TITLE));
    tab('questionnaire').focus();
    press(tab('questionnaire'), 'ArrowLeft');
    expect(selected()).toBe(tab('evidence'));
  });

  it('remembers the tab for a reload, and the last question for the next visit', async () => {
    const { transport } = await setUp();
    await render(transport);
    await openFromList();
    expect(shownQuestion()).toBe('A1');
    click(byRole('.question-nav__button', 'A5'));
    await waitFor(() => expect(shownQuestion()).toBe('A5'));
    click(tab('decision'));
    unmount();

    await render(transport);
    await waitFor(() => expect(selected()?.textContent).toBe('Decision'));
    click(byRole('button', 'Back to assessments'));
    await openFromList();
    expect(selected()?.textContent).toBe('Questionnaire');
    expect(shownQuestion()).toBe('A5');
  });

  it('leads from the last question to the decision', async () => {
    const { transport } = await setUp();
    await render(transport);
    await openFromList();
    expect(byRole('button', 'Next question')).toBeTruthy();
    click(byTestId('section-I'));
    await waitFor(() => byRole('.question-nav__button', 'I6'));
    click(byRole('.question-nav__button', 'I6'));
    await waitFor(() => expect(shownQuestion()).toBe('I6'));
    expect(() => byRole('button', 'Next question')).toThrow();
    click(byRole('button', 'Review and decide'));
    await waitFor(() => expect(selected()?.textContent).toBe('Decision'));
    expect(byTestId('place-panel-decision')).toBeTruthy();
  });

  it('renames with the contract’s own rule for a title', async () => {
    const { core, transport } = await setUp();
    await render(transport);
    await openFromList();
    click(byRole('button', 'Rename'));
    const title = byLabel('Title');
    expect(title.value).toBe(TITLE);
    typeInto(title, '   ');
    click(byRole('button', 'Save the title'));
    await waitFor(() => expect(document.body.textContent).toContain('Enter a title.'));
    typeInto(byLabel('Title'), 'IMSI catchers, second batch');
    click(byRole('button', 'Save the title'));
    await waitFor(() => expect(heading()).toBe('IMSI catchers, second batch'));
    expect(core.assessments[0]?.title).toBe('IMSI catchers, second batch');
    expect(byTestId('place-notice').textContent).toBe('Renamed to “IMSI catchers, second batch”.');
  });

  it('archives out of the list, which shows archived assessments on request', async () => {
    const { transport } = await setUp();
    await render(transport);
    await openFromList();
    click(byTestId('archive-toggle'));
    await waitFor(() => byTestId('archived-banner'));
    expect(byTestId('archive-toggle').textContent).toBe('Unarchive');
    click(byRole('button', 'Back to assessments'));
    await waitFor(() => expect(heading()).toBe('Assessments'));
    await waitFor(() => byTestId('show-archived'));
    expect(document.querySelectorAll('[data-testid="assessment-row"]')).toHaveLength(0);
    click(byTestId('show-archived'));
    const row = await waitFor(() => byTestId('assessment-row'));
    expect(row.textContent).toContain('Archived');
  });

  it('ends in review, sign, verify, each step leading to where it is done', async () => {
    const { transport } = await setUp();
    await render(transport);
    await openFromList();
    click(tab('report'));
    const checklist = await waitFor(() => byTestId('place-checklist'));
    expect(byTestId('checklist-review').dataset.state).toBe('todo');
    expect(byTestId('checklist-sign').dataset.state).toBe('waiting');
    expect(byTestId('checklist-verify').dataset.state).toBe('waiting');
    expect(byTestId('report-export-unavailable')).toBeTruthy();
    click(byRole('[data-testid="checklist-verify"] button', 'Open the verifier'));
    await waitFor(() => expect(heading()).toBe('Verify a PDF'));
    expect(checklist.isConnected).toBe(false);
  });
});
