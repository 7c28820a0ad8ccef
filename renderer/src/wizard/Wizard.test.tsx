// @vitest-environment jsdom
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutosaveRegistry } from '../autosave/AutosaveRegistry';
import type { AnswerRegistry } from '../autosave/useAnswerQueue';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import type { FileTransport } from '../client/fileTransport';
import type { Transport } from '../client/transport';
import type { OperationName } from '../../../assessments/api/contract';
import type { Hit, ScreeningRun } from '../screening/screeningTypes';
import { createI18n } from '../i18n/createI18n';
import { AssessmentScreen } from '../screens/AssessmentScreen';
import { createFakeCore } from '../testing/fakeCore';
import { byRole, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import type { WizardHandle, WizardSideContext } from './Wizard';

enableActEnvironment();

let root: Root | null = null;

beforeEach(() => localStorage.clear());

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

type Handler = (input: Record<string, unknown>) => unknown;

async function renderWizard(
  fileTransport?: FileTransport,
  // Operations the fake core lacks, answered here, or ones a test wants to answer its own way.
  extra: Partial<Record<OperationName, Handler>> = {},
) {
  const core = createFakeCore({ state: 'unlocked' });
  // Which operations the screen asked for, in order (e.g. a re-evaluation after evidence changed).
  const ops: string[] = [];
  const transport: Transport = {
    ...core.transport,
    invoke: (op, input) => {
      ops.push(op);
      const handler = extra[op];
      if (!handler) return core.transport.invoke(op, input);
      return Promise.resolve()
        .then(() => handler((input ?? {}) as Record<string, unknown>))
        .then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({
            ok: false as const,
            error: {
              code: 'internal' as const,
              message: error instanceof Error ? error.message : String(error),
            },
          }),
        );
    },
  };
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
        <ClientContext value={createAssayClient(transport, fileTransport)}>
          <AssessmentScreen
            assessmentId={created}
            registry={registry}
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
  return { core, handle, current, sides, ops, created };
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

  it('shows the system-computed I3 without letting it be edited, and says why', async () => {
    const { handle, core } = await renderWizard();
    act(() => handle.current?.focusQuestion('I3'));
    expect(shown()).toBe('I3');
    const card = document.querySelector<HTMLElement>('.wizard-question');
    const note = card?.querySelector('[data-testid="question-read-only"]');
    expect(note?.textContent).toContain('cannot be changed here');
    const controls = [
      ...(card?.querySelectorAll('.wizard-question__control input, .wizard-question__control textarea') ??
        []),
    ];
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) expect(control.matches(':disabled')).toBe(true);
    expect(controls[0]?.getAttribute('aria-describedby')).toContain(note?.id ?? 'none');
    press('KeyU');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(core.saved).toEqual([]);
  });

  it('attaches files chosen or dropped on the question card to that question, and says what happened', async () => {
    const sent: Array<{ name: string; fields: Record<string, unknown> }> = [];
    const fileTransport: FileTransport = {
      open: () => Promise.reject(new Error('evidence goes through ingestEvidence')),
      ingestEvidence(file, fields) {
        sent.push({ name: file.name, fields });
        if (file.name === 'duplicate.pdf')
          return Promise.resolve({
            ok: false,
            error: { code: 'conflict', message: 'duplicate', details: { evidenceId: 'e-1' } },
          });
        return Promise.resolve({
          ok: true,
          value: {
            id: '00000000-0000-4000-8000-000000000001',
            assessmentId: fields.assessmentId,
            sha256: 'c'.repeat(64),
            sizeBytes: 8,
            mimeType: 'application/pdf',
            originalName: file.name,
            ingestedAt: '2026-11-02T10:00:00Z',
            ingestedBy: 'Amira Haddad',
            questionIds: fields.questionIds,
            source: '',
            acquiredAt: null,
            acquiredHow: '',
            acquiredBy: '',
            reliability: null,
            credibility: null,
            restricted: false,
            notes: '',
          },
        });
      },
      deliver: null,
    };
    const { sides, ops, created } = await renderWizard(fileTransport);
    const card = () => document.querySelector<HTMLElement>('.wizard-question') as HTMLElement;
    const result = () => card().querySelector('[data-testid="question-attach-result"]');
    expect(result()?.getAttribute('aria-live')).toBe('polite');
    const evaluations = () => ops.filter((op) => op === 'assessment.evaluate').length;
    const before = evaluations();

    const input = card().querySelector<HTMLInputElement>('[data-testid="question-attach-button-input"]');
    if (!input) throw new Error('The question card has no file input.');
    expect(input.multiple).toBe(true);
    Object.defineProperty(input, 'files', {
      value: [new File(['%PDF-1.7'], 'contract.pdf'), new File(['notes'], 'notes.txt')],
      configurable: true,
    });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(result()?.textContent).toBe('2 files attached to A1.'));
    expect(sent.map(({ name }) => name)).toEqual(['contract.pdf', 'notes.txt']);
    for (const { fields } of sent)
      expect(fields).toMatchObject({ assessmentId: created, questionIds: ['A1'] });
    // The evidence list beside the card and the risk (evidence can close gaps) catch up.
    expect(sides.at(-1)?.evidenceVersion).toBe(1);
    await waitFor(() => expect(evaluations()).toBeGreaterThan(before));

    // A drop on the card goes the same way; a refused file is named in the same place.
    const dataTransfer = { types: ['Files'], files: [new File(['x'], 'duplicate.pdf')], dropEffect: 'none' };
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
      act(() => {
        card().querySelector('h2')?.dispatchEvent(event);
      });
      if (type === 'dragover')
        expect(document.querySelector('.file-drop__overlay')?.textContent).toBe('Drop to attach to A1');
    }
    await waitFor(() =>
      expect(result()?.textContent).toBe('duplicate.pdf is already evidence of this assessment.'),
    );
    expect(sent.at(-1)?.fields.questionIds).toEqual(['A1']);
    expect(sides.at(-1)?.evidenceVersion).toBe(1);
  });
  it('shows the E3 answer the core records after a true match, and never saves the earlier one over it', async () => {
    const DATASET = '00000000-0000-4000-8000-0000000000d1';
    const hit: Hit = {
      id: '00000000-0000-4000-8000-0000000000a1',
      datasetId: DATASET,
      datasetLabel: 'OFAC SDN 2024-01-05',
      sourceId: '2674',
      entryName: 'ABBAS, Abu',
      entryType: 'individual',
      matchedName: 'ABBAS, Abu',
      score: 1,
      features: ['primary-name'],
      programmes: ['SDGT'],
      birthDates: [],
      sourceUrl: null,
      partyName: 'Abu Abbas',
      disposition: null,
      reason: null,
      decidedBy: null,
      decidedAt: null,
    };
    const run: ScreeningRun = {
      id: '00000000-0000-4000-8000-0000000000f1',
      assessmentId: '',
      runAt: '2026-01-15T09:01:00Z',
      runBy: 'Amira Haddad',
      threshold: 0.85,
      datasets: [],
      parties: [{ name: 'Abu Abbas', aliases: [], role: 'end user', source: 'E1' }],
      notIdentified: [],
      hits: [hit],
      outcome: 'unresolved-match',
      changes: null,
    };
    let disposed = false;
    const rendered = await renderWizard(undefined, {
      'reference.list': () => [],
      'screening.list': () => [run],
      'answers.save': (input) => {
        // Until the disposition, E3 cannot be saved: its change waits in the queue to be retried.
        if (!disposed && input.questionId === 'E3') throw new Error('disk busy');
        return rendered.core.transport
          .invoke('answers.save', input)
          .then((reply) => (reply as { value: unknown }).value);
      },
      'screening.dispose': (input) => {
        // As the core does: the true match is recorded as the E3 answer, with a note saying why.
        rendered.core.answers.set(`${rendered.created}/E3`, {
          value: 'confirmed-sanctions-match',
          revision: 9,
          answeredAt: '2026-01-15T09:30:00Z',
        });
        run.hits = [{ ...hit, disposition: 'true-match', reason: String(input.reason) }];
        run.outcome = 'confirmed-sanctions-match';
        disposed = true;
        return {
          hit: run.hits[0],
          recordedAnswer: { questionId: 'E3', value: 'confirmed-sanctions-match', revision: 9 },
        };
      },
    });
    const { handle } = rendered;
    const e3 = (value: string) =>
      document.querySelector<HTMLInputElement>(
        `.wizard-question input[value="${value}"]`,
      ) as HTMLInputElement;

    act(() => handle.current?.focusQuestion('E3'));
    click(e3('no-hits'));
    act(() => handle.current?.focusQuestion('E2'));
    await waitFor(() => expect(rendered.ops.filter((op) => op === 'answers.save')).not.toEqual([]));
    await waitFor(() => byRole('button', 'Record decision'));
    click(document.querySelector<HTMLInputElement>('input[value="true-match"]') as HTMLInputElement);
    typeInto(document.querySelector('.hit-list textarea') as HTMLTextAreaElement, 'Same passport.');
    click(byRole('button', 'Record decision'));
    await waitFor(() => expect(run.hits[0]?.disposition).toBe('true-match'));

    act(() => handle.current?.focusQuestion('E3'));
    await waitFor(() => expect(e3('confirmed-sanctions-match').checked).toBe(true));
    // Leaving a question saves what it still holds: the queued "no hits" must be gone by now.
    act(() => handle.current?.focusQuestion('E2'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rendered.core.saved.filter((save) => save.questionId === 'E3')).toEqual([]);
    expect(rendered.core.answers.get(`${rendered.created}/E3`)?.value).toBe('confirmed-sanctions-match');
  });
});
