import { useTranslation } from 'react-i18next';
import { CopyButton } from '../components/CopyButton';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { groupFingerprint } from '../signing/fingerprint';
import { SavedFileNotice } from '../signing/SavedFileNotice';
import type { Countersigned } from './ReviewForm';

/** `Reviewer2` → 2: the box number the report prints under each reviewer field. */
function reviewerNumber(field: string): string {
  return /(\d+)$/.exec(field)?.[1] ?? field;
}

/** What the reviewer's signature went into and where the countersigned copy went. */
export function ReviewResult({ result, savedAs }: { result: Countersigned; savedAs: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="stack" data-testid="review-result">
      <p className="notice notice--success" role="status">
        {t('review.result.done')}
      </p>
      <SavedFileNotice savedAs={savedAs} testId="review-saved" />
      <dl className="details-list">
        <dt>{t('review.result.field')}</dt>
        <dd data-testid="review-field">
          {t('review.result.reviewerBox', { number: reviewerNumber(result.field) })}
        </dd>
        <dt>{t('review.result.conclusion')}</dt>
        <dd>{t(`review.conclusion.${result.conclusion}`)}</dd>
        <dt>{t('review.result.signedAt')}</dt>
        <dd>{formatDateTime(result.signedAt, language)}</dd>
        <dt>{t('review.result.sha256')}</dt>
        <dd className="identity-card__fingerprint">
          <code dir="ltr" data-testid="review-sha256">
            {groupFingerprint(result.sha256)}
          </code>
          <CopyButton text={result.sha256} label={t('review.result.copySha')} />
        </dd>
      </dl>
    </div>
  );
}
