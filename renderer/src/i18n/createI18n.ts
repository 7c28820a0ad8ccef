import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, DEFAULT_LANGUAGE, type Language } from './languages';
import { loadLocale, type LoadLocale } from './loadLocale';

export const NAMESPACE = 'translation';

/**
 * A fresh i18next instance, initialised with `language`'s messages only (one chunk). English, the
 * fallback, is fetched the first time a key is missing: the parity test keeps that from happening
 * in a shipped build, so other languages never download it.
 */
export async function createI18n(language: Language, load: LoadLocale = loadLocale): Promise<i18n> {
  const instance = i18next.createInstance().use(initReactI18next);
  const messages = await load(language);
  let fallback: Promise<void> | null = null;
  const loadFallback = () => {
    // Once per instance: a failed fallback leaves the key on screen rather than retrying per render.
    fallback ??= load(DEFAULT_LANGUAGE).then(
      (english) => void instance.addResourceBundle(DEFAULT_LANGUAGE, NAMESPACE, english),
      () => undefined,
    );
  };
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: { [language]: { [NAMESPACE]: messages } },
    initAsync: false,
    // React escapes text itself; escaping here too would show "&amp;" to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: () => {
      if (!instance.hasResourceBundle(DEFAULT_LANGUAGE, NAMESPACE)) loadFallback();
    },
    // Re-render when a bundle arrives, so a key shown while English loaded is replaced.
    react: { bindI18nStore: 'added' },
  });
  return instance;
}
