import { useTranslation } from 'react-i18next';
import { judgeListAge } from '../../../assessments/screening/listAge';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { isScreeningKind, type Dataset } from './datasetKinds';
import { ShaDigest } from './ShaDigest';

interface DatasetTableProps {
  datasets: readonly Dataset[];
  /** The workspace's limit on a screening list's age; null while it is not known. */
  maxListAgeDays: number | null;
  /** The moment ages are judged at; now, unless a test fixes it. */
  now?: Date;
  onCompare: (dataset: Dataset) => void;
  onRemove: (dataset: Dataset) => void;
}

export function DatasetTable({ datasets, maxListAgeDays, now, onCompare, onRemove }: DatasetTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const at = now ?? new Date();
  // Only screening lists go stale here: indicator datasets are yearly by nature.
  const staleDays = (dataset: Dataset): number | null => {
    if (maxListAgeDays === null || !isScreeningKind(dataset.kind)) return null;
    const age = judgeListAge(dataset.vintage, at, maxListAgeDays);
    return age.kind === 'stale' ? age.days : null;
  };
  return (
    <div className="table-wrap">
      <table className="table dataset-table">
        <caption className="visually-hidden">{t('referenceData.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referenceData.list.columns.source')}</th>
            <th scope="col">{t('referenceData.list.columns.vintage')}</th>
            <th scope="col">{t('referenceData.list.columns.imported')}</th>
            <th scope="col">{t('referenceData.list.columns.file')}</th>
            <th scope="col">{t('referenceData.list.columns.rows')}</th>
            <th scope="col">{t('referenceData.list.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => {
            const stale = staleDays(dataset);
            return (
              <tr key={dataset.id} data-testid="dataset-row" data-dataset-id={dataset.id}>
                <th scope="row" className="table__title">
                  <bdi className="dataset-table__source">{dataset.sourceName}</bdi>
                  <span className="dataset-table__kind">{t(`referenceData.kindShort.${dataset.kind}`)}</span>
                </th>
                <td className="dataset-table__vintage">
                  {dataset.vintage ? (
                    <bdi>{dataset.vintage}</bdi>
                  ) : (
                    <span className="muted">{t('referenceData.noVintage')}</span>
                  )}
                  {stale !== null && (
                    <span className="dataset-table__age" data-testid="dataset-stale">
                      <span className="badge badge--stale">{t('referenceData.listAge.badge')}</span>
                      <span className="dataset-table__age-detail">
                        {t('referenceData.listAge.badgeDetail', { count: stale })}
                      </span>
                    </span>
                  )}
                </td>
                <td className="table__date">
                  <time dateTime={dataset.importedAt}>{formatDateTime(dataset.importedAt, language)}</time>
                  <span className="dataset-table__by">
                    {t('referenceData.list.importedBy')} <bdi>{dataset.importedBy}</bdi>
                  </span>
                </td>
                <td>
                  <bdi className="dataset-table__file">{dataset.fileName}</bdi>
                  <ShaDigest sha256={dataset.sha256} fileName={dataset.fileName} />
                </td>
                <td className="dataset-table__counts">
                  <span>{t('referenceData.list.records', { count: dataset.records })}</span>
                  {dataset.entries > 0 && (
                    <span>{t('referenceData.list.entries', { count: dataset.entries })}</span>
                  )}
                  {dataset.indicators > 0 && (
                    <span>{t('referenceData.list.indicators', { count: dataset.indicators })}</span>
                  )}
                  {dataset.unresolvedCountries.length > 0 && (
                    <span className="muted" title={dataset.unresolvedCountries.join(', ')}>
                      {t('referenceData.list.unresolved', { count: dataset.unresolvedCountries.length })}
                    </span>
                  )}
                </td>
                <td className="table__action">
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('referenceData.list.compareFor', {
                        source: dataset.sourceName,
                        vintage: dataset.vintage ?? t('referenceData.noVintage'),
                      })}
                      onClick={() => onCompare(dataset)}
                    >
                      {t('referenceData.list.compare')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger button--small"
                      aria-label={t('referenceData.list.removeFor', {
                        source: dataset.sourceName,
                        vintage: dataset.vintage ?? t('referenceData.noVintage'),
                      })}
                      onClick={() => onRemove(dataset)}
                    >
                      {t('referenceData.list.remove')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
