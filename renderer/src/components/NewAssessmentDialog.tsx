import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { createAssessmentInputSchema } from '../../../assessments/assessment/schemas';
import { buildInitialAnswers, intakeQuestions, type IntakeQuestions } from '../assessmentList/intakeAnswers';
import { IntermediariesField } from '../assessmentList/IntermediariesField';
import { ProductFields } from '../assessmentList/ProductFields';
import { useTemplateChoice } from '../assessmentList/useTemplateChoice';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { errorText } from '../errors/errorText';
import { enterMovesToNextField } from '../forms/enterMovesToNextField';
import { describeProblem } from '../forms/describeProblem';
import { fieldProblems, problemsFromErrorDetails, type FieldProblems } from '../forms/fieldProblems';
import { CountrySelect } from './CountrySelect';
import { ErrorAlert } from './ErrorAlert';
import { Field } from './Field';
import { Modal } from './Modal';

const FIELDS = ['title', 'destinationCountry', 'endUserName', 'productDescription', 'controlStatus'] as const;
type FormField = (typeof FIELDS)[number];

export interface NewAssessmentValues {
  title: string;
  destinationCountry: string;
  endUserName: string;
  /** The end user exists but cannot be named: recorded as a party not identified, no name sent. */
  endUserNotIdentified: boolean;
  productDescription: string;
  intermediaries: string[];
  intermediaryDraft: string;
  productCategories: string[];
  controlStatus: string;
  controlCode: string;
}

const EMPTY: NewAssessmentValues = {
  title: '',
  destinationCountry: '',
  endUserName: '',
  endUserNotIdentified: false,
  productDescription: '',
  intermediaries: [],
  intermediaryDraft: '',
  productCategories: [],
  controlStatus: '',
  controlCode: '',
};

interface NewAssessmentDialogProps {
  onClose: () => void;
  onCreated: (summary: OperationOutput<'assessment.create'>) => void;
}

export function NewAssessmentDialog({ onClose, onCreated }: NewAssessmentDialogProps) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const { choice, select, selectedSummary } = useTemplateChoice();
  const [values, setValues] = useState<NewAssessmentValues>(EMPTY);
  const [problems, setProblems] = useState<FieldProblems<FormField>>({});
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fieldId = (field: FormField) => `${baseId}-${field}`;
  const bundle = choice.kind === 'loaded' ? choice.bundle : null;
  const questions = intakeQuestions(bundle);
  const templateLoading = choice.kind === 'loading' || (selectedSummary !== null && bundle === null);

  // The contract's own schema is the form's validation: what passes here passes the core.
  const validate = (next: NewAssessmentValues) => {
    const intermediaries = next.intermediaryDraft.trim()
      ? [...next.intermediaries, next.intermediaryDraft]
      : next.intermediaries;
    const notIdentified = next.endUserNotIdentified && questions.parties !== null;
    const endUserName = notIdentified ? '' : next.endUserName;
    const roles = {
      endUser: t('newAssessment.roles.endUser'),
      intermediary: t('newAssessment.roles.intermediary'),
    };
    const named = buildInitialAnswers(questions, { ...next, endUserName, intermediaries }, roles);
    const initialAnswers = notIdentified ? withEndUserNotIdentified(named, questions, roles.endUser) : named;
    const result = createAssessmentInputSchema.safeParse({
      title: next.title,
      destinationCountry: next.destinationCountry || null,
      endUserName,
      productDescription: next.productDescription,
      ...(selectedSummary
        ? { templateId: selectedSummary.id, templateVersion: selectedSummary.version }
        : {}),
      ...(Object.keys(initialAnswers).length > 0 ? { initialAnswers } : {}),
    });
    const found: FieldProblems<FormField> = result.success ? {} : fieldProblems(result.error.issues, FIELDS);
    if (next.controlCode.trim() && !next.controlStatus && questions.controlStatus)
      found.controlStatus = { kind: 'required' };
    return { result, found };
  };

  const change = (patch: Partial<NewAssessmentValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (attempted) setProblems(validate(next).found);
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
    const { result, found } = validate(values);
    if (!result.success || Object.keys(found).length > 0) {
      showProblems(found);
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
    if (field === 'controlStatus') return t('newAssessment.errors.controlStatusRequired');
    return describeProblem(
      t,
      problem,
      field === 'title' ? t('newAssessment.errors.titleRequired') : undefined,
    );
  };

  return (
    <Modal title={t('newAssessment.title')} onClose={onClose} initialFocusRef={titleRef}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => void submit(event)}
        onKeyDown={enterMovesToNextField}
      >
        <ErrorAlert message={failure} />
        {choice.kind === 'failed' && <ErrorAlert message={errorText(t, choice.error)} />}
        {choice.kind === 'loaded' && choice.templates.length > 0 && (
          <div className="field">
            <label htmlFor={`${baseId}-template`} className="field__label">
              {t('newAssessment.templateLabel')}
            </label>
            <select
              id={`${baseId}-template`}
              className="select"
              value={choice.selected}
              onChange={(event) => select(event.target.value)}
            >
              {choice.templates.map((template) => (
                <option
                  key={`${template.id}@${template.version}`}
                  value={`${template.id}@${template.version}`}
                >
                  {t('newAssessment.templateOption', {
                    title: template.titles[i18n.language] ?? template.title,
                    version: template.version,
                    questions: template.questions,
                  })}
                </option>
              ))}
            </select>
          </div>
        )}
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
              onChange={(event) => change({ title: event.target.value })}
            />
          )}
        </Field>
        {bundle && <p className="field__hint">{t('newAssessment.intakeHint')}</p>}
        <Field
          id={fieldId('destinationCountry')}
          label={t('newAssessment.destinationLabel')}
          error={problemText('destinationCountry')}
        >
          {(control) => (
            <CountrySelect
              {...control}
              value={values.destinationCountry}
              onChange={(code) => change({ destinationCountry: code })}
            />
          )}
        </Field>
        {!(values.endUserNotIdentified && questions.parties) && (
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
                onChange={(event) => change({ endUserName: event.target.value })}
              />
            )}
          </Field>
        )}
        {questions.parties && (
          <label className="choice choice--inline">
            <input
              type="checkbox"
              checked={values.endUserNotIdentified}
              onChange={(event) => change({ endUserNotIdentified: event.target.checked })}
            />
            <span className="choice__label">{t('newAssessment.endUserNotIdentified')}</span>
          </label>
        )}
        {questions.parties && (
          <IntermediariesField
            names={values.intermediaries}
            draft={values.intermediaryDraft}
            onChange={(intermediaries, intermediaryDraft) => change({ intermediaries, intermediaryDraft })}
          />
        )}
        <Field
          id={fieldId('productDescription')}
          label={t('newAssessment.productLabel')}
          error={problemText('productDescription')}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea textarea--short"
              dir="auto"
              rows={3}
              value={values.productDescription}
              onChange={(event) => change({ productDescription: event.target.value })}
            />
          )}
        </Field>
        {bundle && (
          <ProductFields
            bundle={bundle}
            questions={questions}
            values={values}
            controlStatusId={fieldId('controlStatus')}
            controlStatusError={problemText('controlStatus')}
            onChange={change}
          />
        )}
        {templateLoading && <p className="muted">{t('newAssessment.templateLoading')}</p>}
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

type InitialAnswers = ReturnType<typeof buildInitialAnswers>;

/**
 * The end user as the first party of the parties question, not identified: a role without a name,
 * which keeps the data gap open and is never screened (a question taking one party gets it alone).
 */
function withEndUserNotIdentified(
  answers: InitialAnswers,
  questions: IntakeQuestions,
  role: string,
): InitialAnswers {
  const question = questions.parties;
  if (!question) return answers;
  const endUser = { notIdentified: true, role };
  const named = answers[question.id]?.value;
  const others = Array.isArray(named) ? named : named ? [named] : [];
  return { ...answers, [question.id]: { value: question.multiple ? [endUser, ...others] : endUser } };
}
