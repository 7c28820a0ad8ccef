// @vitest-environment jsdom
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { AutosaveRegistry } from '../autosave/AutosaveRegistry';
import type { AnswerRegistry } from '../autosave/useAnswerQueue';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import { createI18n } from '../i18n/createI18n';
import { AssessmentScreen } from '../screens/AssessmentScreen';
import { createFakeCore } from '../testing/fakeCore';
import { enableActEnvironment, waitFor } from '../testing/dom';
import type { WizardHandle, WizardSideContext } from './Wizard';

enableActEnvironment();

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

async function renderWizard() {
  const core = createFakeCore({ state: 'unlocked' });
  await core.transport.invoke('assessment.create', { title: 'Wizard' });
  const created = core.assessments[0]?.id ?? '';
  const i18n = await createI18n('en');
  const handle = createRef<WizardHandle>();
  const current: string[] = [];
  const sides: WizardSideContext[] = [];
  const registry: AnswerRegistry = new AutosaveRegistry();
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(core.transport)}>
          <AssessmentScreen
            assessmentId={created}
            registry={registry}
            onBack={() => undefined}
            wizardRef={handle}
            onCurrentQuestionChange={(questionId) => current.push(questionId)}
            side={(context) => {
              sides.push(context);
              return <p data-testid="side">{context.currentQuestionId}</p>;
            }}
          />
        </ClientContext>
      </I18nextProvider>,
    );
  });
  await waitFor(() => expect(document.querySelector('.wizard-question')).not.toBeNull());
  return { core, handle, current, sides };
}

function shown(): string | undefined {
  return document.querySelector<HTMLElement>('.wizard-question')?.dataset.questionId;
}

function press(code: string) {
  act(() => {
    document.activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { code, altKey: true, bubbles: true, cancelable: true }),
    );
  });
}

describe('Wizard', () => {
  it('opens at the first unanswered question and reports it, with the side column mounted', async () => {
    const { current } = await renderWizard();
    expect(shown()).toBe('A1');
    expect(current.at(-1)).toBe('A1');
    expect(document.querySelector('[data-testid="side"]')?.textContent).toBe('A1');
  });

  it('jumps to a question from outside and puts focus in its answer', async () => {
    const { handle, current, sides } = await renderWizard();
    act(() => handle.current?.focusQuestion('C2'));
    expect(shown()).toBe('C2');
    expect(current.at(-1)).toBe('C2');
    expect(document.activeElement).toBe(document.querySelector('.wizard-question input[type="radio"]'));
    act(() => sides.at(-1)?.focusQuestion('E3'));
    expect(shown()).toBe('E3');
  });

  it('moves with Alt+arrows and answers "Unknown" with Alt+U, which autosaves', async () => {
    const { handle, core } = await renderWizard();
    act(() => handle.current?.focusQuestion('C2'));
    press('ArrowDown');
    expect(shown()).toBe('C3');
    press('KeyU');
    const unknown = [...document.querySelectorAll<HTMLInputElement>('.wizard-question input')].find(
      (input) => input.value === 'unknown',
    );
    expect(unknown?.checked).toBe(true);
    await waitFor(() => expect(core.saved).toEqual([{ questionId: 'C3', value: 'unknown' }]), 3000);
    press('ArrowUp');
    expect(shown()).toBe('C2');
    press('PageDown');
    expect(shown()).toBe('D1');
    press('KeyU');
    expect(document.querySelector('.wizard [role="status"].visually-hidden')?.textContent).toBe(
      'This question does not offer “Unknown”.',
    );
  });
});
