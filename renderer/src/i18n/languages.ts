import type { i18n } from 'i18next';

/** Languages the UI ships, in the order the switcher lists them. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Direction = 'ltr' | 'rtl';

/**
 * Explicit rather than `i18n.dir()`, which answers 'rtl' before a language is set and guesses from
 * a built-in list we do not control.
 */
export const LANGUAGE_DIRECTION: Record<Language, Direction> = {
  en: 'ltr',
  fr: 'ltr',
  es: 'ltr',
  ar: 'rtl',
  ru: 'ltr',
  zh: 'ltr',
};

export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'assay.lang';
export const LANGUAGE_QUERY_PARAM = 'lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag such as "ar-EG" or "en_GB" to a shipped language, or null. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

export interface LanguageSources {
  /** `location.search`; `?lang=` wins over everything else. */
  search: string;
  stored: string | null;
  preferred: readonly string[];
}

export function initialLanguage({ search, stored, preferred }: LanguageSources): Language {
  const fromUrl = matchLanguage(new URLSearchParams(search).get(LANGUAGE_QUERY_PARAM));
  if (fromUrl) return fromUrl;
  const fromStorage = matchLanguage(stored);
  if (fromStorage) return fromStorage;
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

export function applyDocumentLanguage(root: HTMLElement, language: Language): void {
  root.lang = language;
  root.dir = LANGUAGE_DIRECTION[language];
}

/** Keeps `<html lang dir>` in step with every language change; returns the unsubscribe. */
export function bindDocumentLanguage(instance: Pick<i18n, 'on' | 'off'>, root: HTMLElement): () => void {
  const apply = (next: string) => {
    const language = matchLanguage(next);
    if (language) applyDocumentLanguage(root, language);
  };
  instance.on('languageChanged', apply);
  return () => void instance.off('languageChanged', apply);
}

/**
 * Keeps an explicit `?lang=` in the address in step with the switcher, so a reload shows the
 * language the user chose last rather than the one the link was opened with.
 */
export function searchWithLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search);
  if (!params.has(LANGUAGE_QUERY_PARAM)) return search;
  params.set(LANGUAGE_QUERY_PARAM, language);
  return `?${params.toString()}`;
}
