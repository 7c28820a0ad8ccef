// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient, type AssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { createI18n } from '../i18n/createI18n';
import { byTestId, enableActEnvironment, waitFor } from '../testing/dom';
import { CustodyHistory } from './CustodyHistory';
import type { CustodyEvent } from './evidenceTypes';

enableActEnvironment();

const EVIDENCE = '00000000-0000-4000-8000-0000000000e1';

const event = (seq: number, action: string): CustodyEvent => ({
  seq,
  at: '2026-01-15T09:00:00Z',
  actor: 'Amira Haddad',
  action,
  payload: {},
  hash: String(seq).repeat(64).slice(0, 64),
});

/** A core whose custody answers wait until the test releases them, one by one. */
function heldCustodyCore() {
  const waiting: Array<(events: CustodyEvent[]) => void> = [];
  const transport: Transport = {
    kind: 'web',
    invoke: () => new Promise((resolve) => waiting.push((events) => resolve({ ok: true, value: events }))),
    on: () => () => undefined,
  };
  return { transport, waiting };
}

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const rows = () => [...byTestId('custody-history').querySelectorAll('li')].map((li) => li.textContent);

describe('CustodyHistory', () => {
  it('reads the history again for a new version, keeping the events shown until it arrives', async () => {
    const core = heldCustodyCore();
    const i18n = await createI18n('en');
    const client: AssayClient = createAssayClient(core.transport);
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const show = (version: number) =>
      act(() => {
        root?.render(
          <I18nextProvider i18n={i18n}>
            <ClientContext value={client}>
              <CustodyHistory evidenceId={EVIDENCE} version={version} />
            </ClientContext>
          </I18nextProvider>,
        );
      });

    show(0);
    expect(container.textContent).toContain('Loading');
    await act(async () => core.waiting[0]?.([event(1, 'evidence.ingested')]));
    await waitFor(() => expect(rows()).toHaveLength(1));

    show(1);
    expect(core.waiting).toHaveLength(2);
    expect(rows()).toHaveLength(1);
    expect(container.textContent).not.toContain('Loading');

    await act(async () => core.waiting[1]?.([event(1, 'evidence.ingested'), event(2, 'evidence.verified')]));
    await waitFor(() => expect(rows()).toHaveLength(2));
  });
});
