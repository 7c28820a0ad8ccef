import { Trans, useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

/** The web page was opened without (or with a stale) session token from `assay serve-web`. */
export function NeedsLinkScreen() {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="panel panel--narrow" aria-labelledby="needs-link-title">
      <h1 id="needs-link-title" ref={headingRef} tabIndex={-1}>
        {t('needsLink.title')}
      </h1>
      <p role="alert">
        <Trans t={t} i18nKey="needsLink.body" components={{ code: <code dir="ltr" /> }} />
      </p>
      <p className="muted">{t('needsLink.hint')}</p>
    </section>
  );
}
