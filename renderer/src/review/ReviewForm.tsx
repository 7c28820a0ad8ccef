import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { Field } from '../components/Field';
import { fieldProblems, type FieldProblems } from '../forms/fieldProblems';
import { groupFingerprint } from '../signing/fingerprint';
import { useIdentityChoice } from '../signing/useIdentityChoice';
import { derivedName, type ChosenReport } from './reviewFileNames';

export type Countersigned = OperationOutput<'report.countersign'>;

const FIELDS = ['identity', 'conclusion', 'comment'] as const;
type FormField = (typeof FIELDS)[number];
const CONCLUSIONS = ['concur', 'do-not-concur'] as const;
type Conclusion = (typeof CONCLUSIONS)[number];
export const MAX_COMMENT = 2000;

// The contract's own schema is the form's validation: what passes here passes the core.
const reviewSchema = contract['report.countersign'].input.pick({
  identity: true,
  conclusion: true,
  comment: true,
});

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
  const fieldId = (field: FormField) => `${baseId}-${field}`;
  const [conclusion, setConclusion] = useState<Conclusion | ''>('');
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<FieldProblems<FormField>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const { identities, identity, setIdentity } = useIdentityChoice(setFailure);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const parsed = reviewSchema.safeParse({ identity, conclusion: conclusion || undefined, comment });
    if (!parsed.success) {
      const found = fieldProblems(parsed.error.issues, FIELDS);
      flushSync(() => setProblems(found));
      const first = FIELDS.find((field) => found[field]);
      if (first === 'conclusion') document.getElementById(`${fieldId('conclusion')}-concur`)?.focus();
      else if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      const saved = await client.files.saveAs(
        { title: t('review.sign.saveTitle'), defaultName: derivedName(report.name, 'reviewed', 'pdf') },
        (outPath) => client.invoke('report.countersign', { ...parsed.data, path: report.path, outPath }),
      );
      if (saved) onSigned(saved);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
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
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <ErrorWithDetail error={failure} summary={t('review.sign.failed')} />
      {identities === null && !failure && <p className="muted">{t('common.loading')}</p>}
      {identities !== null && (
        <Field
          id={fieldId('identity')}
          label={t('review.sign.identityLabel')}
          hint={
            <>
              {t('review.sign.identityHint')} <code dir="ltr">{groupFingerprint(identity)}</code>
            </>
          }
          error={problems.identity ? t('review.sign.errors.identity') : null}
          required
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={identity}
              onChange={(event) => setIdentity(event.target.value)}
            >
              {identities.map((candidate) => (
                <option key={candidate.fingerprint} value={candidate.fingerprint}>
                  {candidate.commonName} — {candidate.organisation} ({candidate.fingerprint.slice(0, 8)})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <fieldset
        className="fieldset"
        aria-describedby={problems.conclusion ? `${fieldId('conclusion')}-error` : undefined}
      >
        <legend className="fieldset__legend">{t('review.sign.conclusionLabel')}</legend>
        {problems.conclusion && (
          <p id={`${fieldId('conclusion')}-error`} className="field__error">
            {t('review.sign.errors.conclusion')}
          </p>
        )}
        <div className="radio-group">
          {CONCLUSIONS.map((value) => (
            <div key={value} className="radio">
              <input
                type="radio"
                id={`${fieldId('conclusion')}-${value}`}
                name={fieldId('conclusion')}
                value={value}
                checked={conclusion === value}
                aria-invalid={problems.conclusion ? true : undefined}
                onChange={() => setConclusion(value)}
              />
              <label htmlFor={`${fieldId('conclusion')}-${value}`}>{t(`review.conclusion.${value}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <Field
        id={fieldId('comment')}
        label={t('review.sign.commentLabel')}
        hint={t('review.sign.commentHint', { max: MAX_COMMENT })}
        error={problems.comment ? t('review.sign.errors.comment', { max: MAX_COMMENT }) : null}
      >
        {(control) => (
          <>
            <textarea
              {...control}
              className="textarea"
              dir="auto"
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
            <p className={`counter${commentLength > MAX_COMMENT ? ' field__error' : ''}`} aria-live="polite">
              {t('review.sign.commentCount', { length: commentLength, max: MAX_COMMENT })}
            </p>
          </>
        )}
      </Field>
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
