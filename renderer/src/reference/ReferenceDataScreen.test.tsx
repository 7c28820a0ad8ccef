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
import { byLabel, byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { ReferenceDataScreen } from './ReferenceDataScreen';

enableActEnvironment();

type Dataset = OperationOutput<'reference.list'>[number];

const DAY_MS = 86_400_000;
/** An ISO date `days` before today: the screen judges ages against the real clock. */
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

function dataset(id: string, kind: Dataset['kind'], sourceName: string, vintage: string | null): Dataset {
  return {
    id,
    kind,
    sourceName,
    vintage,
    fileName: `${kind}.csv`,
    sha256: 'a'.repeat(64),
    sizeBytes: 700,
    records: 5,
    entries: kind === 'rsf' ? 0 : 5,
    indicators: kind === 'rsf' ? 5 : 0,
    unresolvedCountries: [],
    importedAt: '2026-01-15T09:00:00Z',
    importedBy: 'Amira Haddad',
  };
}

const DATASETS = [
  dataset('00000000-0000-4000-8000-0000000000d1', 'ofac', 'OFAC SDN', daysAgo(400)),
  dataset('00000000-0000-4000-8000-0000000000d2', 'un', 'UN consolidated', daysAgo(10)),
  // Indicators are yearly: never marked, however old.
  dataset('00000000-0000-4000-8000-0000000000d3', 'rsf', 'RSF index', '2019'),
];

/** A core holding the datasets and the list-age setting; every input is checked against the contract. */
function fakeCore() {
  const calls: Array<{ op: OperationName; input: unknown }> = [];
  let settings: OperationOutput<'settings.get'> = { screeningMaxListAgeDays: 90 };
  const handlers: Partial<Record<OperationName, (input: unknown) => unknown>> = {
    'reference.list': () => DATASETS,
    'settings.get': () => settings,
    'settings.set': (input) => {
      settings = contract['settings.set'].input.parse(input);
      return settings;
    },
  };
  const transport: Transport = {
    kind: 'web',
    invoke(op, input) {
      calls.push({ op, input });
      const handler = handlers[op];
      if (!handler) return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message: op } });
      return Promise.resolve({ ok: true, value: handler(input ?? {}) });
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
          <ReferenceDataScreen onBack={() => undefined} />
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

const LABEL = 'Warn when a screening list is older than (days)';
const staleRows = () =>
  [...document.querySelectorAll('[data-testid="dataset-row"]')]
    .filter((row) => row.querySelector('[data-testid="dataset-stale"]'))
    .map((row) => row.querySelector('.dataset-table__source')?.textContent);

describe('ReferenceDataScreen: the list-age setting', () => {
  it('shows the limit and marks only the screening lists older than it', async () => {
    await render(fakeCore().transport);
    await waitFor(() => byTestId('dataset-stale'));
    expect(byLabel(LABEL).value).toBe('90');
    expect(staleRows()).toEqual(['OFAC SDN']);
    expect(byTestId('dataset-stale').textContent).toContain('Published 400 days ago');
  });

  it('refuses a limit out of range without asking the core, then saves a valid one', async () => {
    const core = fakeCore();
    await render(core.transport);
    await waitFor(() => byTestId('dataset-stale'));
    for (const bad of ['0', '3651', '12.5', '']) {
      typeInto(byLabel(LABEL), bad);
      click(byRole('button', 'Save'));
      // Checked before anything is sent: the button is back once the check has refused the value.
      await waitFor(() => byRole('button', 'Save'));
      expect(document.body.textContent).toContain('Enter a whole number of days from 1 to 3,650.');
      expect(document.activeElement).toBe(byLabel(LABEL));
    }
    expect(core.calls.some((call) => call.op === 'settings.set')).toBe(false);

    typeInto(byLabel(LABEL), '500');
    click(byRole('button', 'Save'));
    await waitFor(() => expect(byTestId('list-age-status').textContent).toContain('older than 500 days'));
    expect(core.calls.find((call) => call.op === 'settings.set')?.input).toEqual({
      screeningMaxListAgeDays: 500,
    });
    expect(document.body.textContent).not.toContain('Enter a whole number of days');
    expect(staleRows()).toEqual([]);
  });
});
