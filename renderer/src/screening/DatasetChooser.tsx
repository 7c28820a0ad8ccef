import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { shortSha, type Dataset } from '../reference/datasetKinds';

/** The newest import of each source (by kind and source name). */
export function latestOfEachSource(datasets: readonly Dataset[]): Dataset[] {
  const newest = new Map<string, Dataset>();
  for (const dataset of datasets) {
    const key = `${dataset.kind}|${dataset.sourceName}`;
    const seen = newest.get(key);
    if (!seen || dataset.importedAt > seen.importedAt) newest.set(key, dataset);
  }
  return [...newest.values()];
}

interface DatasetChooserProps {
  datasets: readonly Dataset[];
  chosen: ReadonlySet<string>;
  error: string | null;
  onChange: (next: ReadonlySet<string>) => void;
  /** The first box, where focus goes when no list is chosen. */
  firstRef?: Ref<HTMLInputElement>;
}

export function DatasetChooser({ datasets, chosen, error, onChange, firstRef }: DatasetChooserProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="dataset-chooser" aria-describedby={error ? `${baseId}-error` : undefined}>
      <legend className="field__label">{t('screening.datasetsLegend')}</legend>
      <ul className="plain-list dataset-chooser__list">
        {datasets.map((dataset, index) => (
          <li key={dataset.id}>
            <label className="checkbox dataset-chooser__option">
              <input
                ref={index === 0 ? firstRef : undefined}
                type="checkbox"
                checked={chosen.has(dataset.id)}
                onChange={(event) => toggle(dataset.id, event.target.checked)}
              />
              <span>
                <span className="dataset-chooser__name">
                  <bdi>{dataset.sourceName}</bdi> <bdi>{dataset.vintage ?? t('referenceData.noVintage')}</bdi>
                </span>
                <span className="dataset-chooser__meta muted">
                  {' · '}
                  {t('referenceData.list.entries', { count: dataset.entries })}
                  {' · '}
                  <time dateTime={dataset.importedAt}>{formatDateTime(dataset.importedAt, language)}</time>
                  {' · '}
                  <code dir="ltr">{shortSha(dataset.sha256)}</code>
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${baseId}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
