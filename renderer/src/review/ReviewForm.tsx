import { useEffect, useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { everyProblem, fieldErrorText } from '../forms/fieldErrorText';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { groupFingerprint } from '../signing/fingerprint';
import { useIdentityChoice } from '../signing/useIdentityChoice';
import { derivedName, type ChosenReport } from './reviewFileNames';

export type Countersigned = OperationOutput<'report.countersign'>;

const CONCLUSIONS = ['concur', 'do-not-concur'] as const;
export const MAX_COMMENT = 2000;

// The contract's own schema is the form's validation: what passes here passes the core.
const reviewSchema = contract['report.countersign'].input.pick({
  identity: true,
  conclusion: true,
  comment: true,
});
type ReviewValues = z.output<typeof reviewSchema>;

interface ReviewFormProps {
  /** The signed report being reviewed. */
  report: ChosenReport;
  onSigned: (signed: { result: Countersigned; savedAs: string }) => void;
  onOpenIdentities: () => void;
}

/** The reviewer's statement on a signed report; the countersigned copy is saved or downloaded. */
export function ReviewForm({ report, onSigned, onOpenIdentities }: ReviewFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const fieldId = (field: keyof ReviewValues) => `${baseId}-${field}`;
  const [failure, setFailure] = useState<unknown>(null);
  const { identities, identity, setIdentity } = useIdentityChoice(setFailure);
  const form = useZodForm(reviewSchema, { defaultValues: { identity, comment: '' } });
  const { register, setValue, control } = form;
  const { isSubmitting: busy, errors } = form.formState;
  const comment = useWatch({ control, name: 'comment' }) ?? '';
  const conclusionError = fieldErrorText(errors.conclusion, everyProblem(t('review.sign.errors.conclusion')));

  // The identity list chooses the default signer; the form follows it.
  useEffect(() => setValue('identity', identity), [identity, setValue]);

  const countersign = async (values: ReviewValues) => {
    setFailure(null);
    try {
      const saved = await client.files.saveAs(
        { title: t('review.sign.saveTitle'), defaultName: derivedName(report.name, 'reviewed', 'pdf') },
        (outPath) => client.invoke('report.countersign', { ...values, path: report.path, outPath }),
      );
      if (saved) onSigned(saved);
    } catch (error) {
      setFailure(error);
      applyCoreProblems(form, error, t, { formLevel: false });
    }
  };

  if (identities !== null && identities.length === 0)
    return (
      <div className="notice notice--warning" data-testid="no-identity">
        <p className="notice__title">{t('review.sign.noIdentity')}</p>
        <button type="button" className="link-button" onClick={onOpenIdentities}>
          {t('review.sign.openIdentities')}
        </button>
      </div>
    );

  const commentLength = comment.trim().length;
  return (
    <form
      className="form"
      noValidate
      onSubmit={submitOnce(form, countersign, () => setFailure(null))}
      aria-busy={busy}
    >
      <ErrorWithDetail error={failure} summary={t('review.sign.failed')} />
      {identities === null && !failure && <p className="muted">{t('common.loading')}</p>}
      {identities !== null && (
        <FormField
          control={control}
          name="identity"
          id={fieldId('identity')}
          label={t('review.sign.identityLabel')}
          hint={
            <>
              {t('review.sign.identityHint')} <code dir="ltr">{groupFingerprint(identity)}</code>
            </>
          }
          words={everyProblem(t('review.sign.errors.identity'))}
          required
        >
          {(props) => (
            <select
              {...props}
              {...register('identity', {
                onChange: (event: { target: HTMLSelectElement }) => setIdentity(event.target.value),
              })}
              className="select"
            >
              {identities.map((candidate) => (
                <option key={candidate.fingerprint} value={candidate.fingerprint}>
                  {candidate.commonName} — {candidate.organisation} ({candidate.fingerprint.slice(0, 8)})
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <fieldset
        className="fieldset"
        aria-describedby={conclusionError ? `${fieldId('conclusion')}-error` : undefined}
      >
        <legend className="fieldset__legend">{t('review.sign.conclusionLabel')}</legend>
        {conclusionError && (
          <p id={`${fieldId('conclusion')}-error`} className="field__error">
            {conclusionError}
          </p>
        )}
        <div className="radio-group">
          {CONCLUSIONS.map((value) => (
            <div key={value} className="radio">
              <input
                type="radio"
                id={`${fieldId('conclusion')}-${value}`}
                value={value}
                aria-invalid={conclusionError ? true : undefined}
                {...register('conclusion')}
              />
              <label htmlFor={`${fieldId('conclusion')}-${value}`}>{t(`review.conclusion.${value}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <FormField
        control={control}
        name="comment"
        id={fieldId('comment')}
        label={t('review.sign.commentLabel')}
        hint={t('review.sign.commentHint', { max: MAX_COMMENT })}
        words={everyProblem(t('review.sign.errors.comment', { max: MAX_COMMENT }))}
      >
        {(props) => (
          <>
            <textarea {...props} {...register('comment')} className="textarea" dir="auto" />
            <p className={`counter${commentLength > MAX_COMMENT ? ' field__error' : ''}`} aria-live="polite">
              {t('review.sign.commentCount', { length: commentLength, max: MAX_COMMENT })}
            </p>
          </>
        )}
      </FormField>
      {busy && (
        <p role="status" className="muted">
          {t('review.sign.busy')}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t('review.sign.signing') : t('review.sign.submit')}
        </button>
      </div>
    </form>
  );
}
