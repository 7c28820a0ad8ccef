import { useId, useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { FileChooser } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { everyProblem } from '../forms/fieldErrorText';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';

type Restored = OperationOutput<'workspace.restore'>;

/**
 * The contract's passphrase and target folder, and the backup file the window holds until the core
 * is given its path. The folder is the form's own requirement where this window cannot take it.
 */
function restoreSchema(needsFolder: boolean) {
  return contract['workspace.restore'].input
    .pick({ into: true, passphrase: true })
    .extend({
      file: z
        .instanceof(File)
        .nullable()
        .refine((file) => file !== null),
    })
    .refine((values) => !needsFolder || Boolean(values.into), { path: ['into'] });
}

type RestoreSchema = ReturnType<typeof restoreSchema>;
const EMPTY: z.input<RestoreSchema> = { file: null, into: undefined, passphrase: '' };

interface RestoreFromBackupProps {
  /** On the "create workspace" gate the window's own (absent) folder can take the backup. */
  state: 'absent' | 'locked';
  directory: string;
  /** After a restore into the window's own folder: the gate moves on to unlocking. */
  onRestoredHere: () => void;
}

/**
 * "Restore from a backup…" on the locked or absent workspace gate: a backup file chosen or dropped,
 * where it goes, and the passphrase the workspace had when the backup was made. On the desktop the
 * target can be a new folder named in the save dialog; a browser window can only restore into its
 * own workspace folder (its server was started on it), so it offers no other. The core verifies
 * everything before it creates the folder.
 */
export function RestoreFromBackup({ state, directory, onRestoredHere }: RestoreFromBackupProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  /** The window's own folder already holds a workspace: a backup is never restored over one. */
  const [occupied, setOccupied] = useState(false);
  const [restored, setRestored] = useState<Restored | null>(null);

  const canChooseFolder = client.files.savesWithDialog;
  // A browser window restores only here; with a workspace already here the core refuses, and says so.
  const needsFolder = state === 'locked' && canChooseFolder;
  const schema = useMemo(() => restoreSchema(needsFolder), [needsFolder]);
  const form = useZodForm(schema, { defaultValues: EMPTY });
  const { register, setValue, control } = form;
  const { isSubmitting: busy, isSubmitted } = form.formState;
  const into = useWatch({ control, name: 'into' });
  const intoHere = !into && !needsFolder;

  const chooseFile = (files: File[]) => {
    const [first] = files;
    if (!first || busy) return;
    setFailure(null);
    setValue('file', first, { shouldValidate: isSubmitted });
  };

  // A folder is not a download: only the desktop's save dialog can name one, so only it is asked.
  const chooseFolder = async () => {
    const chosen = await client.invoke('dialogs.saveFile', {
      title: t('backups.restore.folderTitle'),
      defaultName: t('backups.restore.folderDefault'),
    });
    if (!chosen.canceled && chosen.path) setValue('into', chosen.path, { shouldValidate: isSubmitted });
  };

  const restore = async ({ file, into, passphrase }: z.output<RestoreSchema>) => {
    if (!file) return;
    setFailure(null);
    setOccupied(false);
    try {
      const [path = ''] = await client.files.open([file]);
      const result = await client.invoke('workspace.restore', {
        path,
        passphrase,
        ...(into ? { into } : {}),
      });
      setValue('passphrase', '');
      setRestored(result);
      if (!into) onRestoredHere();
    } catch (error) {
      if (isAssayClientError(error, 'wrong_passphrase'))
        form.setError(
          'passphrase',
          { type: 'server', message: t('errors.wrong_passphrase') },
          { shouldFocus: true },
        );
      else if (isAssayClientError(error, 'workspace_exists') && !into) setOccupied(true);
      else {
        setFailure(error);
        applyCoreProblems(form, error, t, { formLevel: false, fields: { path: 'file' } });
      }
    }
  };

  const clearNotices = () => {
    setFailure(null);
    setOccupied(false);
  };

  if (!open) {
    return (
      <p className="restore-link">
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('backups.restore.open')}
        </button>
      </p>
    );
  }

  return (
    <section className="panel panel--narrow" aria-labelledby={`${id}-title`} data-testid="restore-backup">
      <h2 id={`${id}-title`}>{t('backups.restore.title')}</h2>
      <p>{t('backups.restore.intro')}</p>
      {restored ? (
        <p className="alert alert--info" role="status" data-testid="restore-done">
          {into
            ? t('backups.restore.restoredElsewhere', { directory: restored.directory })
            : t('backups.restore.restoredHere')}
        </p>
      ) : (
        <form className="form" noValidate onSubmit={submitOnce(form, restore, clearNotices)}>
          <FileDropZone
            dropLabel={t('backups.restore.drop')}
            disabled={busy}
            multiple={false}
            onFiles={chooseFile}
            testId="restore-drop"
          >
            <FormField
              control={control}
              name="file"
              id={`${id}-file`}
              label={t('backups.restore.fileLabel')}
              words={everyProblem(t('backups.restore.fileRequired'))}
            >
              {(props) => (
                <Controller
                  control={control}
                  name="file"
                  render={({ field }) => (
                    <div className="file-choice">
                      <output {...props} data-testid="restore-file">
                        {field.value ? <bdi>{field.value.name}</bdi> : t('backups.restore.noFile')}
                      </output>{' '}
                      <FileChooser
                        ref={field.ref}
                        label={t('backups.restore.chooseFile')}
                        accept=".assaybackup"
                        busy={busy}
                        onFiles={chooseFile}
                        testId="restore-choose-file"
                      />
                    </div>
                  )}
                />
              )}
            </FormField>
          </FileDropZone>
          <FormField
            control={control}
            name="into"
            id={`${id}-into`}
            label={t('backups.restore.targetLabel')}
            words={everyProblem(t('backups.restore.folderRequired'))}
          >
            {(props) => (
              <div className="file-choice">
                <output {...props} data-testid="restore-into">
                  {into ? (
                    <bdi dir="ltr">{into}</bdi>
                  ) : intoHere ? (
                    <>
                      {t('backups.restore.targetHere')} <bdi dir="ltr">{directory}</bdi>
                    </>
                  ) : (
                    t('backups.restore.noFolder')
                  )}
                </output>{' '}
                {canChooseFolder && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => void chooseFolder()}
                  >
                    {t('backups.restore.chooseFolder')}
                  </button>
                )}
              </div>
            )}
          </FormField>
          {!canChooseFolder && (
            <p className="field__hint" data-testid="restore-here-only">
              {t('backups.restore.browserHereOnly')}
            </p>
          )}
          <FormField
            control={control}
            name="passphrase"
            id={`${id}-passphrase`}
            label={t('backups.restore.passphraseLabel')}
            hint={t('backups.restore.passphraseHint')}
            words={{ required: t('backups.restore.passphraseRequired') }}
            announceError
          >
            {(props) => (
              <input
                {...props}
                {...register('passphrase')}
                className="input"
                type="password"
                autoComplete="off"
              />
            )}
          </FormField>
          {occupied && (
            <div className="alert alert--error" role="alert" data-testid="restore-occupied">
              <p className="alert__text">{t('backups.restore.occupied')}</p>
              <p className="alert__detail">
                <bdi dir="ltr">{directory}</bdi>
              </p>
            </div>
          )}
          {failure !== null && <ErrorWithDetail error={failure} summary={t('backups.restore.failed')} />}
          <div className="form__actions">
            <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
              {busy ? t('backups.restore.submitting') : t('backups.restore.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('backups.restore.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
