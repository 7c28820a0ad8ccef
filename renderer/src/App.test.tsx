// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { ClientContext } from './client/ClientContext';
import { createAssayClient } from './client/createClient';
import { createI18n } from './i18n/createI18n';
import { applyDocumentLanguage, bindDocumentLanguage, type Language } from './i18n/languages';
import { OPEN_ASSESSMENT_KEY } from './navigation/openAssessmentStorage';
import { createFakeCore } from './testing/fakeCore';
import { byLabel, byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from './testing/dom';

enableActEnvironment();

let root: Root | null = null;

async function render(core: ReturnType<typeof createFakeCore>, language: Language = 'en') {
  const i18n = await createI18n(language);
  applyDocumentLanguage(document.documentElement, language);
  bindDocumentLanguage(i18n, document.documentElement);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(core.transport)}>
          <App />
        </ClientContext>
      </I18nextProvider>,
    );
  });
}

/** The free-text answer of the question on screen. */
function questionTextbox(): HTMLTextAreaElement {
  const found = document.querySelector<HTMLTextAreaElement>('.wizard-question__control textarea');
  if (!found) throw new Error('The question on screen has no text answer.');
  return found;
}

function heading(): string {
  return document.querySelector('h1')?.textContent ?? '';
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('App', () => {
  it('creates a workspace, validating the form with the contract schema first', async () => {
    const core = createFakeCore({ state: 'absent' });
    await render(core);
    await waitFor(() => expect(heading()).toBe('Create your workspace'));
    expect(document.body.textContent).toContain('/home/amira/Assay');

    click(byRole('button', 'Create workspace'));
    await waitFor(() => expect(document.body.textContent).toContain('Enter your name.'));
    expect(document.activeElement).toBe(byLabel('Your name'));
    expect(byLabel('Your name').getAttribute('aria-invalid')).toBe('true');

    typeInto(byLabel('Your name'), 'Amira Haddad');
    typeInto(byLabel('Passphrase'), 'correct horse battery');
    typeInto(byLabel('Confirm passphrase'), 'correct horse');
    await waitFor(() => expect(document.body.textContent).toContain('Strength: strong'));
    click(byRole('button', 'Create workspace'));
    await waitFor(() => expect(document.body.textContent).toContain('The two passphrases do not match.'));

    typeInto(byLabel('Confirm passphrase'), 'correct horse battery');
    // The refused submission ends before the next one can start.
    click(await waitFor(() => byRole('button', 'Create workspace')));
    await waitFor(() => expect(heading()).toBe('Assessments'));
    expect(document.body.textContent).toContain('No assessments yet.');
    expect(document.body.textContent).toContain('Amira Haddad');
    expect(document.activeElement).toBe(document.querySelector('h1'));
  });

  it('says a wrong passphrase plainly and keeps focus in the field', async () => {
    const core = createFakeCore({ state: 'locked', passphrase: 'correct horse battery' });
    await render(core);
    await waitFor(() => expect(heading()).toBe('Unlock workspace'));
    const field = byLabel('Passphrase');
    expect(document.activeElement).toBe(field);

    typeInto(field, 'not the passphrase');
    click(byRole('button', 'Unlock'));
    const alert = await waitFor(() => byRole('[role="alert"]', 'Wrong passphrase. Nothing was changed.'));
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(document.activeElement).toBe(field);

    typeInto(field, 'correct horse battery');
    click(byRole('button', 'Unlock'));
    await waitFor(() => expect(heading()).toBe('Assessments'));
  });

  it('creates an assessment, opens it and autosaves the answer', async () => {
    const core = createFakeCore({ state: 'unlocked' });
    await render(core);
    await waitFor(() => expect(heading()).toBe('Assessments'));
    expect(byTestId('assessment-list').textContent).toContain('No assessments yet.');

    click(byRole('button', 'New assessment'));
    click(byRole('button', 'Create assessment'));
    await waitFor(() => expect(document.body.textContent).toContain('Enter a title.'));
    typeInto(byLabel('Title'), '  Border monitoring suite  ');
    const country = byLabel<HTMLSelectElement>('Destination country');
    act(() => {
      country.value = 'EG';
      country.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(byRole('button', 'Create assessment'));

    await waitFor(() => expect(heading()).toBe('Border monitoring suite'));
    expect(core.assessments[0]?.destinationCountry).toBe('EG');
    expect(document.body.textContent).toContain('Egypt');
    expect(sessionStorage.getItem(OPEN_ASSESSMENT_KEY)).toBe(core.assessments[0]?.id);

    await waitFor(() => byTestId('section-A'));
    click(byRole('.question-nav__button', 'A5'));
    const state = byTestId('save-state');
    expect(state.getAttribute('role')).toBe('status');
    expect(state.dataset.state).toBe('saved');
    const answer = questionTextbox();
    typeInto(answer, 'Contract 2026/17');
    expect(state.dataset.state).toBe('dirty');
    expect(state.textContent).toBe('Unsaved changes');
    typeInto(answer, 'Contract 2026/17, licence EXP-1');
    await waitFor(() => expect(state.dataset.state).toBe('saved'), 2000);
    expect(state.textContent).toMatch(/^Saved at /);
    expect(core.saved).toEqual([{ questionId: 'A5', value: 'Contract 2026/17, licence EXP-1' }]);

    click(byRole('button', 'Back to assessments'));
    await waitFor(() => expect(document.querySelectorAll('[data-testid="assessment-row"]')).toHaveLength(1));
    expect(document.body.textContent).toContain('1 assessment');
    expect(sessionStorage.getItem(OPEN_ASSESSMENT_KEY)).toBeNull();
  });

  it('saves pending text before locking', async () => {
    const core = createFakeCore({ state: 'unlocked' });
    await render(core);
    await waitFor(() => expect(heading()).toBe('Assessments'));
    click(byRole('button', 'New assessment'));
    typeInto(byLabel('Title'), 'T');
    click(byRole('button', 'Create assessment'));
    await waitFor(() => expect(heading()).toBe('T'));
    await waitFor(() => byTestId('section-A'));
    click(byRole('.question-nav__button', 'A5'));
    typeInto(questionTextbox(), 'typed just before locking');
    click(byRole('button', 'Lock'));
    await waitFor(() => expect(heading()).toBe('Unlock workspace'));
    expect(core.saved.at(-1)?.value).toBe('typed just before locking');
  });

  it('follows a lock made elsewhere', async () => {
    const core = createFakeCore({ state: 'unlocked' });
    await render(core);
    await waitFor(() => expect(heading()).toBe('Assessments'));
    act(() => core.lockElsewhere());
    await waitFor(() => expect(heading()).toBe('Unlock workspace'));
  });

  it('renders Arabic right to left, with Arabic plurals, and switches language from the header', async () => {
    const core = createFakeCore({ state: 'unlocked' });
    for (const title of ['أ', 'ب']) await core.transport.invoke('assessment.create', { title });
    await render(core, 'ar');
    await waitFor(() => expect(heading()).toBe('التقييمات'));
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
    expect(document.body.textContent).toContain('تقييمان');

    const switcher = byTestId<HTMLSelectElement>('language-switcher');
    expect(byLabel('اللغة')).toBe(switcher);
    act(() => {
      switcher.value = 'en';
      switcher.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(heading()).toBe('Assessments'));
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['en', 'ltr']);
    expect(document.body.textContent).toContain('2 assessments');
    expect(localStorage.getItem('assay.lang')).toBe('en');
  });
  it('moves an idle-lock choice an earlier version kept in the browser into the workspace, once', async () => {
    localStorage.setItem('assay.idleLockMinutes', '30');
    const core = createFakeCore({ state: 'unlocked' });
    await render(core);
    await waitFor(() => expect(core.settings().idleLockMinutes).toBe(30));
    await waitFor(() => expect(localStorage.getItem('assay.idleLockMinutes')).toBeNull());
    click(byRole('button', 'Security'));
    expect(byLabel<HTMLSelectElement>('Lock automatically after').value).toBe('30');
  });

  it('changes the passphrase from the security dialog and keeps the idle-lock choice', async () => {
    const core = createFakeCore({ state: 'unlocked', passphrase: 'correct horse battery' });
    await render(core);
    await waitFor(() => expect(heading()).toBe('Assessments'));
    click(byRole('button', 'Security'));
    const idle = byLabel<HTMLSelectElement>('Lock automatically after');
    expect(document.activeElement).toBe(idle);
    act(() => {
      idle.value = '5';
      idle.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // The choice is a workspace setting now, stored by the core, not in the browser.
    await waitFor(() => expect(core.settings().idleLockMinutes).toBe(5));
    expect(localStorage.getItem('assay.idleLockMinutes')).toBeNull();

    typeInto(byLabel('Current passphrase'), 'wrong passphrase');
    typeInto(byLabel('New passphrase'), 'copper meadow violin');
    typeInto(byLabel('Confirm new passphrase'), 'copper meadow violin');
    click(byRole('button', 'Change passphrase'));
    await waitFor(() => byRole('[role="alert"]', 'This is not the current passphrase. Nothing was changed.'));
    expect(document.activeElement).toBe(byLabel('Current passphrase'));

    typeInto(byLabel('Current passphrase'), 'correct horse battery');
    click(byRole('button', 'Change passphrase'));
    await waitFor(() => byRole('[role="status"]', 'Passphrase changed. Use the new one from now on.'));
    expect(byLabel<HTMLInputElement>('New passphrase').value).toBe('');

    click(byRole('button', 'Lock'));
    await waitFor(() => expect(heading()).toBe('Unlock workspace'));
    typeInto(byLabel('Passphrase'), 'copper meadow violin');
    click(byRole('button', 'Unlock'));
    await waitFor(() => expect(heading()).toBe('Assessments'));
  });
});
