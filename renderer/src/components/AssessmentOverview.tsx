import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { countryName } from '../format/countries';
import { formatDateTime } from '../format/dates';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../i18n/useLanguage';
import { StatusBadge } from './StatusBadge';

interface AssessmentOverviewProps {
  assessment: OperationOutput<'assessment.get'>['assessment'];
  /** Opens the decision screen for this assessment. */
  onDecide?: () => void;
}

export function AssessmentOverview({ assessment, onDecide }: AssessmentOverviewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const notSet = <span className="muted">{t('common.notSet')}</span>;
  return (
    <section className="panel" aria-labelledby="assessment-title">
      <div className="page-heading">
        <h1 id="assessment-title" ref={headingRef} tabIndex={-1} dir="auto">
          {assessment.title}
        </h1>
        <StatusBadge status={assessment.status} />
        {onDecide && (
          <div className="page-heading__actions">
            <button type="button" className="button button--secondary" onClick={onDecide}>
              {t('decision.open')}
            </button>
          </div>
        )}
      </div>
      <h2 className="visually-hidden">{t('assessment.details')}</h2>
      <dl className="details-list">
        <dt>{t('assessment.destination')}</dt>
        <dd>
          {assessment.destinationCountry ? countryName(assessment.destinationCountry, language) : notSet}
        </dd>
        <dt>{t('assessment.endUser')}</dt>
        <dd>{assessment.endUserName ? <bdi>{assessment.endUserName}</bdi> : notSet}</dd>
        <dt>{t('assessment.product')}</dt>
        <dd dir={assessment.productDescription ? 'auto' : undefined}>
          {assessment.productDescription ?? notSet}
        </dd>
        <dt>{t('assessment.created')}</dt>
        <dd>
          <time dateTime={assessment.createdAt}>{formatDateTime(assessment.createdAt, language)}</time>
          {' · '}
          <bdi>{assessment.createdBy}</bdi>
        </dd>
      </dl>
    </section>
  );
}
