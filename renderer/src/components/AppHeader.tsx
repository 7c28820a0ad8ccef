import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

interface AppHeaderProps {
  assessorName: string | null;
  /** Present only while the workspace is unlocked. */
  onLock?: () => void;
  locking?: boolean;
  /** Present only while the workspace is unlocked: identities live in it. */
  onOpenIdentities?: () => void;
  /** Verifying a PDF needs no workspace, so this is offered locked or not. */
  onOpenVerify?: () => void;
}

export function AppHeader({
  assessorName,
  onLock,
  locking = false,
  onOpenIdentities,
  onOpenVerify,
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
      {(onOpenIdentities || onOpenVerify) && (
        <nav className="app-header__nav" aria-label={t('signing.headerNav')}>
          {onOpenIdentities && (
            <button type="button" className="link-button" onClick={onOpenIdentities}>
              {t('signing.nav')}
            </button>
          )}
          {onOpenVerify && (
            <button type="button" className="link-button" onClick={onOpenVerify}>
              {t('verify.nav')}
            </button>
          )}
        </nav>
      )}
      <div className="app-header__tools">
        {assessorName && (
          <p className="app-header__assessor">
            {t('header.assessor')}: <bdi>{assessorName}</bdi>
          </p>
        )}
        <LanguageSwitcher />
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
