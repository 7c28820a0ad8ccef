import { useTranslation } from 'react-i18next';
import { displayStatus, type ListItem, type ListQuery, type SortKey } from '../assessmentList/listQuery';
import { countryName } from '../format/countries';
import { formatDateTime } from '../format/dates';
import { isolate } from '../format/isolate';
import { useLanguage } from '../i18n/useLanguage';
import { StatusBadge } from './StatusBadge';
import { TierBadge } from './TierBadge';

interface AssessmentTableProps {
  assessments: readonly ListItem[];
  sort: ListQuery['sort'];
  onSort: (sort: ListQuery['sort']) => void;
  onOpen: (id: string) => void;
  onOpenEvidence: (id: string) => void;
  /** Opens the decision screen; without it the row offers no decision action. */
  onDecide?: (id: string) => void;
  /** Opens the screening and reference-data view; without it the row offers no such action. */
  onScreen?: (id: string) => void;
}

const COLUMNS = [
  { key: 'title', label: 'assessmentList.columns.title' },
  { key: 'destination', label: 'assessmentList.columns.destination' },
  { key: 'endUser', label: 'assessmentList.columns.endUser' },
  { key: 'tier', label: 'assessmentList.columns.tier' },
  { key: 'status', label: 'assessmentList.columns.status' },
  { key: 'updated', label: 'assessmentList.columns.updated' },
] as const satisfies readonly { key: SortKey; label: string }[];

export function AssessmentTable({
  assessments,
  sort,
  onSort,
  onOpen,
  onOpenEvidence,
  onDecide,
  onScreen,
}: AssessmentTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notSet = <span className="muted">{t('common.notSet')}</span>;
  return (
    <div className="table-wrap">
      <table className="table table--assessments">
        <caption className="visually-hidden">{t('assessmentList.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ key, label }) => {
              const active = sort.key === key;
              return (
                <th key={key} scope="col" aria-sort={active ? sort.direction : undefined}>
                  <button
                    type="button"
                    className="sort-button"
                    data-sort-key={key}
                    onClick={() =>
                      onSort({
                        key,
                        direction:
                          active && sort.direction === 'ascending'
                            ? 'descending'
                            : active
                              ? 'ascending'
                              : key === 'updated' || key === 'tier'
                                ? 'descending'
                                : 'ascending',
                      })
                    }
                  >
                    {t(label)}
                    <span
                      className={`sort-button__icon sort-button__icon--${active ? sort.direction : 'none'}`}
                      aria-hidden="true"
                    />
                  </button>
                </th>
              );
            })}
            <th scope="col" className="table__actions">
              <span className="visually-hidden">{t('assessmentList.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((assessment) => (
            <tr key={assessment.id} data-testid="assessment-row" data-assessment-id={assessment.id}>
              <th scope="row" className="table__title" id={`assessment-title-${assessment.id}`}>
                <button
                  type="button"
                  className="link-button"
                  dir="auto"
                  onClick={() => onOpen(assessment.id)}
                >
                  {assessment.title}
                </button>
                {assessment.archivedAt && (
                  <>
                    {' '}
                    <span className="badge badge--archived">{t('assessmentPlace.list.archived')}</span>
                  </>
                )}
              </th>
              <td>
                {assessment.destinationCountry
                  ? countryName(assessment.destinationCountry, language)
                  : notSet}
              </td>
              <td>{assessment.endUserName ? <bdi>{assessment.endUserName}</bdi> : notSet}</td>
              <td>
                <TierBadge tier={assessment.tier} />
              </td>
              <td>
                <StatusBadge status={displayStatus(assessment)} />
              </td>
              <td className="table__date">
                <time dateTime={assessment.updatedAt}>{formatDateTime(assessment.updatedAt, language)}</time>
              </td>
              <td className="table__actions" data-testid="row-actions">
                <div className="table__actions-stack">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('evidenceScreen.openFor', { title: isolate(assessment.title) })}
                    onClick={() => onOpenEvidence(assessment.id)}
                  >
                    {t('evidenceScreen.open')}
                  </button>
                  {onDecide && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-describedby={`assessment-title-${assessment.id}`}
                      data-testid="open-decision"
                      onClick={() => onDecide(assessment.id)}
                    >
                      {t('decision.open')}
                    </button>
                  )}
                  {onScreen && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      // The row's title describes the button, and stays out of its name so that
                      // finding the title button by name finds only that one.
                      aria-describedby={`assessment-title-${assessment.id}`}
                      data-testid="open-screening"
                      onClick={() => onScreen(assessment.id)}
                    >
                      {t('screening.open')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
