import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/errorText';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

interface StartupErrorScreenProps {
  error: unknown;
  onRetry: () => void;
}

export function StartupErrorScreen({ error, onRetry }: StartupErrorScreenProps) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const technical = error instanceof Error ? error.message : String(error);
  return (
    <section className="panel panel--narrow stack" aria-labelledby="startup-error-title">
      <h1 id="startup-error-title" ref={headingRef} tabIndex={-1}>
        {t('startupError.title')}
      </h1>
      <p className="alert alert--error" role="alert">
        {errorText(t, error)}
      </p>
      <details>
        <summary>{t('startupError.details')}</summary>
        {/* The core's own words, in English, for whoever reads the logs or files a report. */}
        <p dir="ltr" lang="en">
          <code>{technical}</code>
        </p>
      </details>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    </section>
  );
}
