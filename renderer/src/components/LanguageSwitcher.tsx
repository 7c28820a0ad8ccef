import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createLanguageChooser } from '../i18n/chooseLanguage';
import { LANGUAGES, matchLanguage, type Language } from '../i18n/languages';
import type { LoadLocale } from '../i18n/loadLocale';
import { useLanguage } from '../i18n/useLanguage';

interface LanguageSwitcherProps {
  /** Where a language's messages come from; the shipped chunks unless a test says otherwise. */
  load?: LoadLocale;
}

export function LanguageSwitcher({ load }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const choose = useMemo(() => createLanguageChooser(i18n, window, load), [i18n, load]);
  const [failed, setFailed] = useState<Language | null>(null);
  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher">{t('language.label')}</label>
      <select
        id="language-switcher"
        className="select"
        data-testid="language-switcher"
        value={language}
        onChange={(event) => {
          const next = matchLanguage(event.target.value);
          if (!next) return;
          setFailed(null);
          choose(next).catch(() => setFailed(next));
        }}
      >
        {LANGUAGES.map((option) => (
          // Each name is written in its own language, so it is tagged with it for speech and fonts.
          <option key={option} value={option} lang={option}>
            {t(`language.names.${option}`)}
          </option>
        ))}
      </select>
      {failed && (
        <p role="alert" className="language-switcher__error" data-testid="language-load-failed">
          {t('language.loadFailed', { language: t(`language.names.${failed}`) })}
        </p>
      )}
    </div>
  );
}
