// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationName, OperationOutput } from '../../../assessments/api/contract';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { byRole, byTestId, click, enableActEnvironment, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { QuestionScreening } from './QuestionScreening';
import type { ScreeningRun } from './screeningTypes';

enableActEnvironment();

const ASSESSMENT = '00000000-0000-4000-8000-000000000001';
const DATASET = '00000000-0000-4000-8000-0000000000d1';

const dataset: OperationOutput<'reference.list'>[number] = {
  id: DATASET,
  kind: 'un',
  sourceName: 'UN Consolidated',
  vintage: '2026-10-01',
  fileName: 'un.xml',
  sha256: 'b'.repeat(64),
  sizeBytes: 900,
  records: 3,
  entries: 3,
  indicators: 0,
  unresolvedCountries: [],
  importedAt: '2026-10-02T09:00:00Z',
  importedBy: 'Amira Haddad',
};

const run: ScreeningRun = {
  id: '00000000-0000-4000-8000-0000000000f1',
  assessmentId: ASSESSMENT,
  runAt: '2026-11-02T09:01:00Z',
  runBy: 'Amira Haddad',
  threshold: 0.85,
  datasets: [
    {
      id: DATASET,
      label: 'UN 2026-10-01',
      kind: 'un',
      sourceName: 'UN Consolidated',
      vintage: '2026-10-01',
      sha256: 'b'.repeat(64),
    },
  ],
  parties: [{ name: 'Nile Integrators SAE', aliases: [], role: 'integrator', source: 'E1' }],
  notIdentified: [],
  hits: [],
  outcome: 'no-hits',
  changes: null,
};

function screeningCore() {
  const calls: OperationName[] = [];
  const runs: ScreeningRun[] = [];
  const handlers: Partial<Record<OperationName, () => unknown>> = {
    'reference.list': () => [dataset],
    'screening.list': () => [...runs],
    'screening.run': () => {
      runs.unshift(run);
      return run;
    },
  };
  const transport: Transport = {
    kind: 'web',
    invoke(op) {
      calls.push(op);
      const handler = handlers[op];
      if (!handler) return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message: op } });
      return Promise.resolve({ ok: true, value: handler() });
    },
    on: () => () => undefined,
  };
  return { transport, calls };
}

afterEach(unmountRendered);

describe('QuestionScreening', () => {
  it('screens the parties from the question and says the run is kept as evidence of E2 and E3', async () => {
    const core = screeningCore();
    let changed = 0;
    await renderWithClient(
      <QuestionScreening
        assessmentId={ASSESSMENT}
        evidenceOf={['E2', 'E3']}
        onChanged={() => (changed += 1)}
      />,
      createAssayClient(core.transport),
    );
    await waitFor(() => byRole('button', 'Screen these parties'));
    expect(byTestId('question-screening').textContent).toContain('sealed evidence of E2, E3');
    const list = document.querySelector<HTMLInputElement>('.dataset-chooser input[type="checkbox"]');
    expect(list?.checked).toBe(true);
    click(byRole('button', 'Screen these parties'));
    await waitFor(() =>
      expect(document.body.textContent).toContain('The run is kept as evidence of E2, E3.'),
    );
    await waitFor(() => byTestId('question-screening-run'));
    expect(core.calls).toContain('screening.run');
    expect(byTestId('question-screening-run').textContent).toContain('No hits');
    expect(changed).toBe(1);
  });
});
