import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importDatasetInputSchema } from '../../../assessments/reference/schemas';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { errorText } from '../errors/errorText';
import { formatDateTime } from '../format/dates';
import { isolate } from '../format/isolate';
import { useLanguage } from '../i18n/useLanguage';
import {
  DATASET_KIND_ORDER,
  datasetName,
  fileFiltersFor,
  type Dataset,
  type DatasetKind,
} from './datasetKinds';
import { importFailure, type ImportFailure } from './importFailure';
import { ImportFailureDetails } from './ImportFailureDetails';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'picking' }
  | { kind: 'importing'; file: string }
  | { kind: 'done'; dataset: Dataset; imported: boolean }
  | { kind: 'rejected'; failure: ImportFailure }
  | { kind: 'failed'; message: string };

interface ImportDatasetFormProps {
  onImported: (dataset: Dataset) => void;
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

/**
 * Choose a kind, pick the file, import it. The core parses the whole file before writing, so the
 * call can take seconds; the form stays responsive and says what it is doing meanwhile.
 */
export function ImportDatasetForm({ onImported }: ImportDatasetFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const baseId = useId();
  const [kind, setKind] = useState<DatasetKind>('un');
  const [vintage, setVintage] = useState('');
  const [vintageProblem, setVintageProblem] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const busy = outcome.kind === 'picking' || outcome.kind === 'importing';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const checked = importDatasetInputSchema.safeParse({
      kind,
      path: 'unchosen',
      ...(vintage.trim() ? { vintage } : {}),
    });
    setVintageProblem(!checked.success);
    if (!checked.success) {
      document.getElementById(`${baseId}-vintage`)?.focus();
      return;
    }
    setOutcome({ kind: 'picking' });
    try {
      const picked = await client.invoke('dialogs.pickFiles', {
        title: t('referenceData.import.pickerTitle'),
        filters: fileFiltersFor(t, kind),
      });
      const path = picked.paths[0];
      if (picked.canceled || !path) {
        setOutcome({ kind: 'idle' });
        return;
      }
      setOutcome({ kind: 'importing', file: baseName(path) });
      const result = await client.invoke('reference.import', { ...checked.data, path });
      setOutcome({ kind: 'done', dataset: result.dataset, imported: result.imported });
      if (result.imported) onImported(result.dataset);
    } catch (error) {
      const failure = importFailure(error);
      setOutcome(failure ? { kind: 'rejected', failure } : { kind: 'failed', message: errorText(t, error) });
    }
  };

  return (
    <section className="panel" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>{t('referenceData.import.title')}</h2>
      <form className="form import-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="import-form__fields">
          <Field id={`${baseId}-kind`} label={t('referenceData.import.kindLabel')}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={kind}
                onChange={(event) => setKind(event.target.value as DatasetKind)}
              >
                {DATASET_KIND_ORDER.map((option) => (
                  <option key={option} value={option}>
                    {t(`referenceData.kinds.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={`${baseId}-vintage`}
            label={t('referenceData.import.vintageLabel')}
            hint={t('referenceData.import.vintageHint')}
            error={vintageProblem ? t('form.tooLong', { max: 40 }) : null}
          >
            {(control) => (
              <input
                {...control}
                className="input import-form__vintage"
                type="text"
                dir="ltr"
                autoComplete="off"
                value={vintage}
                onChange={(event) => setVintage(event.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="form__actions import-form__actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t('referenceData.import.choose')}
          </button>
        </div>
      </form>
      <div className="import-form__outcome" aria-live="polite">
        {busy && (
          <p className="busy" role="status" data-testid="import-busy">
            <span className="busy__spinner" aria-hidden="true" />
            {outcome.kind === 'importing'
              ? t('referenceData.import.busy', { file: isolate(outcome.file) })
              : t('referenceData.import.busyPicking')}
          </p>
        )}
        {outcome.kind === 'done' && (
          <div className="alert alert--success" role="status" data-testid="import-result">
            <p>
              {outcome.imported
                ? t('referenceData.import.imported', {
                    source: datasetName(t, outcome.dataset),
                    records: outcome.dataset.records,
                    entries: outcome.dataset.entries,
                    indicators: outcome.dataset.indicators,
                  })
                : t('referenceData.import.unchanged', {
                    source: datasetName(t, outcome.dataset),
                    date: formatDateTime(outcome.dataset.importedAt, language),
                  })}
            </p>
            {outcome.dataset.unresolvedCountries.length > 0 && (
              <p>
                {t('referenceData.import.unresolved', {
                  count: outcome.dataset.unresolvedCountries.length,
                  names: outcome.dataset.unresolvedCountries.join(', '),
                })}
              </p>
            )}
          </div>
        )}
      </div>
      {outcome.kind === 'rejected' && <ImportFailureDetails failure={outcome.failure} />}
      {outcome.kind === 'failed' && <ErrorAlert message={outcome.message} />}
    </section>
  );
}
