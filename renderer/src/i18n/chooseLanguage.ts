import type { i18n } from 'i18next';
import { LANGUAGE_STORAGE_KEY, searchWithLanguage, type Language } from './languages';

/** The switcher's action: remember the choice, keep `?lang=` in step, then re-render in it. */
export async function chooseLanguage(instance: i18n, language: Language, win: Window): Promise<void> {
  try {
    win.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts until the page is closed.
  }
  const search = searchWithLanguage(win.location.search, language);
  if (search !== win.location.search) {
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
  }
  await instance.changeLanguage(language);
}
