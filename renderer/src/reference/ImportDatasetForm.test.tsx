// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseFiles, dropFiles } from '../testing/fileEvents';
import { contract, type OperationName, type OperationOutput } from '../../../assessments/api/contract';
import { createAssayClient } from '../client/createClient';
import type { FileTransport } from '../client/fileTransport';
import type { Transport } from '../client/transport';
import { byLabel, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
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

/**
 * A core that previews a shrunk OFAC list and imports it only with a reason; inputs are checked
 * against the contract. Files reach it as a browser hands them over: as upload references.
 */
function fakeCore(options: { refuse?: { code: string; message: string; details: unknown } } = {}) {
  const imports: unknown[] = [];
  const opened: string[][] = [];
  const events = new Set<(payload: unknown) => void>();
  let uploads = 0;
  const files: FileTransport = {
    open(chosen) {
      opened.push(chosen.map((file) => file.name));
      return Promise.resolve(chosen.map(() => `upload:0000000${(uploads += 1)}`));
    },
    ingestEvidence: () => Promise.reject(new Error('no evidence here')),
    deliver: () => undefined,
  };
  const handlers: Partial<Record<OperationName, (input: unknown) => unknown>> = {
    'reference.import': (raw) => {
      const input = contract['reference.import'].input.parse(raw);
      imports.push(input);
      if (options.refuse) throw options.refuse;
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
      try {
        return Promise.resolve({ ok: true, value: handler(input ?? {}) });
      } catch (error) {
        return Promise.resolve({ ok: false, error });
      }
    },
    on: (event, cb) => {
      if (event !== 'reference.progress') return () => undefined;
      events.add(cb);
      return () => events.delete(cb);
    },
  };
  return { transport, files, imports, opened };
}

/** Text without the bidi isolates the form wraps names and dates in. */
const text = (id: string) => byTestId(id).textContent?.replace(/[\u2066-\u2069]/gu, '') ?? '';

afterEach(() => {
  unmountRendered();
});

const csv = (name: string) => new File(['ent_num,SDN_Name\n'], name, { type: 'text/csv' });

async function renderForm(core: ReturnType<typeof fakeCore>, imported: Dataset[] = []) {
  await renderWithClient(
    <ImportDatasetForm onImported={(dataset) => imported.push(dataset)} />,
    createAssayClient(core.transport, core.files),
  );
}

function selectKind(kind: string): void {
  const select = byLabel<HTMLSelectElement>('Kind of file');
  act(() => {
    select.value = kind;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const chooserInput = () => byTestId<HTMLInputElement>('import-choose-input');

describe('ImportDatasetForm: counts before committing', () => {
  it('previews a shrunk list, needs a reason, and imports it with that reason and its alt.csv', async () => {
    const core = fakeCore();
    const imported: Dataset[] = [];
    await renderForm(core, imported);
    selectKind('ofac');
    // The chooser offers CSV files, several at once for OFAC's package.
    expect(chooserInput().accept).toBe('.csv,text/csv');
    expect(chooserInput().multiple).toBe(true);
    chooseFiles(chooserInput(), [csv('alt.csv'), csv('sdn.csv'), csv('notes.csv')]);
    await waitFor(() => byTestId('import-preview'));
    // Only the list and its companion are handed over: the stray file stays on the desktop.
    expect(core.opened).toEqual([['sdn.csv', 'alt.csv']]);
    expect(text('import-preview')).toContain('sdn.csv holds 5,000 records');
    expect(document.body.textContent).not.toContain('upload:');
    expect(text('import-preview')).toContain('The latest imported version (2024-05-03) has 14,965 records.');
    expect(text('import-change')).toContain('67 % fewer');
    expect(core.imports).toEqual([
      { kind: 'ofac', path: 'upload:00000001', ofacFiles: { alt: 'upload:00000002' }, dryRun: true },
    ]);

    click(byTestId('import-confirm'));
    await waitFor(() => expect(document.body.textContent).toContain('Give the reason before importing.'));
    expect(document.activeElement).toBe(byLabel('Why do you accept this change?'));
    expect(core.imports).toHaveLength(1);

    typeInto(byLabel<HTMLTextAreaElement>('Why do you accept this change?'), 'Delisting notice of 9 May');
    click(byTestId('import-confirm'));
    await waitFor(() => byTestId('import-result'));
    expect(text('import-result')).toContain('Change accepted: Delisting notice of 9 May');
    expect(core.imports[1]).toEqual({
      kind: 'ofac',
      path: 'upload:00000001',
      ofacFiles: { alt: 'upload:00000002' },
      dryRun: false,
      acceptChange: 'Delisting notice of 9 May',
    });
    expect(imported.map((dataset) => dataset.id)).toEqual([next.id]);
  });

  it('checks a file dropped onto the form as the chosen kind, one file at a time', async () => {
    const core = fakeCore();
    await renderForm(core);
    expect(chooserInput().accept).toBe('.xml,application/xml,text/xml');
    expect(chooserInput().multiple).toBe(false);
    dropFiles(byTestId('import-drop'), [
      new File(['<CONSOLIDATED_LIST/>'], 'consolidated.xml', { type: 'text/xml' }),
      csv('other.csv'),
    ]);
    await waitFor(() => byTestId('import-preview'));
    expect(core.opened).toEqual([['consolidated.xml']]);
    expect(core.imports).toEqual([{ kind: 'un', path: 'upload:00000001', dryRun: true }]);
    expect(text('import-preview')).toContain('consolidated.xml holds');
  });

  it('says sdn.csv is missing when only its companions were chosen, and hands nothing over', async () => {
    const core = fakeCore();
    await renderForm(core);
    selectKind('ofac');
    chooseFiles(chooserInput(), [csv('alt.csv'), csv('add.csv')]);
    await waitFor(() => byTestId('import-no-main-file'));
    expect(text('import-no-main-file')).toContain('sdn.csv is missing');
    expect(core.opened).toEqual([]);
    expect(core.imports).toEqual([]);
  });

  it('keeps the file on the desktop while the publication date is wrong, and points at the field', async () => {
    const core = fakeCore();
    await renderForm(core);
    selectKind('ofac');
    const vintage = byLabel('Publication date (optional)');
    typeInto(vintage, 'x'.repeat(41));
    chooseFiles(chooserInput(), [csv('sdn.csv')]);
    await waitFor(() => expect(document.activeElement).toBe(vintage));
    expect(vintage.getAttribute('aria-invalid')).toBe('true');
    expect(core.opened).toEqual([]);

    // Enter in a field (the form's submission) goes to the chooser once the date is right.
    typeInto(vintage, '2024-05-10');
    act(() => {
      vintage.form?.requestSubmit();
    });
    await waitFor(() => expect(document.activeElement).toBe(byTestId('import-choose')));
    expect(vintage.getAttribute('aria-invalid')).toBeNull();
  });

  it('names a refused file by the name it was chosen by, never by its upload reference', async () => {
    const core = fakeCore({
      refuse: {
        code: 'invalid_input',
        message: 'upload:00000001, line 3: expected 12 fields, found 13',
        details: { file: 'upload:00000001', line: 3 },
      },
    });
    await renderForm(core);
    selectKind('ofac');
    chooseFiles(chooserInput(), [csv('sdn.csv')]);
    await waitFor(() => byTestId('import-failure'));
    expect(text('import-failure')).toContain('sdn.csv');
    expect(text('import-failure')).not.toContain('upload:');
    expect(text('import-failure-line')).toBe('3');
  });
});
