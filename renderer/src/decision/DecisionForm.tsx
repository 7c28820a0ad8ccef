import { useId, useMemo, useRef, type FormEvent } from 'react';
import { Controller, FormProvider, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { DateInput } from '../components/DateInput';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { useZodForm } from '../forms/useZodForm';
import { BlockerList } from './BlockerList';
import { ConditionPicker } from './ConditionPicker';
import { REASSESSMENT_TRIGGERS } from './conditionCatalogue';
import {
  DECISION_FIELDS,
  MIN_RATIONALE,
  decisionFormSchema,
  hasBlockers,
  isOverride,
  isPastDate,
  localToday,
  toDecisionInput,
  type DecisionDraft,
  type DecisionField,
  type DecisionValues,
} from './decisionDraft';
import { RecommendationCompare } from './RecommendationCompare';

type Evaluation = OperationOutput<'assessment.evaluate'>;
type Decision = OperationOutput<'decision.record'>;
type Recommendation = Decision['finalRecommendation'];

const RECOMMENDATIONS: readonly Recommendation[] = ['approve', 'approve-with-conditions', 'refer', 'deny'];
/** BRIEF §6.5: the longest review interval each tier allows. */
const REVIEW_MONTHS: Partial<Record<Evaluation['result']['tier'], number>> = { Low: 24, Medium: 12 };

interface DecisionFormProps {
  assessmentId: string;
  evaluation: Evaluation;
  initialDraft: DecisionDraft;
  onRecorded: (decision: Decision) => void;
  onCancel?: () => void;
}

export function DecisionForm({
  assessmentId,
  evaluation,
  initialDraft,
  onRecorded,
  onCancel,
}: DecisionFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const computed = evaluation.result.recommendation;
  const today = localToday();
  const schema = useMemo(
    () => decisionFormSchema({ computed, blockers: evaluation.blockers, today }),
    [computed, evaluation.blockers, today],
  );
  // Focus follows the form's order, not the order fields were first registered in.
  const form = useZodForm(schema, { defaultValues: initialDraft, shouldFocusError: false });
  const { errors, isSubmitting } = form.formState;
  const [final, rationale, reviewDate] = useWatch({
    control: form.control,
    name: ['finalRecommendation', 'rationale', 'reviewDate'],
  });
  const overriding = isOverride({ finalRecommendation: final }, computed);
  const rationaleLength = rationale.trim().length;
  const reviewMonths = REVIEW_MONTHS[evaluation.result.tier];

  /** Marks the control focus moves to when its field has a problem. */
  const target = (field: DecisionField) => ({ 'data-focus-for': field });

  const focusFirstProblem = (found: FieldErrors<DecisionValues>) => {
    const first = DECISION_FIELDS.find((field) => found[field]);
    if (!first) return;
    const extraIndex = found.extra ? (found.extra as unknown[]).findIndex(Boolean) : -1;
    const selector = first === 'extra' ? `[name="extra.${extraIndex}.text"]` : `[data-focus-for="${first}"]`;
    formRef.current?.querySelector<HTMLElement>(selector)?.focus();
  };

  const record = async (values: DecisionDraft) => {
    try {
      onRecorded(await client.invoke('decision.record', toDecisionInput(t, assessmentId, values, computed)));
    } catch (error) {
      applyCoreProblems(form, error, t);
      // The core refuses an approval of an incomplete assessment as a conflict, naming no field.
      if (isAssayClientError(error, 'conflict'))
        form.setError('finalRecommendation', { type: 'server' }, { shouldFocus: true });
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (isSubmitting) {
      event.preventDefault();
      return;
    }
    void form.handleSubmit(record, focusFirstProblem)(event);
  };

  const problem: Record<DecisionField, string | undefined> = {
    finalRecommendation: errors.finalRecommendation
      ? final === null
        ? t('decision.errors.finalRequired')
        : t('decision.errors.approvalBlocked')
      : undefined,
    overrideJustification: errors.overrideJustification ? t('decision.errors.overrideRequired') : undefined,
    extra: errors.extra ? t('decision.errors.conditionEmpty') : undefined,
    rationale: errors.rationale ? t('decision.errors.rationaleTooShort', { min: MIN_RATIONALE }) : undefined,
    reviewDate: errors.reviewDate
      ? isPastDate(reviewDate, today)
        ? t('decision.errors.reviewDatePast')
        : t('decision.errors.reviewDate')
      : undefined,
  };
  const fieldProblems = DECISION_FIELDS.some((field) => problem[field]);
  // Problems beside fields are summed up once; a failure that names no field is said as it is.
  const failure = fieldProblems ? t('decision.errors.summary') : (errors.root?.server?.message ?? null);
  const checkedFinal = final ?? RECOMMENDATIONS[0];

  return (
    <FormProvider {...form}>
      <form ref={formRef} className="form decision-form" noValidate onSubmit={submit}>
        <RecommendationCompare computed={computed} computedTier={evaluation.result.tier} final={final} />
        {hasBlockers(evaluation.blockers) && <BlockerList evaluation={evaluation} />}
        <ErrorAlert message={failure} />

        <fieldset
          className="fieldset"
          aria-describedby={`${id}-final-hint${problem.finalRecommendation ? ` ${id}-final-error` : ''}`}
          data-testid="final-recommendation"
        >
          <legend className="fieldset__legend">{t('decision.finalLabel')}</legend>
          <p id={`${id}-final-hint`} className="field__hint">
            {t('decision.finalHint')}
          </p>
          {problem.finalRecommendation && (
            <p id={`${id}-final-error`} className="field__error">
              {problem.finalRecommendation}
            </p>
          )}
          <div className="radio-group">
            {RECOMMENDATIONS.map((value) => (
              // The "computed" note describes the option without becoming part of its name.
              <div key={value} className="radio">
                <input
                  type="radio"
                  id={`${id}-final-${value}`}
                  value={value}
                  {...form.register('finalRecommendation')}
                  {...(value === checkedFinal ? target('finalRecommendation') : {})}
                  aria-invalid={problem.finalRecommendation ? true : undefined}
                  aria-describedby={value === computed ? `${id}-final-computed` : undefined}
                />
                <label htmlFor={`${id}-final-${value}`}>{t(`risk.recommendation.${value}`)}</label>
                {value === computed && (
                  <span id={`${id}-final-computed`} className="radio__note">
                    ({t('decision.computed')})
                  </span>
                )}
              </div>
            ))}
          </div>
        </fieldset>

        {overriding && (
          <Field
            id={`${id}-override`}
            label={t('decision.overrideLabel')}
            hint={t('decision.overrideHint', { computed: t(`risk.recommendation.${computed}`) })}
            error={problem.overrideJustification}
            required
          >
            {(control) => (
              <textarea
                {...control}
                {...target('overrideJustification')}
                className="textarea"
                dir="auto"
                {...form.register('overrideJustification')}
              />
            )}
          </Field>
        )}

        <ConditionPicker idPrefix={`${id}-conditions`} />

        <fieldset
          className="fieldset"
          aria-describedby={`${id}-triggers-hint`}
          data-testid="decision-triggers"
        >
          <legend className="fieldset__legend">{t('decision.triggers.title')}</legend>
          <p id={`${id}-triggers-hint`} className="field__hint">
            {t('decision.triggers.hint')}
          </p>
          {REASSESSMENT_TRIGGERS.map((trigger) => (
            <label key={trigger} className="checkbox checkbox--block">
              <input type="checkbox" value={trigger} {...form.register('triggers')} />
              <span>{t(`decision.triggers.items.${trigger}`)}</span>
            </label>
          ))}
        </fieldset>

        <Field
          id={`${id}-rationale`}
          label={t('decision.rationaleLabel')}
          hint={t('decision.rationaleHint')}
          error={problem.rationale}
          describedBy={[`${id}-rationale-counter`]}
          required
        >
          {(control) => (
            <>
              <textarea
                {...control}
                {...target('rationale')}
                className="textarea"
                dir="auto"
                {...form.register('rationale')}
              />
              <p
                id={`${id}-rationale-counter`}
                className={`counter${rationaleLength >= MIN_RATIONALE ? ' counter--met' : ''}`}
                data-testid="rationale-counter"
              >
                {t('decision.rationaleCounter', { length: rationaleLength, min: MIN_RATIONALE })}
              </p>
            </>
          )}
        </Field>

        <Field
          id={`${id}-review`}
          label={t('decision.reviewDateLabel')}
          hint={reviewMonths ? t('decision.reviewDateHint', { months: reviewMonths }) : undefined}
          error={problem.reviewDate}
        >
          {(control) => (
            <Controller
              control={form.control}
              name="reviewDate"
              render={({ field }) => (
                <DateInput
                  {...control}
                  {...target('reviewDate')}
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          )}
        </Field>

        <div className="form__actions">
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? t('decision.submitting') : t('decision.submit')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
