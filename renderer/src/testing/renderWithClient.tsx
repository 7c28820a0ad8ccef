import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ClientContext } from '../client/ClientContext';
import type { AssayClient } from '../client/createClient';
import { createI18n } from '../i18n/createI18n';
import type { Language } from '../i18n/languages';

// One mounted tree per test, so the afterEach can take it down without the test handing it back.
let root: Root | null = null;

/** Mounts `ui` as the app would see it: translated in `language`, talking to `client`. */
export async function renderWithClient(
  ui: ReactNode,
  client: AssayClient,
  language: Language = 'en',
): Promise<void> {
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={client}>{ui}</ClientContext>
      </I18nextProvider>,
    );
  });
}

/** Unmounts inside act() so effects clean up before the next test, and empties the page. */
export function unmountRendered(): void {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
}
