import { useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { MIN_PASSPHRASE_LENGTH } from '../../../assessments/workspace/schemas';
import { useClient } from '../client/ClientContext';
import { PassphraseStrengthMeter } from '../components/PassphraseStrengthMeter';
import { WorkspaceFolder } from '../components/WorkspaceFolder';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { FormError } from '../forms/FormError';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

/** The contract checks name and passphrase; only the confirmation is the form's own rule. */
const createWorkspaceFormSchema = contract['workspace.create'].input
  .extend({ confirm: z.string() })
  .refine((values) => values.confirm === values.passphrase, { path: ['confirm'] });

type CreateWorkspaceValues = z.output<typeof createWorkspaceFormSchema>;

interface CreateWorkspaceScreenProps {
  directory: string;
  onCreated: (status: OperationOutput<'workspace.create'>) => void;
}

export function CreateWorkspaceScreen({ directory, onCreated }: CreateWorkspaceScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [reveal, setReveal] = useState(false);
  const form = useZodForm(createWorkspaceFormSchema, {
    defaultValues: { assessorName: '', passphrase: '', confirm: '' },
  });
  const { register, control } = form;
  const nameRef = useFocusOnMount<HTMLInputElement>();
  const { ref: nameField, ...nameProps } = register('assessorName');
  const { isSubmitting } = form.formState;
  const [assessorName, passphrase] = useWatch({
    control: form.control,
    name: ['assessorName', 'passphrase'],
  });
  const fieldId = (field: keyof CreateWorkspaceValues) => `${id}-${field}`;
  const strengthId = `${id}-strength`;

  const create = async ({ assessorName, passphrase }: CreateWorkspaceValues) => {
    try {
      onCreated(await client.invoke('workspace.create', { assessorName, passphrase }));
    } catch (error) {
      applyCoreProblems(form, error, t);
    }
  };

  const passwordType = reveal ? 'text' : 'password';
  return (
    <section className="panel panel--narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('createWorkspace.title')}</h1>
      <p>{t('createWorkspace.intro')}</p>
      <form className="form" noValidate onSubmit={submitOnce(form, create)}>
        <WorkspaceFolder label={t('createWorkspace.folderLabel')} directory={directory} />
        <FormError control={control} />
        <FormField
          control={control}
          name="assessorName"
          id={fieldId('assessorName')}
          label={t('createWorkspace.assessorLabel')}
          hint={t('createWorkspace.assessorHint')}
          required
          words={{ required: t('createWorkspace.errors.assessorRequired') }}
        >
          {(props) => (
            <input
              {...props}
              {...nameProps}
              ref={(element) => {
                nameField(element);
                nameRef.current = element;
              }}
              className="input"
              type="text"
              dir="auto"
              autoComplete="name"
            />
          )}
        </FormField>
        <FormField
          control={control}
          name="passphrase"
          id={fieldId('passphrase')}
          label={t('createWorkspace.passphraseLabel')}
          hint={t('createWorkspace.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          required
          words={{ tooShort: t('createWorkspace.errors.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH }) }}
          describedBy={[strengthId]}
        >
          {(props) => (
            <>
              <input
                {...props}
                {...register('passphrase')}
                className="input"
                type={passwordType}
                autoComplete="new-password"
              />
              <PassphraseStrengthMeter id={strengthId} passphrase={passphrase} userInputs={[assessorName]} />
            </>
          )}
        </FormField>
        <FormField
          control={control}
          name="confirm"
          id={fieldId('confirm')}
          label={t('createWorkspace.confirmLabel')}
          required
          words={{ invalid: t('createWorkspace.errors.confirmMismatch') }}
        >
          {(props) => (
            <input
              {...props}
              {...register('confirm')}
              className="input"
              type={passwordType}
              autoComplete="new-password"
            />
          )}
        </FormField>
        <label className="checkbox">
          <input type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} />
          {t('createWorkspace.showPassphrase')}
        </label>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? t('createWorkspace.submitting') : t('createWorkspace.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
