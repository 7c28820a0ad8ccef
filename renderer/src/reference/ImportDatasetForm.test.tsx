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
import { ImportDatasetForm } from './ImportDatasetForm';

enableActEnvironment();

type Dataset = OperationOutput<'reference.list'>[number];

const previous: Dataset = {
  id: '00000000-0000-4000-8000-0000000000d1',
  kind: 'ofac',
  sourceName: 'OFAC Specially Designated Nationals (SDN) list',
  vintage: '2024-05-03',
  fileName: 'sdn.csv',
  sha256: 'a'.repeat(64),
  sizeBytes: 700,
  records: 14_965,
  entries: 14_965,
  indicators: 0,
  unresolvedCountries: [],
  importedAt: '2026-01-15T09:00:00Z',
  importedBy: 'Amira Haddad',
};
const next: Dataset = {
  ...previous,
  id: '00000000-0000-4000-8000-0000000000d2',
  vintage: '2024-05-10',
  records: 5_000,
  entries: 5_000,
};

/** A core that previews a shrunk OFAC list and imports it only with a reason; inputs are checked against the contract. */
function fakeCore() {
  const imports: unknown[] = [];
  const events = new Set<(payload: unknown) => void>();
  const handlers: Partial<Record<OperationName, (input: unknown) => unknown>> = {
    'dialogs.pickFiles': () => ({ canceled: false, paths: ['/downloads/sdn.csv', '/downloads/alt.csv'] }),
    'reference.import': (raw) => {
      const input = contract['reference.import'].input.parse(raw);
      imports.push(input);
      for (const listener of events) listener({ path: input.path, phase: 'reading', done: 5, total: 10 });
      if (input.dryRun)
        return {
          dataset: { ...next, changeReason: null },
          imported: false,
          preview: {
            previous,
            changes: [
              {
                kind: 'shrink',
                previousRecords: 14_965,
                records: 5_000,
                previousVintage: '2024-05-03',
                vintage: '2024-05-10',
              },
            ],
          },
        };
      return { dataset: { ...next, changeReason: input.acceptChange ?? null }, imported: true };
    },
  };
  const transport: Transport = {
    kind: 'web',
    invoke(op, input) {
      const handler = handlers[op];
      if (!handler) return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message: op } });
      return Promise.resolve({ ok: true, value: handler(input ?? {}) });
    },
    on: (event, cb) => {
      if (event !== 'reference.progress') return () => undefined;
      events.add(cb);
      return () => events.delete(cb);
    },
  };
  return { transport, imports };
}

let root: Root | null = null;

/** Text without the bidi isolates the form wraps names and dates in. */
const text = (id: string) => byTestId(id).textContent?.replace(/[\u2066-\u2069]/gu, '') ?? '';

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('ImportDatasetForm: counts before committing', () => {
  it('previews a shrunk list, needs a reason, and imports it with that reason and its alt.csv', async () => {
    const core = fakeCore();
    const imported: Dataset[] = [];
    const i18n = await createI18n('en');
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => {
      root?.render(
        <I18nextProvider i18n={i18n}>
          <ClientContext value={createAssayClient(core.transport)}>
            <ImportDatasetForm onImported={(dataset) => imported.push(dataset)} />
          </ClientContext>
        </I18nextProvider>,
      );
    });
    const kind = byLabel<HTMLSelectElement>('Kind of file');
    act(() => {
      kind.value = 'ofac';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(byRole('button', 'Choose file and import…'));
    await waitFor(() => byTestId('import-preview'));
    expect(text('import-preview')).toContain('sdn.csv holds 5,000 records');
    expect(text('import-preview')).toContain('The latest imported version (2024-05-03) has 14,965 records.');
    expect(text('import-change')).toContain('67 % fewer');
    expect(core.imports).toEqual([
      { kind: 'ofac', path: '/downloads/sdn.csv', ofacFiles: { alt: '/downloads/alt.csv' }, dryRun: true },
    ]);

    click(byTestId('import-confirm'));
    expect(document.body.textContent).toContain('Give the reason before importing.');
    expect(core.imports).toHaveLength(1);

    typeInto(byLabel<HTMLTextAreaElement>('Why do you accept this change?'), 'Delisting notice of 9 May');
    click(byTestId('import-confirm'));
    await waitFor(() => byTestId('import-result'));
    expect(text('import-result')).toContain('Change accepted: Delisting notice of 9 May');
    expect(core.imports[1]).toEqual({
      kind: 'ofac',
      path: '/downloads/sdn.csv',
      ofacFiles: { alt: '/downloads/alt.csv' },
      dryRun: false,
      acceptChange: 'Delisting notice of 9 May',
    });
    expect(imported.map((dataset) => dataset.id)).toEqual([next.id]);
  });
});
