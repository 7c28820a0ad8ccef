import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { ClientContext } from './client/ClientContext';
import { createAssayClient } from './client/createClient';
import { preventStrayDrops } from './files/preventStrayDrops';
import { selectTransport } from './client/selectTransport';
import { createI18n } from './i18n/createI18n';
import {
  applyDocumentLanguage,
  bindDocumentLanguage,
  DEFAULT_LANGUAGE,
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
} from './i18n/languages';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/table.css';
import './styles/dialog.css';
import './styles/answer.css';
import './styles/risk.css';
import './styles/decision.css';
import './styles/wizard.css';
import './styles/reference.css';
import './styles/controls.css';
import './styles/evidence.css';
import './styles/signing.css';
import './styles/files.css';

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Builds the object graph once: language, i18n, transport, client; then the first render. */
async function start(): Promise<void> {
  const root = document.documentElement;
  const language = initialLanguage({
    search: window.location.search,
    stored: storedLanguage(),
    preferred: navigator.languages,
  });
  // Direction is set before anything renders, so the first paint is already mirrored.
  applyDocumentLanguage(root, language);
  // A language whose chunk cannot be fetched still leaves a usable window, in English.
  const i18n = await createI18n(language).catch(() => {
    applyDocumentLanguage(root, DEFAULT_LANGUAGE);
    return createI18n(DEFAULT_LANGUAGE);
  });
  bindDocumentLanguage(i18n, root);
  const { transport, files } = selectTransport(window);
  const client = createAssayClient(transport, files);
  preventStrayDrops(window);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element.');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ClientContext value={client}>
          <App />
        </ClientContext>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
