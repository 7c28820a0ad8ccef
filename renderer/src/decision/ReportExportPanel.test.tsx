// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../assessments/api/contract';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { createI18n } from '../i18n/createI18n';
import { en } from '../i18n/locales/en';
import { ASSESSMENT_ID, decisionFrom, mediumEvaluation } from '../testing/decisionFixtures';
import { byRole, byTestId, click, enableActEnvironment, waitFor } from '../testing/dom';
import { ReportExportPanel } from './ReportExportPanel';

enableActEnvironment();

let root: Root | null = null;
const calls: OperationName[] = [];

const transport: Transport = {
  kind: 'web',
  invoke(op) {
    calls.push(op);
    if (op === 'identity.list') return Promise.resolve({ ok: true, value: [] });
    return Promise.resolve({ ok: false, error: { code: 'internal', message: `unexpected ${op}` } });
  },
  on: () => () => undefined,
};

async function render(decision: Parameters<typeof ReportExportPanel>[0]['decision'], onOpen?: () => void) {
  const i18n = await createI18n('en');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(transport)}>
          <ReportExportPanel assessmentId={ASSESSMENT_ID} decision={decision} onOpenIdentities={onOpen} />
        </ClientContext>
      </I18nextProvider>,
    );
  });
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  calls.length = 0;
});

const decided = (staleSince: string | null) =>
  decisionFrom(
    { finalRecommendation: 'refer', rationale: 'Reasons long enough to be recorded.' },
    mediumEvaluation(),
    staleSince,
  );

describe('ReportExportPanel', () => {
  it('explains why there is no export without a decision or with a stale one', async () => {
    await render(null);
    expect(byTestId('report-export-unavailable').textContent).toBe(en.reportExport.unavailable.undecided);
    expect(document.querySelector('button')).toBeNull();
    act(() => root?.unmount());
    document.body.innerHTML = '';

    await render(decided('2026-02-01T09:00:00Z'));
    expect(byTestId('report-export-unavailable').textContent).toBe(en.reportExport.unavailable.stale);
    expect(document.querySelector('button')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('offers the export for a current decision and leads to the identities when there are none', async () => {
    let opened = 0;
    await render(decided(null), () => (opened += 1));
    click(byRole('button', en.reportExport.open));
    await waitFor(() => byTestId('no-identity'));
    expect(calls).toEqual(['identity.list']);
    click(byRole('button', en.reportExport.createIdentity));
    expect(opened).toBe(1);
    expect(document.querySelector('dialog')).toBeNull();
  });
});
