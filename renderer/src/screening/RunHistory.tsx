import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { OutcomeBadge } from './OutcomeBadge';
import type { ScreeningRun } from './screeningTypes';

interface RunHistoryProps {
  runs: readonly ScreeningRun[];
}

/** Every run of the assessment, newest first, with the list versions it used. */
export function RunHistory({ runs }: RunHistoryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="run-history-title" className="run-history">
      <h3 id="run-history-title">{t('screening.history.title')}</h3>
      {runs.length === 0 ? (
        <p className="muted">{t('screening.history.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="run-history">
            <caption className="visually-hidden">{t('screening.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('screening.history.columns.when')}</th>
                <th scope="col">{t('screening.history.columns.by')}</th>
                <th scope="col">{t('screening.history.columns.lists')}</th>
                <th scope="col">{t('screening.history.columns.hits')}</th>
                <th scope="col">{t('screening.history.columns.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} data-testid="run-row">
                  <th scope="row" className="table__date">
                    <time dateTime={run.runAt}>{formatDateTime(run.runAt, language)}</time>
                  </th>
                  <td>
                    <bdi>{run.runBy}</bdi>
                  </td>
                  <td>
                    <ul className="plain-list">
                      {run.datasets.map((dataset) => (
                        <li key={dataset.id}>
                          <bdi>{dataset.label}</bdi>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{run.hits.length}</td>
                  <td>
                    <OutcomeBadge outcome={run.outcome} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
