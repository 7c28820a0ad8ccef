import type { Language } from './languages';
import type { LocaleMessages } from './localeShape';
import type { en } from './locales/en';

/** The messages of one language: the source locale's keys, each language with its own plural forms. */
export type Messages = LocaleMessages<typeof en>;

/** Fetches one language's messages; injected so tests can count and fail loads. */
export type LoadLocale = (language: Language) => Promise<Messages>;

/**
 * One dynamic import per language, so each locale is its own chunk and the window downloads only
 * the languages it shows (all six in the first chunk were most of its size).
 */
const CHUNKS: Record<Language, () => Promise<Messages>> = {
  en: async () => (await import('./locales/en')).en,
  fr: async () => (await import('./locales/fr')).fr,
  es: async () => (await import('./locales/es')).es,
  ar: async () => (await import('./locales/ar')).ar,
  ru: async () => (await import('./locales/ru')).ru,
  zh: async () => (await import('./locales/zh')).zh,
};

/** Raised when a language's chunk cannot be loaded; the interface stays in the language it was. */
export class LocaleLoadError extends Error {
  readonly language: Language;

  constructor(language: Language, cause: unknown) {
    super(`The "${language}" interface messages could not be loaded: ${String(cause)}`, { cause });
    this.name = 'LocaleLoadError';
    this.language = language;
  }
}

export const loadLocale: LoadLocale = async (language) => {
  try {
    return await CHUNKS[language]();
  } catch (error) {
    throw new LocaleLoadError(language, error);
  }
};
