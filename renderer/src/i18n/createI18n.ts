import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, DEFAULT_LANGUAGE, type Language } from './languages';
import { LOCALES } from './locales';

const resources: Resource = Object.fromEntries(
  LANGUAGES.map((language) => [language, { translation: LOCALES[language] }]),
);

/** A fresh i18next instance, fully initialised (resources are bundled, so nothing loads lazily). */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance().use(initReactI18next);
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources,
    initAsync: false,
    // React escapes text itself; escaping here too would show "&amp;" to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
