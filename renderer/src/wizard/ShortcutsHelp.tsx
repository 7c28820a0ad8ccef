import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './shortcuts';

/** The wizard's keyboard shortcuts, always one click or Tab away. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  return (
    <details className="shortcuts-help" data-testid="shortcuts-help">
      <summary>{t('wizard.shortcuts.title')}</summary>
      <dl className="shortcuts-help__list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.command} className="shortcuts-help__row">
            <dt>
              <kbd dir="ltr">{shortcut.label}</kbd>
            </dt>
            <dd>{t(`wizard.shortcuts.${shortcut.command}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
