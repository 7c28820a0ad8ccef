import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { WorkspaceFolder } from '../components/WorkspaceFolder';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { FormError } from '../forms/FormError';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

const unlockSchema = contract['workspace.unlock'].input;

interface UnlockScreenProps {
  directory: string;
  onUnlocked: (status: OperationOutput<'workspace.unlock'>) => void;
}

export function UnlockScreen({ directory, onUnlocked }: UnlockScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const form = useZodForm(unlockSchema, { defaultValues: { passphrase: '' } });
  const { register, setError, control } = form;
  const { isSubmitting } = form.formState;
  const passphraseRef = useFocusOnMount<HTMLInputElement>();
  const { ref: passphraseField, ...passphraseProps } = register('passphrase');

  const unlock = async (values: z.output<typeof unlockSchema>) => {
    try {
      onUnlocked(await client.invoke('workspace.unlock', values));
    } catch (error) {
      if (isAssayClientError(error, 'wrong_passphrase'))
        setError('passphrase', { type: 'server', message: t('errors.wrong_passphrase') });
      else applyCoreProblems(form, error, t);
      // Selected, so typing the passphrase again replaces the wrong one.
      passphraseRef.current?.focus();
      passphraseRef.current?.select();
    }
  };

  return (
    <section className="panel panel--narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('unlock.title')}</h1>
      <p>{t('unlock.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => submitOnce(form, unlock)(event)}>
        <WorkspaceFolder label={t('unlock.folderLabel')} directory={directory} />
        <FormError control={control} />
        <FormField
          control={control}
          name="passphrase"
          id={`${id}-passphrase`}
          label={t('unlock.passphraseLabel')}
          words={{ required: t('unlock.errors.passphraseRequired') }}
          announceError
        >
          {(props) => (
            <input
              {...props}
              {...passphraseProps}
              ref={(element) => {
                passphraseField(element);
                passphraseRef.current = element;
              }}
              className="input"
              type="password"
              autoComplete="current-password"
            />
          )}
        </FormField>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? t('unlock.submitting') : t('unlock.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
