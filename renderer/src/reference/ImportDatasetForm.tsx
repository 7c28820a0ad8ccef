import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput, OperationOutput } from '../../../assessments/api/contract';
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
import { ImportPreview } from './ImportPreview';
import { ImportProgressBar } from './ImportProgressBar';

type ImportInput = OperationInput<'reference.import'>;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'picking' }
  | { kind: 'checking'; file: string; path: string }
  | { kind: 'preview'; file: string; input: ImportInput; result: OperationOutput<'reference.import'> }
  | { kind: 'importing'; file: string; path: string }
  | { kind: 'done'; dataset: Dataset; imported: boolean }
  | { kind: 'rejected'; failure: ImportFailure }
  | { kind: 'failed'; message: string };

interface ImportDatasetFormProps {
  onImported: (dataset: Dataset) => void;
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

const OFAC_PARTS = { 'alt.csv': 'alt', 'add.csv': 'add', 'sdn_comments.csv': 'comments' } as const;

/**
 * The chosen files as one import: OFAC's alt.csv, add.csv and sdn_comments.csv, chosen together
 * with sdn.csv, go with it; any other kind takes the first file.
 */
function importTarget(
  kind: DatasetKind,
  paths: readonly string[],
): Pick<ImportInput, 'path' | 'ofacFiles'> | null {
  if (kind !== 'ofac') return paths[0] ? { path: paths[0] } : null;
  const ofacFiles: NonNullable<ImportInput['ofacFiles']> = {};
  let main: string | undefined;
  for (const path of paths) {
    const role = OFAC_PARTS[baseName(path).toLowerCase() as keyof typeof OFAC_PARTS];
    if (role) ofacFiles[role] = path;
    else main ??= path;
  }
  if (!main) return null;
  return Object.keys(ofacFiles).length > 0 ? { path: main, ofacFiles } : { path: main };
}

/**
 * Choose a kind, pick the file, check it, import it. The core first reads the file without writing
 * (a dry run) and the form shows its counts against the latest version of the same list; a list
 * that shrank by more than 5 % or re-issues a publication date needs a reason. Reading can take
 * seconds: the core's progress events drive a bar meanwhile.
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
  const busy =
    outcome.kind === 'picking' ||
    outcome.kind === 'checking' ||
    outcome.kind === 'importing' ||
    outcome.kind === 'preview';

  const fail = (error: unknown) => {
    const failure = importFailure(error);
    setOutcome(failure ? { kind: 'rejected', failure } : { kind: 'failed', message: errorText(t, error) });
  };

  const confirm = async (input: ImportInput, file: string, reason: string | undefined) => {
    setOutcome({ kind: 'importing', file, path: input.path });
    try {
      const result = await client.invoke('reference.import', {
        ...input,
        dryRun: false,
        ...(reason ? { acceptChange: reason } : {}),
      });
      setOutcome({ kind: 'done', dataset: result.dataset, imported: result.imported });
      if (result.imported) onImported(result.dataset);
    } catch (error) {
      fail(error);
    }
  };

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
      const target = picked.canceled ? null : importTarget(kind, picked.paths);
      if (!target) {
        setOutcome({ kind: 'idle' });
        return;
      }
      const file = baseName(target.path);
      const input: ImportInput = { ...checked.data, ...target };
      setOutcome({ kind: 'checking', file, path: target.path });
      const result = await client.invoke('reference.import', { ...input, dryRun: true });
      if (!result.preview) {
        // This exact file was imported before: nothing to check, nothing written.
        setOutcome({ kind: 'done', dataset: result.dataset, imported: false });
        return;
      }
      setOutcome({ kind: 'preview', file, input, result });
    } catch (error) {
      fail(error);
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
        {outcome.kind === 'picking' && (
          <p className="busy" role="status" data-testid="import-busy">
            <span className="busy__spinner" aria-hidden="true" />
            {t('referenceData.import.busyPicking')}
          </p>
        )}
        {(outcome.kind === 'checking' || outcome.kind === 'importing') && (
          <ImportProgressBar path={outcome.path} file={outcome.file} stage={outcome.kind} />
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
            {outcome.dataset.changeReason && (
              <p>
                {t('referenceData.import.changeAccepted', { reason: isolate(outcome.dataset.changeReason) })}
              </p>
            )}
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
      {outcome.kind === 'preview' && (
        <ImportPreview
          file={outcome.file}
          result={outcome.result}
          onConfirm={(reason) => void confirm(outcome.input, outcome.file, reason)}
          onCancel={() => setOutcome({ kind: 'idle' })}
        />
      )}
      {outcome.kind === 'rejected' && <ImportFailureDetails failure={outcome.failure} />}
      {outcome.kind === 'failed' && <ErrorAlert message={outcome.message} />}
    </section>
  );
}
