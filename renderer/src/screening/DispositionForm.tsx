import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { disposeHitInputSchema } from '../../../assessments/screening/schemas';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import type { Hit } from './screeningTypes';

interface DispositionFormProps {
  hit: Hit;
  onDisposed: (result: OperationOutput<'screening.dispose'>) => void;
  onCancel?: () => void;
}

/** True match or false positive, with the reason; the STOP consequence is stated before saving. */
export function DispositionForm({ hit, onDisposed, onCancel }: DispositionFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useZodForm(disposeHitInputSchema, {
    defaultValues: { hitId: hit.id, disposition: hit.disposition ?? undefined, reason: hit.reason ?? '' },
  });
  const { errors, isSubmitting } = form.formState;
  const disposition = form.watch('disposition');
  const reasonError = errors.reason
    ? errors.reason.type === 'tooLong'
      ? (errors.reason.message ?? t('screening.disposition.reasonRequired'))
      : t('screening.disposition.reasonRequired')
    : null;

  const submit = submitOnce(form, async (values) => {
    setFailure(null);
    try {
      onDisposed(await client.invoke('screening.dispose', values));
    } catch (error) {
      setFailure(errorText(t, error));
    }
  });

  const reasonIds = [reasonError ? `${baseId}-reason-error` : null, `${baseId}-reason-hint`]
    .filter(Boolean)
    .join(' ');
  return (
    <form className="form disposition" noValidate onSubmit={submit}>
      <ErrorAlert message={failure} />
      <fieldset
        className="disposition__choices"
        aria-describedby={errors.disposition ? `${baseId}-choice-error` : undefined}
      >
        <legend className="field__label">{t('screening.disposition.legend')}</legend>
        <label className="checkbox" htmlFor={`${baseId}-true`}>
          <input id={`${baseId}-true`} type="radio" value="true-match" {...form.register('disposition')} />
          {t('screening.disposition.trueMatch')}
        </label>
        <label className="checkbox" htmlFor={`${baseId}-false`}>
          <input
            id={`${baseId}-false`}
            type="radio"
            value="false-positive"
            {...form.register('disposition')}
          />
          {t('screening.disposition.falsePositive')}
        </label>
        {errors.disposition && (
          <p id={`${baseId}-choice-error`} className="field__error">
            {t('screening.disposition.chooseRequired')}
          </p>
        )}
      </fieldset>
      {disposition === 'true-match' && (
        <p className="alert alert--stop" data-testid="true-match-warning">
          {t('screening.disposition.trueMatchWarning')}
        </p>
      )}
      <div className="field">
        <div className="field__label-row">
          <label htmlFor={`${baseId}-reason`} className="field__label">
            {t('screening.disposition.reasonLabel')}
          </label>
          <span className="field__required" aria-hidden="true">
            {t('form.required')}
          </span>
        </div>
        <p id={`${baseId}-reason-hint`} className="field__hint">
          {t('screening.disposition.reasonHint')}
        </p>
        <textarea
          id={`${baseId}-reason`}
          className="textarea disposition__reason"
          dir="auto"
          rows={3}
          aria-required
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonIds}
          {...form.register('reason')}
        />
        {reasonError && (
          <p id={`${baseId}-reason-error`} className="field__error">
            {reasonError}
          </p>
        )}
      </div>
      <div className="form__actions">
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('screening.disposition.cancelChange')}
          </button>
        )}
        <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
          {isSubmitting ? t('screening.disposition.saving') : t('screening.disposition.save')}
        </button>
      </div>
    </form>
  );
}
