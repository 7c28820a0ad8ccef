import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { changePassphraseInputSchema, MIN_PASSPHRASE_LENGTH } from '../../../assessments/workspace/schemas';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field, type ControlProps } from '../components/Field';
import { PassphraseStrengthMeter } from '../components/PassphraseStrengthMeter';
import { errorText } from '../errors/errorText';

const FIELDS = ['current', 'next', 'confirm'] as const;
type FormField = (typeof FIELDS)[number];
type Problem = 'currentRequired' | 'currentWrong' | 'sameAsCurrent' | 'tooShort' | 'confirmMismatch';
type Problems = Partial<Record<FormField, Problem>>;
type Values = Record<FormField, string>;

const EMPTY: Values = { current: '', next: '', confirm: '' };

/** The contract's schema decides what a valid change is; the confirmation is the form's own rule. */
function validate(values: Values): Problems {
  const problems: Problems = {};
  const result = changePassphraseInputSchema.safeParse({ current: values.current, next: values.next });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.path[0] === 'current') problems.current ??= 'currentRequired';
      if (issue.path[0] === 'next')
        problems.next ??= issue.code === 'too_small' ? 'tooShort' : 'sameAsCurrent';
    }
  }
  if (values.confirm !== values.next) problems.confirm = 'confirmMismatch';
  return problems;
}

/** Re-wraps the workspace key under a new passphrase; the data itself is not re-encrypted. */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [attempted, setAttempted] = useState(false);
  const [reveal, setReveal] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const fieldId = (field: FormField) => `${id}-${field}`;

  const change = (field: FormField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setChanged(false);
    if (attempted) setProblems(validate(next));
  };

  const showProblems = (found: Problems) => {
    flushSync(() => setProblems(found));
    const first = FIELDS.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setAttempted(true);
    setFailure(null);
    const found = validate(values);
    if (Object.keys(found).length > 0) return showProblems(found);
    setSubmitting(true);
    try {
      await client.invoke('workspace.changePassphrase', { current: values.current, next: values.next });
      flushSync(() => {
        setValues(EMPTY);
        setProblems({});
        setAttempted(false);
        setChanged(true);
      });
    } catch (error) {
      if (isAssayClientError(error, 'wrong_passphrase')) showProblems({ current: 'currentWrong' });
      else setFailure(errorText(t, error));
    } finally {
      setSubmitting(false);
    }
  };

  const problemText = (field: FormField): string | null => {
    const problem = problems[field];
    if (!problem) return null;
    return problem === 'tooShort'
      ? t('security.errors.tooShort', { min: MIN_PASSPHRASE_LENGTH })
      : t(`security.errors.${problem}`);
  };

  const type = reveal ? 'text' : 'password';
  const input = (field: FormField, autoComplete: string) =>
    function PassphraseInput(control: ControlProps) {
      return (
        <input
          {...control}
          className="input"
          type={type}
          autoComplete={autoComplete}
          value={values[field]}
          onChange={(event) => change(field, event.target.value)}
        />
      );
    };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{t('security.changeHeading')}</h3>
      <ErrorAlert message={failure} />
      <Field
        id={fieldId('current')}
        label={t('security.currentLabel')}
        required
        error={problemText('current')}
        announceError
      >
        {input('current', 'current-password')}
      </Field>
      <Field
        id={fieldId('next')}
        label={t('security.newLabel')}
        hint={t('createWorkspace.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        required
        error={problemText('next')}
        describedBy={[`${id}-strength`]}
      >
        {(control) => (
          <>
            {input('next', 'new-password')(control)}
            <PassphraseStrengthMeter id={`${id}-strength`} passphrase={values.next} />
          </>
        )}
      </Field>
      <Field
        id={fieldId('confirm')}
        label={t('security.confirmLabel')}
        required
        error={problemText('confirm')}
      >
        {input('confirm', 'new-password')}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} />
        {t('security.show')}
      </label>
      <div className="form__actions form__actions--start">
        <button type="submit" className="button button--primary" aria-disabled={submitting || undefined}>
          {submitting ? t('security.submitting') : t('security.submit')}
        </button>
        <p className="form__status" role="status" data-testid="passphrase-status">
          {changed ? t('security.changed') : ''}
        </p>
      </div>
    </form>
  );
}
