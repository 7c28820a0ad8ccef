import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { createAssessmentInputSchema } from '../../../assessments/assessment/schemas';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { errorText } from '../errors/errorText';
import { describeProblem } from '../forms/describeProblem';
import { fieldProblems, problemsFromErrorDetails, type FieldProblems } from '../forms/fieldProblems';
import { CountrySelect } from './CountrySelect';
import { ErrorAlert } from './ErrorAlert';
import { Field } from './Field';
import { Modal } from './Modal';

const FIELDS = ['title', 'destinationCountry', 'endUserName', 'productDescription'] as const;
type FormField = (typeof FIELDS)[number];
type FormValues = Record<FormField, string>;

interface NewAssessmentDialogProps {
  onClose: () => void;
  onCreated: (summary: OperationOutput<'assessment.create'>) => void;
}

export function NewAssessmentDialog({ onClose, onCreated }: NewAssessmentDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<FormValues>({
    title: '',
    destinationCountry: '',
    endUserName: '',
    productDescription: '',
  });
  const [problems, setProblems] = useState<FieldProblems<FormField>>({});
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fieldId = (field: FormField) => `${baseId}-${field}`;

  // The contract's own schema is the form's validation: what passes here passes the core.
  const validate = (next: FormValues) =>
    createAssessmentInputSchema.safeParse({ ...next, destinationCountry: next.destinationCountry || null });

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
      onCreated(await client.invoke('assessment.create', result.data));
    } catch (error) {
      setSubmitting(false);
      setFailure(errorText(t, error));
      if (isAssayClientError(error, 'invalid_input'))
        showProblems(problemsFromErrorDetails(error.details, FIELDS));
    }
  };

  const problemText = (field: FormField) => {
    const problem = problems[field];
    if (!problem) return null;
    return describeProblem(
      t,
      problem,
      field === 'title' ? t('newAssessment.errors.titleRequired') : undefined,
    );
  };

  return (
    <Modal title={t('newAssessment.title')} onClose={onClose} initialFocusRef={titleRef}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorAlert message={failure} />
        <Field
          id={fieldId('title')}
          label={t('newAssessment.titleLabel')}
          required
          error={problemText('title')}
        >
          {(control) => (
            <input
              {...control}
              ref={titleRef}
              className="input"
              type="text"
              dir="auto"
              autoComplete="off"
              value={values.title}
              onChange={(event) => change('title', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('destinationCountry')}
          label={t('newAssessment.destinationLabel')}
          error={problemText('destinationCountry')}
        >
          {(control) => (
            <CountrySelect
              {...control}
              value={values.destinationCountry}
              onChange={(code) => change('destinationCountry', code)}
            />
          )}
        </Field>
        <Field
          id={fieldId('endUserName')}
          label={t('newAssessment.endUserLabel')}
          hint={t('newAssessment.endUserHint')}
          error={problemText('endUserName')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              dir="auto"
              autoComplete="off"
              value={values.endUserName}
              onChange={(event) => change('endUserName', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('productDescription')}
          label={t('newAssessment.productLabel')}
          error={problemText('productDescription')}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              dir="auto"
              rows={4}
              value={values.productDescription}
              onChange={(event) => change('productDescription', event.target.value)}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={submitting || undefined}>
            {submitting ? t('newAssessment.submitting') : t('newAssessment.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
