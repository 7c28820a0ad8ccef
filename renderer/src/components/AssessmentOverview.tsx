import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { countryName } from '../format/countries';
import { formatDateTime } from '../format/dates';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../i18n/useLanguage';
import { StatusBadge } from './StatusBadge';

type Detail = OperationOutput<'assessment.get'>;

interface AssessmentOverviewProps {
  assessment: Detail['assessment'];
  versions?: Detail['versions'];
  /** A newer version of the pinned questionnaire that this assessment can be upgraded to. */
  newerVersion?: string | null;
  /** Archived assessments say so beside their status. */
  archived?: boolean;
  /** Further actions in the heading (rename, archive). */
  actions?: ReactNode;
  onUpgrade?: () => void;
  onOpenAssessment?: (id: string) => void;
}

export function AssessmentOverview({
  assessment,
  versions,
  newerVersion,
  archived = false,
  actions,
  onUpgrade,
  onOpenAssessment,
}: AssessmentOverviewProps) {
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
        {archived && (
          <span className="badge badge--archived" data-testid="archived-badge">
            {t('assessmentPlace.list.archived')}
          </span>
        )}
        {(actions || (newerVersion && onUpgrade)) && (
          <div className="page-heading__actions">
            {newerVersion && onUpgrade && (
              <button type="button" className="button button--secondary" onClick={onUpgrade}>
                {t('assessment.upgrade', { version: newerVersion })}
              </button>
            )}
            {actions}
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
        {assessment.template && (
          <>
            <dt>{t('assessment.questionnaire')}</dt>
            <dd data-testid="assessment-template">
              {assessment.template.id} {assessment.template.version}
            </dd>
          </>
        )}
        {versions?.previous && (
          <VersionLink
            label={t('assessment.previousVersion')}
            link={versions.previous}
            onOpen={onOpenAssessment}
          />
        )}
        {versions?.next && (
          <VersionLink label={t('assessment.nextVersion')} link={versions.next} onOpen={onOpenAssessment} />
        )}
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

type Link = NonNullable<Detail['versions']['previous']>;

function VersionLink({ label, link, onOpen }: { label: string; link: Link; onOpen?: (id: string) => void }) {
  const name = (
    <>
      <bdi>{link.title}</bdi>
      {link.template && ` (${link.template.version})`}
    </>
  );
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {onOpen ? (
          <button type="button" className="link-button" onClick={() => onOpen(link.id)}>
            {name}
          </button>
        ) : (
          name
        )}
      </dd>
    </>
  );
}
