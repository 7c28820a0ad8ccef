import { useTranslation } from 'react-i18next';
import { errorDetail } from '../errors/errorDetail';
import { errorText } from '../errors/errorText';

/** A failure announced in the user's language, with the core's specific cause beneath it. */
export function ErrorWithDetail({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const detail = errorDetail(error);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__text">{errorText(t, error)}</p>
      {detail && (
        <p className="alert__detail">
          {t('signing.errorDetail')}{' '}
          <bdi lang="en" dir="ltr">
            {detail}
          </bdi>
        </p>
      )}
    </div>
  );
}
