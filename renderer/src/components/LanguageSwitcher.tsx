import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/chooseLanguage';
import { LANGUAGES, matchLanguage } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
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
          if (next) void chooseLanguage(i18n, next, window);
        }}
      >
        {LANGUAGES.map((option) => (
          // Each name is written in its own language, so it is tagged with it for speech and fonts.
          <option key={option} value={option} lang={option}>
            {t(`language.names.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
