// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createLanguageChooser } from './chooseLanguage';
import { createI18n } from './createI18n';
import { LANGUAGE_STORAGE_KEY, type Language } from './languages';
import { loadLocale, LocaleLoadError, type LoadLocale } from './loadLocale';

/** The shipped loader, recording requests; `failFor` languages reject as an unreachable chunk would. */
function loader(failFor: Language[] = []): { load: LoadLocale; requested: Language[] } {
  const requested: Language[] = [];
  return {
    requested,
    load: (language) => {
      requested.push(language);
      return failFor.includes(language)
        ? Promise.reject(
            new LocaleLoadError(language, new TypeError('Failed to fetch dynamically imported module')),
          )
        : loadLocale(language);
    },
  };
}

afterEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('createLanguageChooser', () => {
  it('loads exactly the chosen language, then switches to it and remembers it', async () => {
    const { load, requested } = loader();
    const i18n = await createI18n('en', load);
    const choose = createLanguageChooser(i18n, window, load);
    const seen: string[] = [];
    i18n.on('languageChanged', () => seen.push(i18n.t('language.label')));

    await expect(choose('ar')).resolves.toBe('changed');

    expect(requested).toEqual(['en', 'ar']);
    expect(i18n.language).toBe('ar');
    // The first render in the new language already has its messages: no key flashes by.
    expect(seen).toEqual(['اللغة']);
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
  });

  it('does not fetch a language again once it is loaded', async () => {
    const { load, requested } = loader();
    const i18n = await createI18n('en', load);
    const choose = createLanguageChooser(i18n, window, load);
    await choose('fr');
    await choose('en');
    await choose('fr');
    expect(requested).toEqual(['en', 'fr']);
    expect(i18n.t('language.label')).toBe('Langue');
  });

  it('keeps the current language, stored choice and address when the chunk fails to load', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    const { load } = loader(['ru']);
    const i18n = await createI18n('en', load);
    const choose = createLanguageChooser(i18n, window, load);

    await expect(choose('ru')).rejects.toBeInstanceOf(LocaleLoadError);

    expect(i18n.language).toBe('en');
    expect(i18n.t('language.label')).toBe('Language');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
    expect(window.location.search).toBe('?lang=en');
  });

  it('ends on the last of several quick choices, whichever chunk arrives first', async () => {
    const i18n = await createI18n('en');
    let releaseFrench: () => void = () => undefined;
    const frenchHeld = new Promise<void>((resolve) => (releaseFrench = resolve));
    const choose = createLanguageChooser(i18n, window, async (language) => {
      if (language === 'fr') await frenchHeld;
      return loadLocale(language);
    });

    const french = choose('fr');
    await expect(choose('es')).resolves.toBe('changed');
    releaseFrench();

    await expect(french).resolves.toBe('superseded');
    expect(i18n.language).toBe('es');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('es');
  });
});
