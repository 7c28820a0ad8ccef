import { useId, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { contract, type OperationInput, type OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { FormField } from '../forms/FormField';
import { useZodForm } from '../forms/useZodForm';
import { FileChooser, type FileChooserHandle } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';
import { formatDateTime } from '../format/dates';
import { isolate } from '../format/isolate';
import { useLanguage } from '../i18n/useLanguage';
import { acceptFor, DATASET_KIND_ORDER, datasetName, type Dataset, type DatasetKind } from './datasetKinds';
import { importFailure, type ImportFailure } from './importFailure';
import { ImportFailureDetails } from './ImportFailureDetails';
import { ImportPreview } from './ImportPreview';
import { ImportProgressBar } from './ImportProgressBar';

type ImportInput = OperationInput<'reference.import'>;

const importShape = contract['reference.import'].input.shape;

/** Kind and publication date as the import takes them; an empty date is no date. */
const importFieldsSchema = z.object({
  kind: importShape.kind,
  vintage: z
    .string()
    .transform((vintage) => vintage.trim() || undefined)
    .pipe(importShape.vintage),
});
type ImportFields = z.output<typeof importFieldsSchema>;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'noMainFile' }
  /** `path` is empty while the file is being handed to the core (an upload, in a browser). */
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

type OfacPart = keyof NonNullable<ImportInput['ofacFiles']>;
const OFAC_PARTS: ReadonlyMap<string, OfacPart> = new Map([
  ['alt.csv', 'alt'],
  ['add.csv', 'add'],
  ['sdn_comments.csv', 'comments'],
]);

interface ChosenImport {
  main: File;
  ofacFiles: Partial<Record<OfacPart, File>>;
}

/**
 * The chosen files as one import: OFAC's alt.csv, add.csv and sdn_comments.csv, chosen together
 * with sdn.csv, go with it; any other kind takes the first file. Null when only companions came.
 */
function importTarget(kind: DatasetKind, files: readonly File[]): ChosenImport | null {
  if (kind !== 'ofac') return files[0] ? { main: files[0], ofacFiles: {} } : null;
  const ofacFiles: ChosenImport['ofacFiles'] = {};
  let main: File | undefined;
  for (const file of files) {
    const role = OFAC_PARTS.get(file.name.toLowerCase());
    if (role) ofacFiles[role] = file;
    else main ??= file;
  }
  return main ? { main, ofacFiles } : null;
}

/**
 * Choose a kind, then choose or drop the file: it is checked at once. The core first reads the
 * file without writing (a dry run) and the form shows its counts against the latest version of
 * the same list; a list that shrank by more than 5 % or re-issues a publication date needs a
 * reason. Reading can take seconds: the core's progress events drive a bar meanwhile.
 */
export function ImportDatasetForm({ onImported }: ImportDatasetFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const baseId = useId();
  const chooser = useRef<FileChooserHandle>(null);
  const form = useZodForm(importFieldsSchema, { defaultValues: { kind: 'un', vintage: '' } });
  const { register, control } = form;
  const kind: DatasetKind = useWatch({ control, name: 'kind' });
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const busy = outcome.kind === 'checking' || outcome.kind === 'importing' || outcome.kind === 'preview';

  /** The core names files by what it was given; the person knows them by the names they chose. */
  const fail = (error: unknown, names: ReadonlyMap<string, string> = new Map()) => {
    const failure = importFailure(error);
    if (failure) {
      const file = names.get(failure.file) ?? baseName(failure.file);
      setOutcome({ kind: 'rejected', failure: { ...failure, file } });
    } else setOutcome({ kind: 'failed', message: errorText(t, error) });
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
      fail(error, new Map([[input.path, file]]));
    }
  };

  /** Files are checked with the form's fields; a wrong field is flagged and keeps them on the desktop. */
  const choose = (files: readonly File[]) => {
    if (busy) return;
    void form.handleSubmit((fields) => check(fields, files))();
  };

  const check = async ({ kind, vintage }: ImportFields, files: readonly File[]) => {
    const target = importTarget(kind, files);
    if (!target) {
      setOutcome({ kind: 'noMainFile' });
      return;
    }
    const file = target.main.name;
    const parts = Object.entries(target.ofacFiles) as [OfacPart, File][];
    const names = new Map<string, string>();
    setOutcome({ kind: 'checking', file, path: '' });
    try {
      const [path = '', ...partPaths] = await client.files.open([
        target.main,
        ...parts.map(([, part]) => part),
      ]);
      names.set(path, file);
      const ofacFiles: NonNullable<ImportInput['ofacFiles']> = {};
      parts.forEach(([role, part], index) => {
        const partPath = partPaths[index] ?? '';
        ofacFiles[role] = partPath;
        names.set(partPath, part.name);
      });
      const input: ImportInput = {
        kind,
        path,
        ...(vintage ? { vintage } : {}),
        ...(parts.length > 0 ? { ofacFiles } : {}),
      };
      setOutcome({ kind: 'checking', file, path });
      const result = await client.invoke('reference.import', { ...input, dryRun: true });
      if (!result.preview) {
        // This exact file was imported before: nothing to check, nothing written.
        setOutcome({ kind: 'done', dataset: result.dataset, imported: false });
        return;
      }
      setOutcome({ kind: 'preview', file, input, result });
    } catch (error) {
      fail(error, names);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>{t('referenceData.import.title')}</h2>
      <FileDropZone
        dropLabel={t('files.dropHere')}
        disabled={busy}
        multiple={kind === 'ofac'}
        onFiles={(files) => void choose(files)}
        testId="import-drop"
      >
        <form
          className="form import-form"
          noValidate
          // Enter in a field: a file chooser opens only from its own button, so go there.
          onSubmit={(event) => void form.handleSubmit(() => chooser.current?.focus())(event)}
        >
          <div className="import-form__fields">
            <FormField
              control={control}
              name="kind"
              id={`${baseId}-kind`}
              label={t('referenceData.import.kindLabel')}
            >
              {(props) => (
                <select {...props} {...register('kind')} className="select">
                  {DATASET_KIND_ORDER.map((option) => (
                    <option key={option} value={option}>
                      {t(`referenceData.kinds.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              control={control}
              name="vintage"
              id={`${baseId}-vintage`}
              label={t('referenceData.import.vintageLabel')}
              hint={t('referenceData.import.vintageHint')}
            >
              {(props) => (
                <input
                  {...props}
                  {...register('vintage')}
                  className="input import-form__vintage"
                  type="text"
                  dir="ltr"
                  autoComplete="off"
                />
              )}
            </FormField>
          </div>
          <div className="form__actions import-form__actions">
            <FileChooser
              ref={chooser}
              label={t('referenceData.import.choose')}
              accept={acceptFor(kind)}
              multiple={kind === 'ofac'}
              busy={busy}
              className="button button--primary"
              onFiles={(files) => void choose(files)}
              testId="import-choose"
            />
          </div>
          {kind === 'ofac' && <p className="field__hint">{t('referenceData.import.ofacFilesHint')}</p>}
          <p className="field__hint">{t('referenceData.import.dropHint')}</p>
        </form>
      </FileDropZone>
      <div className="import-form__outcome" aria-live="polite">
        {outcome.kind === 'noMainFile' && (
          <p className="alert alert--error" role="alert" data-testid="import-no-main-file">
            {t('referenceData.import.ofacMainMissing')}
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
