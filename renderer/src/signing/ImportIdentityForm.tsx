import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { Field } from '../components/Field';
import { FileChooser, type FileChooserHandle } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';

interface ImportIdentityFormProps {
  onImported: (identity: OperationOutput<'identity.import'>) => void;
}

/** A PKCS#12 file chosen or dropped here; its password is used once and not kept. */
export function ImportIdentityForm({ onImported }: ImportIdentityFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const chooserRef = useRef<FileChooserHandle>(null);
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const choose = (files: File[]) => {
    const [first] = files;
    if (!first || busy) return;
    setFailure(null);
    setFile(first);
    setFileError(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!file) {
      setFileError(t('signing.import.fileRequired'));
      chooserRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      // Handed to the core only now: a file chosen and then replaced is never read.
      const [path = ''] = await client.files.open([file]);
      const identity = await client.invoke('identity.import', { path, password });
      setFile(null);
      setPassword('');
      onImported(identity);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <ErrorWithDetail error={failure} summary={t('signing.import.failed')} />
      <FileDropZone
        dropLabel={t('signing.import.drop')}
        disabled={busy}
        multiple={false}
        onFiles={choose}
        className="field"
        testId="p12-drop"
      >
        {/* The group's name and the chosen file give the chooser button its context. */}
        <div
          role="group"
          aria-labelledby={`${baseId}-file-label`}
          aria-describedby={`${baseId}-file-chosen${fileError ? ` ${baseId}-file-error` : ''}`}
        >
          <p className="field__label" id={`${baseId}-file-label`}>
            {t('signing.import.fileLabel')}
          </p>
          <p className="file-choice" id={`${baseId}-file-chosen`} data-testid="p12-file" aria-live="polite">
            {file ? <bdi>{file.name}</bdi> : <span className="muted">{t('signing.import.noFile')}</span>}
          </p>
          <FileChooser
            ref={chooserRef}
            label={t('signing.import.choose')}
            accept=".p12,.pfx,application/x-pkcs12"
            busy={busy}
            onFiles={choose}
            testId="p12-choose"
          />
          {fileError && (
            <p id={`${baseId}-file-error`} className="field__error" role="alert">
              {fileError}
            </p>
          )}
        </div>
      </FileDropZone>
      <Field
        id={`${baseId}-password`}
        label={t('signing.import.passwordLabel')}
        hint={t('signing.import.passwordHint')}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="off"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t('signing.import.submitting') : t('signing.import.submit')}
        </button>
      </div>
    </form>
  );
}
