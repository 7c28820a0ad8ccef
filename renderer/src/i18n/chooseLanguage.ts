import type { i18n } from 'i18next';
import { NAMESPACE } from './createI18n';
import { LANGUAGE_STORAGE_KEY, searchWithLanguage, type Language } from './languages';
import { loadLocale, type LoadLocale } from './loadLocale';

/** 'superseded' when a later choice was made while this one's messages were loading. */
export type ChooseOutcome = 'changed' | 'superseded';

export type ChooseLanguage = (language: Language) => Promise<ChooseOutcome>;

/**
 * The switcher's action: fetch the language's messages, then remember the choice, keep `?lang=` in
 * step and re-render in it. Nothing changes until the messages are in, so the window never shows
 * keys, and a failed load (a `LocaleLoadError`) leaves language, stored choice and address as they
 * were. Choices made quickly one after another (arrow keys on the select) end on the last one.
 */
export function createLanguageChooser(
  instance: i18n,
  win: Window,
  load: LoadLocale = loadLocale,
): ChooseLanguage {
  let requested: Language | null = null;
  return async (language) => {
    requested = language;
    try {
      if (!instance.hasResourceBundle(language, NAMESPACE))
        instance.addResourceBundle(language, NAMESPACE, await load(language));
    } catch (error) {
      if (requested !== language) return 'superseded';
      throw error;
    }
    if (requested !== language) return 'superseded';
    remember(win, language);
    await instance.changeLanguage(language);
    return 'changed';
  };
}

function remember(win: Window, language: Language): void {
  try {
    win.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts until the page is closed.
  }
  const search = searchWithLanguage(win.location.search, language);
  if (search !== win.location.search) {
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
  }
}
