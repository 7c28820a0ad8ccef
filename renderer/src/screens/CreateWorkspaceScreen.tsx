import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { createWorkspaceInputSchema, MIN_PASSPHRASE_LENGTH } from '../../../assessments/workspace/schemas';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { PassphraseStrengthMeter } from '../components/PassphraseStrengthMeter';
import { WorkspaceFolder } from '../components/WorkspaceFolder';
import { errorText } from '../errors/errorText';
import { describeProblem } from '../forms/describeProblem';
import { fieldProblems, problemsFromErrorDetails, type FieldProblems } from '../forms/fieldProblems';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

const FIELDS = ['assessorName', 'passphrase', 'confirm'] as const;
type FormField = (typeof FIELDS)[number];
type FormValues = Record<FormField, string>;

interface CreateWorkspaceScreenProps {
  directory: string;
  onCreated: (status: OperationOutput<'workspace.create'>) => void;
}

/** The contract's schema checks name and passphrase; only the confirmation is the form's own rule. All problems show at once. */
function validate(values: FormValues): FieldProblems<FormField> {
  const result = createWorkspaceInputSchema.safeParse({
    assessorName: values.assessorName,
    passphrase: values.passphrase,
  });
  const problems: FieldProblems<FormField> = result.success ? {} : fieldProblems(result.error.issues, FIELDS);
  if (values.confirm !== values.passphrase) problems.confirm = { kind: 'invalid' };
  return problems;
}

export function CreateWorkspaceScreen({ directory, onCreated }: CreateWorkspaceScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const nameRef = useFocusOnMount<HTMLInputElement>();
  const [values, setValues] = useState<FormValues>({ assessorName: '', passphrase: '', confirm: '' });
  const [problems, setProblems] = useState<FieldProblems<FormField>>({});
  const [attempted, setAttempted] = useState(false);
  const [reveal, setReveal] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fieldId = (field: FormField) => `${id}-${field}`;
  const strengthId = `${id}-strength`;

  const change = (field: FormField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (attempted) setProblems(validate(next));
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
    const found = validate(values);
    if (Object.keys(found).length > 0) {
      showProblems(found);
      return;
    }
    setSubmitting(true);
    try {
      onCreated(
        await client.invoke('workspace.create', {
          assessorName: values.assessorName,
          passphrase: values.passphrase,
        }),
      );
    } catch (error) {
      setSubmitting(false);
      setFailure(errorText(t, error));
      if (isAssayClientError(error, 'invalid_input'))
        showProblems(problemsFromErrorDetails(error.details, FIELDS));
    }
  };

  const problemText = (field: FormField): string | null => {
    const problem = problems[field];
    if (!problem) return null;
    if (field === 'confirm') return t('createWorkspace.errors.confirmMismatch');
    if (field === 'passphrase' && problem.kind === 'tooShort') {
      return t('createWorkspace.errors.passphraseTooShort', { min: problem.min });
    }
    return describeProblem(t, problem, t('createWorkspace.errors.assessorRequired'));
  };

  const passwordType = reveal ? 'text' : 'password';
  return (
    <section className="panel panel--narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('createWorkspace.title')}</h1>
      <p>{t('createWorkspace.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <WorkspaceFolder label={t('createWorkspace.folderLabel')} directory={directory} />
        <ErrorAlert message={failure} />
        <Field
          id={fieldId('assessorName')}
          label={t('createWorkspace.assessorLabel')}
          hint={t('createWorkspace.assessorHint')}
          required
          error={problemText('assessorName')}
        >
          {(control) => (
            <input
              {...control}
              ref={nameRef}
              className="input"
              type="text"
              dir="auto"
              autoComplete="name"
              value={values.assessorName}
              onChange={(event) => change('assessorName', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('passphrase')}
          label={t('createWorkspace.passphraseLabel')}
          hint={t('createWorkspace.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          required
          error={problemText('passphrase')}
          describedBy={[strengthId]}
        >
          {(control) => (
            <>
              <input
                {...control}
                className="input"
                type={passwordType}
                autoComplete="new-password"
                value={values.passphrase}
                onChange={(event) => change('passphrase', event.target.value)}
              />
              <PassphraseStrengthMeter
                id={strengthId}
                passphrase={values.passphrase}
                userInputs={[values.assessorName]}
              />
            </>
          )}
        </Field>
        <Field
          id={fieldId('confirm')}
          label={t('createWorkspace.confirmLabel')}
          required
          error={problemText('confirm')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type={passwordType}
              autoComplete="new-password"
              value={values.confirm}
              onChange={(event) => change('confirm', event.target.value)}
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} />
          {t('createWorkspace.showPassphrase')}
        </label>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={submitting || undefined}>
            {submitting ? t('createWorkspace.submitting') : t('createWorkspace.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
