import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import type { Dataset } from './datasetKinds';
import { ShaDigest } from './ShaDigest';

interface DatasetTableProps {
  datasets: readonly Dataset[];
  onCompare: (dataset: Dataset) => void;
  onRemove: (dataset: Dataset) => void;
}

export function DatasetTable({ datasets, onCompare, onRemove }: DatasetTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
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
