import { useTranslation } from 'react-i18next';
import { errorDetail } from '../errors/errorDetail';
import { errorText } from '../errors/errorText';

/** A failure announced in the user's language, with the core's specific cause beneath it. */
interface ErrorWithDetailProps {
  error: unknown;
  /**
   * Said instead of the generic sentence for the error code when the core gave a specific cause: the
   * generic ones speak of highlighted fields or concurrent edits, which are not what went wrong here.
   */
  summary?: string;
}

export function ErrorWithDetail({ error, summary }: ErrorWithDetailProps) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const detail = errorDetail(error);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__text">{summary && detail ? summary : errorText(t, error)}</p>
      {detail && (
        <p className="alert__detail">
          {t('signing.errorDetail')}
          <span className="alert__detail-text" lang="en" dir="ltr">
            {detail}
          </span>
        </p>
      )}
    </div>
  );
}
