import { describe, expect, it, vi } from 'vitest';
import { createI18n } from './createI18n';
import { LANGUAGES, type Language } from './languages';
import { loadLocale, LocaleLoadError, type LoadLocale, type Messages } from './loadLocale';
import { LOCALES } from './locales';

/** The shipped loader, recording which languages were asked for. */
function recordingLoader(): { load: LoadLocale; requested: Language[] } {
  const requested: Language[] = [];
  return {
    requested,
    load: (language) => {
      requested.push(language);
      return loadLocale(language);
    },
  };
}

describe('loadLocale', () => {
  it.each(LANGUAGES)('%s: its chunk holds exactly that locale', async (language) => {
    expect(await loadLocale(language)).toEqual(LOCALES[language]);
  });
});

describe('createI18n', () => {
  it('loads only the language it starts in', async () => {
    const { load, requested } = recordingLoader();
    const i18n = await createI18n('fr', load);
    expect(i18n.t('language.label')).toBe('Langue');
    expect(i18n.t('common.retry')).toBe(LOCALES.fr.common.retry);
    expect(requested).toEqual(['fr']);
  });

  it('fetches English the first time a key is missing, then shows it', async () => {
    const { retry: _missing, ...common } = LOCALES.fr.common;
    const incomplete = { ...LOCALES.fr, common } as unknown as Messages;
    const requested: Language[] = [];
    const i18n = await createI18n('fr', async (language) => {
      requested.push(language);
      return language === 'fr' ? incomplete : loadLocale(language);
    });
    expect(requested).toEqual(['fr']);
    expect(i18n.t('common.retry')).toBe('common.retry');
    await vi.waitFor(() => expect(i18n.t('common.retry')).toBe('Try again'));
    expect(i18n.t('language.label')).toBe('Langue');
    expect(requested).toEqual(['fr', 'en']);
  });

  it('rejects with the language named when its chunk cannot be loaded', async () => {
    const failing: LoadLocale = (language) =>
      Promise.reject(new LocaleLoadError(language, new Error('offline')));
    await expect(createI18n('ar', failing)).rejects.toThrow(
      /"ar" interface messages could not be loaded: .*offline/,
    );
  });
});
