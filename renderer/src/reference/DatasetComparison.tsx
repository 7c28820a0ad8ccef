import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { formatDateTime } from '../format/dates';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useLanguage } from '../i18n/useLanguage';
import { datasetSlots, type Dataset } from './datasetKinds';

type Comparison = OperationOutput<'reference.compare'>;

/** Items shown per group before the list is cut, so a first import of 20 000 entries stays usable. */
const SHOWN = 200;

interface DatasetComparisonProps {
  dataset: Dataset;
  /** Every dataset in the workspace; the earlier ones of the same kind can be compared against. */
  datasets: readonly Dataset[];
  onClose: () => void;
}

/** Added, removed and changed entries of a dataset against an earlier version of its source. */
export function DatasetComparison({ dataset, datasets, onClose }: DatasetComparisonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [previousId, setPreviousId] = useState('');
  const candidates = datasets.filter(
    (other) =>
      other.id !== dataset.id && other.kind === dataset.kind && other.importedAt < dataset.importedAt,
  );

  useEffect(() => {
    headingRef.current?.focus();
  }, [dataset.id]);

  const state = useCoreQuery(
    (client) =>
      client.invoke('reference.compare', { datasetId: dataset.id, ...(previousId ? { previousId } : {}) }),
    [dataset.id, previousId],
  );

  return (
    <section
      className="panel comparison"
      aria-labelledby={`${baseId}-title`}
      data-testid="dataset-comparison"
    >
      <div className="page-heading">
        <h2 id={`${baseId}-title`} ref={headingRef} tabIndex={-1}>
          {t('referenceData.compare.title', datasetSlots(t, dataset))}
        </h2>
        <div className="page-heading__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('referenceData.compare.close')}
          </button>
        </div>
      </div>
      {candidates.length > 0 && (
        <div className="field comparison__against">
          <label className="field__label" htmlFor={`${baseId}-previous`}>
            {t('referenceData.compare.against')}
          </label>
          <select
            id={`${baseId}-previous`}
            className="select"
            value={previousId}
            onChange={(event) => setPreviousId(event.target.value)}
          >
            <option value="">{t('referenceData.compare.previousDefault')}</option>
            {candidates.map((other) => (
              <option key={other.id} value={other.id}>
                {t('referenceData.compare.previousOption', {
                  vintage: other.vintage ?? t('referenceData.noVintage'),
                  date: formatDateTime(other.importedAt, language),
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p className="muted">{t('referenceData.compare.loading')}</p>}
        {state.kind === 'failed' && <ErrorAlert message={errorText(t, state.error)} />}
        {state.kind === 'loaded' && (
          <>
            {state.data.previousId === null && <p className="muted">{t('referenceData.compare.none')}</p>}
            <div className="comparison__groups">
              <ChangeGroup testId="comparison-added" title="added" items={state.data.added} />
              <ChangeGroup testId="comparison-removed" title="removed" items={state.data.removed} />
              <ChangeGroup testId="comparison-changed" title="changed" items={state.data.changed} />
            </div>
          </>
        )}
      </div>
    </section>
  );
}

interface ChangeGroupProps {
  title: 'added' | 'removed' | 'changed';
  items: Comparison['added'];
  testId: string;
}

function ChangeGroup({ title, items, testId }: ChangeGroupProps) {
  const { t } = useTranslation();
  const shown = items.slice(0, SHOWN);
  return (
    <div className={`comparison__group comparison__group--${title}`} data-testid={testId}>
      <h3>{t(`referenceData.compare.${title}`, { count: items.length })}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('referenceData.compare.nothing')}</p>
      ) : (
        <ul className="comparison__list">
          {shown.map((item) => (
            <li key={item.key}>
              <bdi>{item.label}</bdi> <span className="comparison__key">({item.key})</span>
            </li>
          ))}
        </ul>
      )}
      {items.length > shown.length && (
        <p className="muted">{t('referenceData.compare.truncated', { count: shown.length })}</p>
      )}
    </div>
  );
}
