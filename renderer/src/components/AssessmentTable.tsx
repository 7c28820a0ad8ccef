import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { countryName } from '../format/countries';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { StatusBadge } from './StatusBadge';

type Summary = OperationOutput<'assessment.list'>[number];

interface AssessmentTableProps {
  assessments: readonly Summary[];
  onOpen: (id: string) => void;
  /** Opens the decision screen; without it the row offers no decision action. */
  onDecide?: (id: string) => void;
  /** Opens the screening and reference-data view; without it the row offers no such action. */
  onScreen?: (id: string) => void;
}

export function AssessmentTable({ assessments, onOpen, onDecide, onScreen }: AssessmentTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notSet = <span className="muted">{t('common.notSet')}</span>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('assessmentList.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessmentList.columns.title')}</th>
            <th scope="col">{t('assessmentList.columns.destination')}</th>
            <th scope="col">{t('assessmentList.columns.endUser')}</th>
            <th scope="col">{t('assessmentList.columns.status')}</th>
            <th scope="col">{t('assessmentList.columns.updated')}</th>
            {onDecide && (
              <th scope="col">
                <span className="visually-hidden">{t('decision.title')}</span>
              </th>
            )}
            {onScreen && (
              <th scope="col">
                <span className="visually-hidden">{t('screening.open')}</span>
              </th>
            )}
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
              </th>
              <td>
                {assessment.destinationCountry
                  ? countryName(assessment.destinationCountry, language)
                  : notSet}
              </td>
              <td>{assessment.endUserName ? <bdi>{assessment.endUserName}</bdi> : notSet}</td>
              <td>
                <StatusBadge status={assessment.status} />
              </td>
              <td className="table__date">
                <time dateTime={assessment.updatedAt}>{formatDateTime(assessment.updatedAt, language)}</time>
              </td>
              {onDecide && (
                <td className="table__action">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-describedby={`assessment-title-${assessment.id}`}
                    data-testid="open-decision"
                    onClick={() => onDecide(assessment.id)}
                  >
                    {t('decision.open')}
                  </button>
                </td>
              )}
              {onScreen && (
                <td className="table__action">
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
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
