import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { everyProblem } from '../forms/fieldErrorText';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';

// The contract's own schema is the form's validation: what passes here passes the core.
const createIdentitySchema = contract['identity.create'].input;
type CreateIdentityValues = z.input<typeof createIdentitySchema>;
type TextField = 'name' | 'organisation' | 'email';

const EMPTY: CreateIdentityValues = { name: '', organisation: '', email: '', validityYears: 3 };

interface CreateIdentityFormProps {
  onCreated: (identity: OperationOutput<'identity.create'>) => void;
}

/** A new key pair and self-signed certificate in the assessor's name, kept encrypted in the workspace. */
export function CreateIdentityForm({ onCreated }: CreateIdentityFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useZodForm(createIdentitySchema, { defaultValues: EMPTY });
  const { register, reset, control } = form;
  const { isSubmitting } = form.formState;
  const fieldId = (field: keyof CreateIdentityValues) => `${baseId}-${field}`;

  const create = async (values: z.output<typeof createIdentitySchema>) => {
    setFailure(null);
    try {
      const identity = await client.invoke('identity.create', values);
      reset(EMPTY);
      onCreated(identity);
    } catch (error) {
      setFailure(error);
      applyCoreProblems(form, error, t, { formLevel: false });
    }
  };

  const text = (field: TextField, type: string, autoComplete: string) => (
    <FormField
      control={control}
      name={field}
      id={fieldId(field)}
      label={t(`signing.create.${field}Label`)}
      required
      words={
        field === 'email'
          ? everyProblem(t('signing.create.errors.email'))
          : { required: t(`signing.create.errors.${field}`) }
      }
    >
      {(props) => (
        <input
          {...props}
          {...register(field)}
          className="input"
          type={type}
          dir={type === 'email' ? 'ltr' : 'auto'}
          autoComplete={autoComplete}
        />
      )}
    </FormField>
  );

  return (
    <form
      className="form"
      noValidate
      onSubmit={submitOnce(form, create, () => setFailure(null))}
      aria-busy={isSubmitting}
    >
      <ErrorWithDetail error={failure} summary={t('signing.create.failed')} />
      {text('name', 'text', 'name')}
      {text('organisation', 'text', 'organization')}
      {text('email', 'email', 'email')}
      <FormField
        control={control}
        name="validityYears"
        id={fieldId('validityYears')}
        label={t('signing.create.validityLabel')}
        hint={t('signing.create.validityHint')}
        words={everyProblem(t('signing.create.errors.validity'))}
      >
        {(props) => (
          <input
            {...props}
            // Left empty, the contract's default applies.
            {...register('validityYears', {
              setValueAs: (value: string | number) => (value === '' ? undefined : Number(value)),
            })}
            className="input input--narrow"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
          />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
          {isSubmitting ? t('signing.create.submitting') : t('signing.create.submit')}
        </button>
      </div>
    </form>
  );
}
