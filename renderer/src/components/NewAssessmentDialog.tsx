import { useId, useMemo, useRef } from 'react';
import { Controller, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { EndUserDetailsFields, type EndUserDetailField } from '../assessmentList/EndUserDetailsFields';
import { buildInitialAnswers, intakeQuestions, type IntakeQuestions } from '../assessmentList/intakeAnswers';
import { IntermediariesField } from '../assessmentList/IntermediariesField';
import {
  newAssessmentSchema,
  type NewAssessmentOutput,
  type NewAssessmentValues,
} from '../assessmentList/newAssessmentSchema';
import { ProductFields } from '../assessmentList/ProductFields';
import { useTemplateChoice } from '../assessmentList/useTemplateChoice';
import { useClient } from '../client/ClientContext';
import { errorText } from '../errors/errorText';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { enterMovesToNextField } from '../forms/enterMovesToNextField';
import { fieldErrorText } from '../forms/fieldErrorText';
import { FormError } from '../forms/FormError';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { CountrySelect } from './CountrySelect';
import { ErrorAlert } from './ErrorAlert';
import { Modal } from './Modal';

export type { NewAssessmentOutput, NewAssessmentValues } from '../assessmentList/newAssessmentSchema';

/** In the order they appear, so the first one with a problem takes the focus. */
const FIELDS = [
  'title',
  'destinationCountry',
  'endUserName',
  'endUserNationality',
  'endUserIdentifierType',
  'endUserIdentifierValue',
  'productDescription',
  'controlStatus',
] as const satisfies readonly (keyof NewAssessmentValues)[];
type FormField = (typeof FIELDS)[number] | EndUserDetailField;

const EMPTY: NewAssessmentValues = {
  title: '',
  destinationCountry: null,
  endUserName: '',
  endUserNotIdentified: false,
  endUserNationality: '',
  endUserIdentifierType: '',
  endUserIdentifierValue: '',
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
  const titleRef = useRef<HTMLInputElement | null>(null);
  const { choice, select, selectedSummary } = useTemplateChoice();
  const bundle = choice.kind === 'loaded' ? choice.bundle : null;
  const questions = intakeQuestions(bundle);
  const asksControlStatus = questions.controlStatus !== null;
  const asksParties = questions.parties !== null;
  const schema = useMemo(
    () => newAssessmentSchema({ asksControlStatus, asksParties }),
    [asksControlStatus, asksParties],
  );
  // Focus is moved by hand: the country and status selects are not react-hook-form's own inputs.
  const form = useZodForm(schema, { defaultValues: EMPTY, shouldFocusError: false });
  const { register, setValue, control } = form;
  const { isSubmitting, isSubmitted } = form.formState;
  const values = useWatch({ control }) as NewAssessmentValues;
  const fieldId = (field: FormField) => `${baseId}-${field}`;
  const templateLoading = choice.kind === 'loading' || (selectedSummary !== null && bundle === null);
  const endUserHidden = values.endUserNotIdentified && questions.parties !== null;

  const change = (patch: Partial<NewAssessmentValues>) => {
    for (const [name, value] of Object.entries(patch) as [keyof NewAssessmentValues, never][])
      setValue(name, value, { shouldDirty: true, shouldValidate: isSubmitted });
  };

  const focusFirstProblem = (errors: FieldErrors<NewAssessmentValues>) => {
    const first = FIELDS.find((field) => errors[field]);
    const element = first ? document.getElementById(fieldId(first)) : null;
    // A field folded away in a closed group cannot take the focus until the group is open.
    const group = element?.closest('details');
    if (group) group.open = true;
    element?.focus();
  };

  const create = async (next: NewAssessmentOutput) => {
    const intermediaries = next.intermediaryDraft.trim()
      ? [...next.intermediaries, next.intermediaryDraft]
      : next.intermediaries;
    const endUserName = endUserHidden ? '' : next.endUserName;
    const details = endUserHidden || !asksParties ? NO_END_USER_DETAILS : next;
    const roles = {
      endUser: t('newAssessment.roles.endUser'),
      intermediary: t('newAssessment.roles.intermediary'),
    };
    const named = buildInitialAnswers(
      questions,
      {
        ...next,
        destinationCountry: next.destinationCountry ?? '',
        endUserName,
        endUserNationality: details.endUserNationality,
        endUserIdentifierType: details.endUserIdentifierType,
        endUserIdentifierValue: details.endUserIdentifierValue,
        intermediaries,
      },
      roles,
    );
    const initialAnswers = endUserHidden ? withEndUserNotIdentified(named, questions, roles.endUser) : named;
    try {
      onCreated(
        await client.invoke('assessment.create', {
          title: next.title,
          destinationCountry: next.destinationCountry,
          endUserName: endUserName.trim() || null,
          productDescription: next.productDescription,
          ...(selectedSummary
            ? { templateId: selectedSummary.id, templateVersion: selectedSummary.version }
            : {}),
          ...(Object.keys(initialAnswers).length > 0 ? { initialAnswers } : {}),
        }),
      );
    } catch (error) {
      applyCoreProblems(form, error, t);
      focusFirstProblem(form.formState.errors);
    }
  };

  const { ref: titleField, ...titleProps } = register('title');
  return (
    <Modal title={t('newAssessment.title')} onClose={onClose} initialFocusRef={titleRef}>
      <form
        className="form"
        noValidate
        onSubmit={submitOnce(form, create, focusFirstProblem)}
        onKeyDown={enterMovesToNextField}
      >
        <FormError control={control} />
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
        <FormField
          control={control}
          name="title"
          id={fieldId('title')}
          label={t('newAssessment.titleLabel')}
          required
          words={{ required: t('newAssessment.errors.titleRequired') }}
        >
          {(props) => (
            <input
              {...props}
              {...titleProps}
              ref={(element) => {
                titleField(element);
                titleRef.current = element;
              }}
              className="input"
              type="text"
              dir="auto"
              autoComplete="off"
            />
          )}
        </FormField>
        {bundle && <p className="field__hint">{t('newAssessment.intakeHint')}</p>}
        <FormField
          control={control}
          name="destinationCountry"
          id={fieldId('destinationCountry')}
          label={t('newAssessment.destinationLabel')}
        >
          {(props) => (
            <Controller
              control={control}
              name="destinationCountry"
              render={({ field }) => (
                <CountrySelect
                  {...props}
                  value={field.value ?? ''}
                  onChange={(code) => field.onChange(code || null)}
                />
              )}
            />
          )}
        </FormField>
        {!endUserHidden && (
          <FormField
            control={control}
            name="endUserName"
            id={fieldId('endUserName')}
            label={t('newAssessment.endUserLabel')}
            hint={t('newAssessment.endUserHint')}
            words={{ invalid: t('newAssessment.endUserDetails.errors.nameMissing') }}
          >
            {(props) => (
              <input
                {...props}
                {...register('endUserName')}
                className="input"
                type="text"
                dir="auto"
                autoComplete="off"
              />
            )}
          </FormField>
        )}
        {questions.parties && (
          <label className="choice choice--inline">
            <input type="checkbox" {...register('endUserNotIdentified')} />
            <span className="choice__label">{t('newAssessment.endUserNotIdentified')}</span>
          </label>
        )}
        {questions.parties && !endUserHidden && (
          <EndUserDetailsFields control={control} register={register} fieldId={fieldId} />
        )}
        {questions.parties && (
          <IntermediariesField
            names={values.intermediaries}
            draft={values.intermediaryDraft}
            onChange={(intermediaries, intermediaryDraft) => change({ intermediaries, intermediaryDraft })}
          />
        )}
        <FormField
          control={control}
          name="productDescription"
          id={fieldId('productDescription')}
          label={t('newAssessment.productLabel')}
        >
          {(props) => (
            <textarea
              {...props}
              {...register('productDescription')}
              className="textarea textarea--short"
              dir="auto"
              rows={3}
            />
          )}
        </FormField>
        {bundle && (
          <ProductFields
            bundle={bundle}
            questions={questions}
            values={values}
            controlStatusId={fieldId('controlStatus')}
            controlStatusError={
              form.formState.errors.controlStatus
                ? fieldErrorText(form.formState.errors.controlStatus, {
                    invalid: t('newAssessment.errors.controlStatusRequired'),
                  })
                : null
            }
            onChange={change}
          />
        )}
        {templateLoading && <p className="muted">{t('newAssessment.templateLoading')}</p>}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? t('newAssessment.submitting') : t('newAssessment.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

type InitialAnswers = ReturnType<typeof buildInitialAnswers>;

const NO_END_USER_DETAILS = { endUserNationality: '', endUserIdentifierType: '', endUserIdentifierValue: '' };

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
