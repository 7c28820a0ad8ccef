import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { disposeHitInputSchema } from '../../../assessments/screening/schemas';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import type { Hit } from './screeningTypes';

type Disposition = NonNullable<Hit['disposition']>;

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
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [disposition, setDisposition] = useState<Disposition | null>(hit.disposition);
  const [reason, setReason] = useState(hit.reason ?? '');
  const [problems, setProblems] = useState<{ disposition?: boolean; reason?: boolean }>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const checked = disposeHitInputSchema.safeParse({ hitId: hit.id, disposition, reason });
    if (!checked.success) {
      const found = {
        disposition: checked.error.issues.some((issue) => issue.path[0] === 'disposition'),
        reason: checked.error.issues.some((issue) => issue.path[0] === 'reason'),
      };
      flushSync(() => setProblems(found));
      if (found.disposition) document.getElementById(`${baseId}-true`)?.focus();
      else reasonRef.current?.focus();
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      onDisposed(await client.invoke('screening.dispose', checked.data));
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  };

  const reasonIds = [problems.reason ? `${baseId}-reason-error` : null, `${baseId}-reason-hint`]
    .filter(Boolean)
    .join(' ');
  return (
    <form className="form disposition" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorAlert message={failure} />
      <fieldset
        className="disposition__choices"
        aria-describedby={problems.disposition ? `${baseId}-choice-error` : undefined}
      >
        <legend className="field__label">{t('screening.disposition.legend')}</legend>
        <label className="checkbox" htmlFor={`${baseId}-true`}>
          <input
            id={`${baseId}-true`}
            type="radio"
            name={`${baseId}-disposition`}
            value="true-match"
            checked={disposition === 'true-match'}
            onChange={() => setDisposition('true-match')}
          />
          {t('screening.disposition.trueMatch')}
        </label>
        <label className="checkbox" htmlFor={`${baseId}-false`}>
          <input
            id={`${baseId}-false`}
            type="radio"
            name={`${baseId}-disposition`}
            value="false-positive"
            checked={disposition === 'false-positive'}
            onChange={() => setDisposition('false-positive')}
          />
          {t('screening.disposition.falsePositive')}
        </label>
        {problems.disposition && (
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
          ref={reasonRef}
          className="textarea disposition__reason"
          dir="auto"
          rows={3}
          aria-required
          aria-invalid={problems.reason || undefined}
          aria-describedby={reasonIds}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {problems.reason && (
          <p id={`${baseId}-reason-error`} className="field__error">
            {t('screening.disposition.reasonRequired')}
          </p>
        )}
      </div>
      <div className="form__actions">
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('screening.disposition.cancelChange')}
          </button>
        )}
        <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
          {saving ? t('screening.disposition.saving') : t('screening.disposition.save')}
        </button>
      </div>
    </form>
  );
}
