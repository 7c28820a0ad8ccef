// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationName, OperationOutput } from '../../../assessments/api/contract';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { createI18n } from '../i18n/createI18n';
import { byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { ScreeningPanel } from './ScreeningPanel';
import type { Hit, ScreeningRun } from './screeningTypes';

enableActEnvironment();

const ASSESSMENT = '00000000-0000-4000-8000-000000000001';
const DATASET = '00000000-0000-4000-8000-0000000000d1';

const dataset: OperationOutput<'reference.list'>[number] = {
  id: DATASET,
  kind: 'ofac',
  sourceName: 'OFAC SDN',
  vintage: '2024-01-05',
  fileName: 'sdn.csv',
  sha256: 'a'.repeat(64),
  sizeBytes: 700,
  records: 5,
  entries: 5,
  indicators: 0,
  unresolvedCountries: [],
  importedAt: '2026-01-15T09:00:00Z',
  importedBy: 'Amira Haddad',
};

function hit(disposition: Hit['disposition'], reason: string | null): Hit {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    datasetId: DATASET,
    datasetLabel: 'OFAC SDN 2024-01-05 [00000000]',
    sourceId: '2674',
    entryName: 'ABBAS, Abu',
    entryType: 'individual',
    matchedName: 'ABBAS, Abu',
    score: 1,
    features: ['primary-name', 'token-set', 'a-reason-from-a-newer-core'],
    programmes: ['SDGT'],
    birthDates: ['1948-12-10'],
    sourceUrl: null,
    partyName: 'Abu Abbas',
    disposition,
    reason,
    decidedBy: disposition ? 'Amira Haddad' : null,
    decidedAt: disposition ? '2026-01-15T09:05:00Z' : null,
  };
}

/** A core that knows one list and screens one party to one hit; it records what it was asked. */
function fakeScreeningCore() {
  const calls: Array<{ op: OperationName; input: Record<string, unknown> }> = [];
  const runs: ScreeningRun[] = [];
  const makeRun = (h: Hit): ScreeningRun => ({
    id: '00000000-0000-4000-8000-0000000000f1',
    assessmentId: ASSESSMENT,
    runAt: '2026-01-15T09:01:00Z',
    runBy: 'Amira Haddad',
    threshold: 0.85,
    datasets: [
      {
        id: DATASET,
        label: 'OFAC SDN 2024-01-05',
        kind: 'ofac',
        sourceName: 'OFAC SDN',
        vintage: '2024-01-05',
        sha256: 'a'.repeat(64),
      },
    ],
    parties: [{ name: 'Abu Abbas', aliases: [], role: 'end user', source: 'assessment' }],
    notIdentified: [{ role: 'integrator', reason: 'Buyer will not name it', source: 'E1' }],
    hits: [h],
    outcome: h.disposition === 'true-match' ? 'confirmed-sanctions-match' : 'unresolved-match',
    changes: null,
  });
  const handlers: Partial<Record<OperationName, (input: Record<string, unknown>) => unknown>> = {
    'reference.list': () => [dataset],
    'screening.list': () => runs,
    'screening.run': () => {
      runs.unshift(makeRun(hit(null, null)));
      return runs[0];
    },
    'screening.dispose': (input) => {
      const disposed = hit(input.disposition as Hit['disposition'], String(input.reason));
      runs[0] = makeRun(disposed);
      return {
        hit: disposed,
        recordedAnswer: { questionId: 'E3', value: 'confirmed-sanctions-match', revision: 1 },
      };
    },
  };
  const transport: Transport = {
    kind: 'web',
    invoke(op, input) {
      calls.push({ op, input: (input ?? {}) as Record<string, unknown> });
      const handler = handlers[op];
      if (!handler) return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message: op } });
      return Promise.resolve({ ok: true, value: handler((input ?? {}) as Record<string, unknown>) });
    },
    on: () => () => undefined,
  };
  return { transport, calls };
}

let root: Root | null = null;

async function render(transport: Transport) {
  const i18n = await createI18n('en');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(transport)}>
          <ScreeningPanel assessmentId={ASSESSMENT} />
        </ClientContext>
      </I18nextProvider>,
    );
  });
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('ScreeningPanel', () => {
  it('asks for at least one list and screens nothing until one is chosen', async () => {
    const core = fakeScreeningCore();
    await render(core.transport);
    await waitFor(() => byRole('button', 'Run screening'));
    const box = document.querySelector<HTMLInputElement>('.dataset-chooser input[type="checkbox"]');
    expect(box?.checked).toBe(true);
    click(box as HTMLInputElement);
    click(byRole('button', 'Run screening'));
    await waitFor(() => expect(document.body.textContent).toContain('Choose at least one list.'));
    expect(document.activeElement).toBe(box);
    expect(core.calls.some((call) => call.op === 'screening.run')).toBe(false);

    click(box as HTMLInputElement);
    await waitFor(() => expect(document.body.textContent).not.toContain('Choose at least one list.'));
    click(byRole('button', 'Run screening'));
    await waitFor(() => byTestId('screening-hit'));
    expect(core.calls.find((call) => call.op === 'screening.run')?.input).toMatchObject({
      datasetIds: [DATASET],
    });
  });

  it('screens against the chosen list, explains the hit, and states STOP before and after a true match', async () => {
    const core = fakeScreeningCore();
    await render(core.transport);
    await waitFor(() => byRole('button', 'Run screening'));
    click(byRole('button', 'Run screening'));
    await waitFor(() => byTestId('screening-hit'));
    expect(core.calls.find((call) => call.op === 'screening.run')?.input).toMatchObject({
      assessmentId: ASSESSMENT,
      datasetIds: [DATASET],
    });
    const card = byTestId('screening-hit');
    expect(card.textContent).toContain('matched the primary name');
    // A party entered as not identified is listed as such, never as a party that was screened.
    expect(byTestId('screened-parties').textContent).not.toContain('integrator');
    expect(byTestId('unidentified-parties').textContent).toBe(
      'integrator: Buyer will not name it (question E1)',
    );
    // A reason this version cannot name is still shown, by its code.
    expect(card.textContent).toContain('a-reason-from-a-newer-core');

    click(byRole('button', 'Record decision'));
    // Validation runs the contract's schema, which answers asynchronously.
    await waitFor(() => expect(document.body.textContent).toContain('Choose true match or false positive.'));
    expect(core.calls.some((call) => call.op === 'screening.dispose')).toBe(false);

    click(card.querySelector<HTMLInputElement>('input[value="true-match"]') as HTMLInputElement);
    expect(byTestId('true-match-warning').textContent).toContain('the tier becomes Unacceptable');
    click(byRole('button', 'Record decision'));
    await waitFor(() => expect(document.body.textContent).toContain('Give the reason for the decision.'));
    // The first invalid field takes focus, so the keyboard lands where the problem is.
    await waitFor(() => expect(document.activeElement).toBe(card.querySelector('textarea')));

    typeInto(card.querySelector('textarea') as HTMLTextAreaElement, '  Same passport.  ');
    click(byRole('button', 'Record decision'));
    await waitFor(() => byTestId('screening-stop'));
    expect(core.calls.find((call) => call.op === 'screening.dispose')?.input).toMatchObject({
      disposition: 'true-match',
      reason: 'Same passport.',
    });
    expect(byTestId('screening-stop').textContent).toContain('must not proceed');
    expect(byTestId('hit-decision').textContent).toContain('True match · Amira Haddad');
  });
});
