import { useEffect, useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { contract } from '../../../assessments/api/contract';
import { MIN_PASSPHRASE_LENGTH } from '../../../assessments/workspace/schemas';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import type { ControlProps } from '../components/Field';
import { PassphraseStrengthMeter } from '../components/PassphraseStrengthMeter';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { FormError } from '../forms/FormError';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';

/** The contract decides what a valid change is; the confirmation is the form's own rule. */
const changePassphraseFormSchema = contract['workspace.changePassphrase'].input
  .safeExtend({ confirm: z.string() })
  .refine((values) => values.confirm === values.next, { path: ['confirm'] });

type ChangePassphraseValues = z.output<typeof changePassphraseFormSchema>;
type PassphraseField = keyof ChangePassphraseValues;

const EMPTY: ChangePassphraseValues = { current: '', next: '', confirm: '' };

/** Re-wraps the workspace key under a new passphrase; the data itself is not re-encrypted. */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [reveal, setReveal] = useState(false);
  const [changed, setChanged] = useState(false);
  const form = useZodForm(changePassphraseFormSchema, { defaultValues: EMPTY });
  const { register, setError, control, reset } = form;
  const { isSubmitting } = form.formState;
  const next = useWatch({ control, name: 'next' });
  const fieldId = (field: PassphraseField) => `${id}-${field}`;

  // "Changed" describes the passphrase just saved; typing starts another change.
  useEffect(() => {
    const subscription = form.watch(() => setChanged(false));
    return () => subscription.unsubscribe();
  }, [form]);

  const change = async ({ current, next }: ChangePassphraseValues) => {
    try {
      await client.invoke('workspace.changePassphrase', { current, next });
      reset(EMPTY);
      setChanged(true);
    } catch (error) {
      if (isAssayClientError(error, 'wrong_passphrase'))
        setError(
          'current',
          { type: 'server', message: t('security.errors.currentWrong') },
          { shouldFocus: true },
        );
      else applyCoreProblems(form, error, t);
    }
  };

  const type = reveal ? 'text' : 'password';
  const input = (field: PassphraseField, autoComplete: string) =>
    function PassphraseInput(props: ControlProps) {
      return (
        <input {...props} {...register(field)} className="input" type={type} autoComplete={autoComplete} />
      );
    };

  return (
    <form className="form" noValidate onSubmit={submitOnce(form, change)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('security.changeHeading')}</h3>
      <FormError control={control} />
      <FormField
        control={control}
        name="current"
        id={fieldId('current')}
        label={t('security.currentLabel')}
        required
        words={{ required: t('security.errors.currentRequired') }}
        announceError
      >
        {input('current', 'current-password')}
      </FormField>
      <FormField
        control={control}
        name="next"
        id={fieldId('next')}
        label={t('security.newLabel')}
        hint={t('createWorkspace.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        required
        words={{
          tooShort: t('security.errors.tooShort', { min: MIN_PASSPHRASE_LENGTH }),
          invalid: t('security.errors.sameAsCurrent'),
        }}
        describedBy={[`${id}-strength`]}
      >
        {(props) => (
          <>
            {input('next', 'new-password')(props)}
            <PassphraseStrengthMeter id={`${id}-strength`} passphrase={next} />
          </>
        )}
      </FormField>
      <FormField
        control={control}
        name="confirm"
        id={fieldId('confirm')}
        label={t('security.confirmLabel')}
        required
        words={{ invalid: t('security.errors.confirmMismatch') }}
      >
        {input('confirm', 'new-password')}
      </FormField>
      <label className="checkbox">
        <input type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} />
        {t('security.show')}
      </label>
      <div className="form__actions form__actions--start">
        <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
          {isSubmitting ? t('security.submitting') : t('security.submit')}
        </button>
        <p className="form__status" role="status" data-testid="passphrase-status">
          {changed ? t('security.changed') : ''}
        </p>
      </div>
    </form>
  );
}
