import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

interface AppHeaderProps {
  assessorName: string | null;
  /** Present only while the workspace is unlocked. */
  onLock?: () => void;
  locking?: boolean;
  /** Present only while the workspace is unlocked. */
  onOpenReferenceData?: () => void;
  referenceDataOpen?: boolean;
  /** Opens idle-lock and passphrase settings; present only while unlocked. */
  onOpenSecurity?: () => void;
}

export function AppHeader({
  assessorName,
  onLock,
  locking = false,
  onOpenReferenceData,
  referenceDataOpen = false,
  onOpenSecurity,
}: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The address hash is not ours to change (the web transport's token lived there).
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('common.skipToContent')}
      </a>
      <p className="app-header__brand">{t('common.appName')}</p>
      {onOpenReferenceData && (
        <nav className="app-header__nav" aria-label={t('referenceData.navLabel')}>
          <button
            type="button"
            className="app-header__nav-link"
            aria-current={referenceDataOpen ? 'page' : undefined}
            onClick={onOpenReferenceData}
          >
            {t('referenceData.nav')}
          </button>
        </nav>
      )}
      <div className="app-header__tools">
        {assessorName && (
          <p className="app-header__assessor">
            {t('header.assessor')}: <bdi>{assessorName}</bdi>
          </p>
        )}
        <LanguageSwitcher />
        {onOpenSecurity && (
          <button type="button" className="button button--secondary" onClick={onOpenSecurity}>
            {t('security.open')}
          </button>
        )}
        {onLock && (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={locking || undefined}
            onClick={() => {
              if (!locking) onLock();
            }}
          >
            {locking ? t('header.locking') : t('header.lock')}
          </button>
        )}
      </div>
    </header>
  );
}
