// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/createI18n';
import { loadLocale, LocaleLoadError, type LoadLocale } from '../i18n/loadLocale';
import { LanguageSwitcher } from './LanguageSwitcher';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  window.localStorage.clear();
});

/** Russian's chunk is unreachable; every other language loads as shipped. */
const russianUnreachable: LoadLocale = (language) =>
  language === 'ru'
    ? Promise.reject(new LocaleLoadError(language, new TypeError('Failed to fetch')))
    : loadLocale(language);

/** Polls until `assertion` holds, letting React apply the asynchronous switch's updates in act(). */
const settled = (assertion: () => void) =>
  vi.waitFor(async () => {
    await act(async () => undefined);
    assertion();
  });

async function renderSwitcher() {
  const i18n = await createI18n('en', russianUnreachable);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitcher load={russianUnreachable} />
      </I18nextProvider>,
    ),
  );
  const select = container.querySelector<HTMLSelectElement>('[data-testid="language-switcher"]');
  if (!select) throw new Error('No language switcher rendered');
  const pick = (language: string) =>
    act(() => {
      select.value = language;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  return { i18n, select, pick, alert: () => container.querySelector('[role="alert"]') };
}

describe('LanguageSwitcher', () => {
  it('re-renders in the chosen language once its messages are in', async () => {
    const { i18n, select, pick } = await renderSwitcher();
    pick('fr');
    await settled(() => expect(document.querySelector('label')?.textContent).toBe('Langue'));
    expect(i18n.language).toBe('fr');
    expect(select.value).toBe('fr');
  });

  it('says which language failed to load and stays in the current one', async () => {
    const { i18n, select, pick, alert } = await renderSwitcher();
    pick('ru');
    await settled(() =>
      expect(alert()?.textContent).toBe(
        'Русский could not be loaded, so the interface stays in this language. Reload the app and try again.',
      ),
    );
    expect(i18n.language).toBe('en');
    expect(select.value).toBe('en');
    expect(document.querySelector('label')?.textContent).toBe('Language');

    pick('es');
    await settled(() => expect(i18n.language).toBe('es'));
    expect(alert()).toBeNull();
  });
});
