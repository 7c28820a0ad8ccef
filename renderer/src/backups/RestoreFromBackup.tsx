import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { Field } from '../components/Field';

type Restored = OperationOutput<'workspace.restore'>;

interface RestoreFromBackupProps {
  /** On the "create workspace" gate the window's own (absent) folder can take the backup. */
  state: 'absent' | 'locked';
  directory: string;
  /** After a restore into the window's own folder: the gate moves on to unlocking. */
  onRestoredHere: () => void;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * "Restore from a backup…" on the locked or absent workspace gate: a backup file chosen in an open
 * dialog, a new folder named in a save dialog (or, with no workspace yet, this window's own folder),
 * and the passphrase the workspace had when the backup was made. The core verifies everything
 * before it creates the folder.
 */
export function RestoreFromBackup({ state, directory, onRestoredHere }: RestoreFromBackupProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const busyRef = useRef(false);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<string | null>(null);
  const [into, setInto] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ file?: string; into?: string; passphrase?: string }>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [restored, setRestored] = useState<Restored | null>(null);

  const chooseFile = async () => {
    const picked = await client.invoke('dialogs.pickFiles', {
      title: t('backups.restore.pickTitle'),
      filters: [{ name: t('backups.restore.fileFilter'), extensions: ['assaybackup'] }],
    });
    const [first] = picked.paths;
    if (!picked.canceled && first) {
      setFile(first);
      setFieldErrors((errors) => ({ ...errors, file: undefined }));
    }
  };

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
    const errors = {
      file: file ? undefined : t('backups.restore.fileRequired'),
      into: into || state === 'absent' ? undefined : t('backups.restore.folderRequired'),
      passphrase: passphrase ? undefined : t('backups.restore.passphraseRequired'),
    };
    setFieldErrors(errors);
    if (!file || errors.into || errors.passphrase) return;
    busyRef.current = true;
    setBusy(true);
    try {
      const result = await client.invoke('workspace.restore', {
        path: file,
        passphrase,
        ...(into ? { into } : {}),
      });
      setPassphrase('');
      setRestored(result);
      if (!into) onRestoredHere();
    } catch (error) {
      if (isAssayClientError(error, 'wrong_passphrase'))
        setFieldErrors({ passphrase: t('errors.wrong_passphrase') });
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
          <Field id={`${id}-file`} label={t('backups.restore.fileLabel')} error={fieldErrors.file ?? null}>
            {(control) => (
              <div className="file-choice">
                <output {...control} data-testid="restore-file">
                  {file ? <bdi title={file}>{fileName(file)}</bdi> : t('backups.restore.noFile')}
                </output>{' '}
                <button type="button" className="button button--secondary" onClick={() => void chooseFile()}>
                  {t('backups.restore.chooseFile')}
                </button>
              </div>
            )}
          </Field>
          <Field id={`${id}-into`} label={t('backups.restore.targetLabel')} error={fieldErrors.into ?? null}>
            {(control) => (
              <div className="file-choice">
                <output {...control} data-testid="restore-into">
                  {into ? (
                    <bdi dir="ltr">{into}</bdi>
                  ) : state === 'absent' ? (
                    <>
                      {t('backups.restore.targetHere')} <bdi dir="ltr">{directory}</bdi>
                    </>
                  ) : (
                    t('backups.restore.noFolder')
                  )}
                </output>{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void chooseFolder()}
                >
                  {t('backups.restore.chooseFolder')}
                </button>
              </div>
            )}
          </Field>
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
