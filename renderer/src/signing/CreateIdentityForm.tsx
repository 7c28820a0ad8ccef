import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { Field } from '../components/Field';
import { describeProblem } from '../forms/describeProblem';
import { fieldProblems, problemsFromErrorDetails, type FieldProblems } from '../forms/fieldProblems';

const FIELDS = ['name', 'organisation', 'email', 'validityYears'] as const;
type FormField = (typeof FIELDS)[number];
type FormValues = Record<FormField, string>;

// The contract's own schema is the form's validation: what passes here passes the core.
const createIdentityInputSchema = contract['identity.create'].input;

const EMPTY: FormValues = { name: '', organisation: '', email: '', validityYears: '3' };

interface CreateIdentityFormProps {
  onCreated: (identity: OperationOutput<'identity.create'>) => void;
}

/** A new key pair and self-signed certificate in the assessor's name, kept encrypted in the workspace. */
export function CreateIdentityForm({ onCreated }: CreateIdentityFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [problems, setProblems] = useState<FieldProblems<FormField>>({});
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const fieldId = (field: FormField) => `${baseId}-${field}`;

  const validate = (next: FormValues) =>
    createIdentityInputSchema.safeParse({
      ...next,
      validityYears: next.validityYears.trim() === '' ? undefined : Number(next.validityYears),
    });

  const change = (field: FormField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (attempted) {
      const result = validate(next);
      setProblems(result.success ? {} : fieldProblems(result.error.issues, FIELDS));
    }
  };

  const showProblems = (found: FieldProblems<FormField>) => {
    flushSync(() => setProblems(found));
    const first = FIELDS.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setAttempted(true);
    setFailure(null);
    const result = validate(values);
    if (!result.success) {
      showProblems(fieldProblems(result.error.issues, FIELDS));
      return;
    }
    setSubmitting(true);
    try {
      const identity = await client.invoke('identity.create', result.data);
      setValues(EMPTY);
      setAttempted(false);
      onCreated(identity);
    } catch (error) {
      setFailure(error);
      if (isAssayClientError(error, 'invalid_input'))
        showProblems(problemsFromErrorDetails(error.details, FIELDS));
    } finally {
      setSubmitting(false);
    }
  };

  const problemText = (field: FormField) => {
    const problem = problems[field];
    if (!problem) return null;
    if (field === 'email') return t('signing.create.errors.email');
    if (field === 'validityYears') return t('signing.create.errors.validity');
    return describeProblem(t, problem, t(`signing.create.errors.${field}`));
  };

  const text = (field: 'name' | 'organisation' | 'email', type: string, autoComplete: string) => (
    <Field id={fieldId(field)} label={t(`signing.create.${field}Label`)} required error={problemText(field)}>
      {(control) => (
        <input
          {...control}
          className="input"
          type={type}
          dir={type === 'email' ? 'ltr' : 'auto'}
          autoComplete={autoComplete}
          value={values[field]}
          onChange={(event) => change(field, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting}>
      <ErrorWithDetail error={failure} summary={t('signing.create.failed')} />
      {text('name', 'text', 'name')}
      {text('organisation', 'text', 'organization')}
      {text('email', 'email', 'email')}
      <Field
        id={fieldId('validityYears')}
        label={t('signing.create.validityLabel')}
        hint={t('signing.create.validityHint')}
        error={problemText('validityYears')}
      >
        {(control) => (
          <input
            {...control}
            className="input input--narrow"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            value={values.validityYears}
            onChange={(event) => change('validityYears', event.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={submitting || undefined}>
          {submitting ? t('signing.create.submitting') : t('signing.create.submit')}
        </button>
      </div>
    </form>
  );
}
