import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { WorkspaceFolder } from '../components/WorkspaceFolder';
import { errorText } from '../errors/errorText';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

interface UnlockScreenProps {
  directory: string;
  onUnlocked: (status: OperationOutput<'workspace.unlock'>) => void;
}

export function UnlockScreen({ directory, onUnlocked }: UnlockScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const passphraseRef = useFocusOnMount<HTMLInputElement>();
  const submittingRef = useRef(false);
  const [passphrase, setPassphrase] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refocus = () => {
    passphraseRef.current?.focus();
    passphraseRef.current?.select();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submittingRef.current) return;
    setFailure(null);
    if (passphrase.length === 0) {
      setFieldError(t('unlock.errors.passphraseRequired'));
      refocus();
      return;
    }
    submittingRef.current = true;
    setSubmitting(true);
    try {
      const status = await client.invoke('workspace.unlock', { passphrase });
      onUnlocked(status);
    } catch (error) {
      if (isAssayClientError(error, 'wrong_passphrase')) setFieldError(t('errors.wrong_passphrase'));
      else setFailure(errorText(t, error));
      refocus();
    } finally {
      submittingRef.current = false;
      setSubmitting(false);
    }
  };

  return (
    <section className="panel panel--narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('unlock.title')}</h1>
      <p>{t('unlock.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <WorkspaceFolder label={t('unlock.folderLabel')} directory={directory} />
        <ErrorAlert message={failure} />
        <Field id={`${id}-passphrase`} label={t('unlock.passphraseLabel')} error={fieldError} announceError>
          {(control) => (
            <input
              {...control}
              ref={passphraseRef}
              className="input"
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.target.value);
                setFieldError(null);
              }}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={submitting || undefined}>
            {submitting ? t('unlock.submitting') : t('unlock.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
