import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

interface AppHeaderProps {
  assessorName: string | null;
  /** Present only while the workspace is unlocked. */
  onLock?: () => void;
  locking?: boolean;
  /** Present only while the workspace is unlocked. */
  onOpenReferenceData?: () => void;
  /** Present only while the workspace is unlocked: identities live in it. */
  onOpenIdentities?: () => void;
  /** Present only while the workspace is unlocked: the reviewer signs with an identity in it. */
  onOpenReview?: () => void;
  /** Verifying a PDF needs no workspace, so this is offered locked or not. */
  onOpenVerify?: () => void;
  /** Which screen is showing, so its entry in the navigation is marked as the current page. */
  currentView?: string;
  /** Opens idle-lock and passphrase settings; present only while unlocked. */
  onOpenSecurity?: () => void;
}

export function AppHeader({
  assessorName,
  onLock,
  locking = false,
  onOpenReferenceData,
  onOpenIdentities,
  onOpenReview,
  onOpenVerify,
  currentView,
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
      {(onOpenReferenceData || onOpenIdentities || onOpenReview || onOpenVerify) && (
        <nav className="app-header__nav" aria-label={t('referenceData.navLabel')}>
          {[
            { view: 'reference', open: onOpenReferenceData, label: t('referenceData.nav') },
            { view: 'identities', open: onOpenIdentities, label: t('signing.nav') },
            { view: 'review', open: onOpenReview, label: t('review.nav') },
            { view: 'verify', open: onOpenVerify, label: t('verify.nav') },
          ].map(({ view, open, label }) =>
            open ? (
              <button
                key={view}
                type="button"
                className="app-header__nav-link"
                aria-current={currentView === view ? 'page' : undefined}
                onClick={open}
              >
                {label}
              </button>
            ) : null,
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
