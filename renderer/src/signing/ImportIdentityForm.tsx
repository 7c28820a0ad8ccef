import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { Field } from '../components/Field';

interface ImportIdentityFormProps {
  onImported: (identity: OperationOutput<'identity.import'>) => void;
}

/** A PKCS#12 file chosen through the core's file dialog; its password is used once and not kept. */
export function ImportIdentityForm({ onImported }: ImportIdentityFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [path, setPath] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const choose = async () => {
    setFailure(null);
    try {
      const picked = await client.invoke('dialogs.pickFiles', {
        title: t('signing.import.pickTitle'),
        filters: [{ name: 'PKCS#12', extensions: ['p12', 'pfx'] }],
      });
      if (!picked.canceled && picked.paths[0]) {
        setPath(picked.paths[0]);
        setFileError(null);
      }
    } catch (error) {
      setFailure(error);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!path) {
      setFileError(t('signing.import.fileRequired'));
      document.getElementById(`${baseId}-file`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const identity = await client.invoke('identity.import', { path, password });
      setPath(null);
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
      <div className="field">
        <p className="field__label" id={`${baseId}-file-label`}>
          {t('signing.import.fileLabel')}
        </p>
        <p className="file-choice" data-testid="p12-path">
          {path ? <bdi dir="ltr">{path}</bdi> : <span className="muted">{t('signing.import.noFile')}</span>}
        </p>
        <button
          id={`${baseId}-file`}
          type="button"
          className="button button--secondary"
          aria-describedby={fileError ? `${baseId}-file-error` : `${baseId}-file-label`}
          onClick={() => void choose()}
        >
          {t('signing.import.choose')}
        </button>
        {fileError && (
          <p id={`${baseId}-file-error`} className="field__error">
            {fileError}
          </p>
        )}
      </div>
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
