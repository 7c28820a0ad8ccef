import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { Field } from '../components/Field';
import { FileChooser } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';

type Restored = OperationOutput<'workspace.restore'>;

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
  const busyRef = useRef(false);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [into, setInto] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ file?: string; into?: string; passphrase?: string }>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  /** The window's own folder already holds a workspace: a backup is never restored over one. */
  const [occupied, setOccupied] = useState(false);
  const [restored, setRestored] = useState<Restored | null>(null);

  const canChooseFolder = client.files.savesWithDialog;
  // A browser window restores only here; with a workspace already here the core refuses, and says so.
  const intoHere = !into && (state === 'absent' || !canChooseFolder);

  const chooseFile = (files: File[]) => {
    const [first] = files;
    if (!first || busyRef.current) return;
    setFile(first);
    setFailure(null);
    setFieldErrors((errors) => ({ ...errors, file: undefined }));
  };

  // A folder is not a download: only the desktop's save dialog can name one, so only it is asked.
  const chooseFolder = async () => {
    const chosen = await client.invoke('dialogs.saveFile', {
      title: t('backups.restore.folderTitle'),
      defaultName: t('backups.restore.folderDefault'),
    });
    if (!chosen.canceled && chosen.path) {
      setInto(chosen.path);
      setFieldErrors((errors) => ({ ...errors, into: undefined }));
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busyRef.current) return;
    setFailure(null);
    setOccupied(false);
    const errors = {
      file: file ? undefined : t('backups.restore.fileRequired'),
      into: into || intoHere ? undefined : t('backups.restore.folderRequired'),
      passphrase: passphrase ? undefined : t('backups.restore.passphraseRequired'),
    };
    setFieldErrors(errors);
    if (!file || errors.into || errors.passphrase) return;
    busyRef.current = true;
    setBusy(true);
    try {
      const [path = ''] = await client.files.open([file]);
      const result = await client.invoke('workspace.restore', {
        path,
        passphrase,
        ...(into ? { into } : {}),
      });
      setPassphrase('');
      setRestored(result);
      if (!into) onRestoredHere();
    } catch (error) {
      if (isAssayClientError(error, 'wrong_passphrase'))
        setFieldErrors({ passphrase: t('errors.wrong_passphrase') });
      else if (isAssayClientError(error, 'workspace_exists') && !into) setOccupied(true);
      else setFailure(error);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
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
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <FileDropZone
            dropLabel={t('backups.restore.drop')}
            disabled={busy}
            multiple={false}
            onFiles={chooseFile}
            testId="restore-drop"
          >
            <Field id={`${id}-file`} label={t('backups.restore.fileLabel')} error={fieldErrors.file ?? null}>
              {(control) => (
                <div className="file-choice">
                  <output {...control} data-testid="restore-file">
                    {file ? <bdi>{file.name}</bdi> : t('backups.restore.noFile')}
                  </output>{' '}
                  <FileChooser
                    label={t('backups.restore.chooseFile')}
                    accept=".assaybackup"
                    busy={busy}
                    onFiles={chooseFile}
                    testId="restore-choose-file"
                  />
                </div>
              )}
            </Field>
          </FileDropZone>
          <Field id={`${id}-into`} label={t('backups.restore.targetLabel')} error={fieldErrors.into ?? null}>
            {(control) => (
              <div className="file-choice">
                <output {...control} data-testid="restore-into">
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
          </Field>
          {!canChooseFolder && (
            <p className="field__hint" data-testid="restore-here-only">
              {t('backups.restore.browserHereOnly')}
            </p>
          )}
          <Field
            id={`${id}-passphrase`}
            label={t('backups.restore.passphraseLabel')}
            hint={t('backups.restore.passphraseHint')}
            error={fieldErrors.passphrase ?? null}
            announceError
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(event) => {
                  setPassphrase(event.target.value);
                  setFieldErrors((errors) => ({ ...errors, passphrase: undefined }));
                }}
              />
            )}
          </Field>
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
