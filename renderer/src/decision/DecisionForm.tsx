import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { errorText } from '../errors/errorText';
import { BlockerList } from './BlockerList';
import { ConditionPicker } from './ConditionPicker';
import { REASSESSMENT_TRIGGERS, type CatalogueId, type ReassessmentTrigger } from './conditionCatalogue';
import {
  DECISION_FIELDS,
  MIN_RATIONALE,
  hasBlockers,
  isOverride,
  localToday,
  problemsFromCore,
  toDecisionInput,
  validateDraft,
  type DecisionDraft,
  type DecisionField,
  type DecisionProblems,
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
  const [draft, setDraft] = useState<DecisionDraft>(initialDraft);
  const [problems, setProblems] = useState<DecisionProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const computed = evaluation.result.recommendation;
  const overriding = isOverride(draft, computed);
  const rationaleLength = draft.rationale.trim().length;
  const reviewMonths = REVIEW_MONTHS[evaluation.result.tier];

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = DECISION_FIELDS.find((field) => problems[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[data-focus-for="${first}"]`)?.focus();
    // Only a new submit moves focus; typing while errors show must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  /** Marks the control focus moves to when its field has a problem. */
  const target = (field: DecisionField) => ({ 'data-focus-for': field });
  const change = (next: Partial<DecisionDraft>) => setDraft((current) => ({ ...current, ...next }));
  const toggle = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const found = validateDraft(t, assessmentId, draft, computed, evaluation.blockers);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('decision.errors.summary'));
      setFocusRequest((n) => n + 1);
      return;
    }
    setSubmitting(true);
    try {
      onRecorded(await client.invoke('decision.record', toDecisionInput(t, assessmentId, draft, computed)));
    } catch (error) {
      const fromCore: DecisionProblems = isAssayClientError(error, 'conflict')
        ? { finalRecommendation: t('decision.errors.approvalBlocked') }
        : isAssayClientError(error, 'invalid_input')
          ? problemsFromCore(t, error.details)
          : {};
      setProblems(fromCore);
      setFailure(Object.keys(fromCore).length > 0 ? t('decision.errors.summary') : errorText(t, error));
      setFocusRequest((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  const checkedFinal = draft.finalRecommendation ?? RECOMMENDATIONS[0];
  return (
    <form ref={formRef} className="form decision-form" noValidate onSubmit={(event) => void submit(event)}>
      <RecommendationCompare
        computed={computed}
        computedTier={evaluation.result.tier}
        final={draft.finalRecommendation}
      />
      {hasBlockers(evaluation.blockers) && <BlockerList evaluation={evaluation} />}
      <ErrorAlert message={failure} />

      <fieldset
        className="fieldset"
        aria-describedby={`${id}-final-hint${problems.finalRecommendation ? ` ${id}-final-error` : ''}`}
        data-testid="final-recommendation"
      >
        <legend className="fieldset__legend">{t('decision.finalLabel')}</legend>
        <p id={`${id}-final-hint`} className="field__hint">
          {t('decision.finalHint')}
        </p>
        {problems.finalRecommendation && (
          <p id={`${id}-final-error`} className="field__error">
            {problems.finalRecommendation}
          </p>
        )}
        <div className="radio-group">
          {RECOMMENDATIONS.map((value) => (
            // The "computed" note describes the option without becoming part of its name.
            <div key={value} className="radio">
              <input
                type="radio"
                id={`${id}-final-${value}`}
                name={`${id}-final`}
                value={value}
                checked={draft.finalRecommendation === value}
                {...(value === checkedFinal ? target('finalRecommendation') : {})}
                aria-invalid={problems.finalRecommendation ? true : undefined}
                aria-describedby={value === computed ? `${id}-final-computed` : undefined}
                onChange={() => change({ finalRecommendation: value })}
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
          error={problems.overrideJustification}
          required
        >
          {(control) => (
            <textarea
              {...control}
              {...target('overrideJustification')}
              className="textarea"
              dir="auto"
              value={draft.overrideJustification}
              onChange={(event) => change({ overrideJustification: event.target.value })}
            />
          )}
        </Field>
      )}

      <ConditionPicker
        idPrefix={`${id}-conditions`}
        selected={draft.conditions}
        extra={draft.extra}
        error={problems.conditions}
        onToggle={(conditionId: CatalogueId) => change({ conditions: toggle(draft.conditions, conditionId) })}
        onExtraChange={(extra) => change({ extra })}
      />

      <fieldset className="fieldset" aria-describedby={`${id}-triggers-hint`} data-testid="decision-triggers">
        <legend className="fieldset__legend">{t('decision.triggers.title')}</legend>
        <p id={`${id}-triggers-hint`} className="field__hint">
          {t('decision.triggers.hint')}
        </p>
        {REASSESSMENT_TRIGGERS.map((trigger: ReassessmentTrigger) => (
          <label key={trigger} className="checkbox checkbox--block">
            <input
              type="checkbox"
              checked={draft.triggers.has(trigger)}
              onChange={() => change({ triggers: toggle(draft.triggers, trigger) })}
            />
            <span>{t(`decision.triggers.items.${trigger}`)}</span>
          </label>
        ))}
      </fieldset>

      <Field
        id={`${id}-rationale`}
        label={t('decision.rationaleLabel')}
        hint={t('decision.rationaleHint')}
        error={problems.rationale}
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
              value={draft.rationale}
              onChange={(event) => change({ rationale: event.target.value })}
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
        error={problems.reviewDate}
      >
        {(control) => (
          <input
            {...control}
            {...target('reviewDate')}
            type="date"
            className="input input--date"
            min={localToday()}
            value={draft.reviewDate}
            onChange={(event) => change({ reviewDate: event.target.value })}
          />
        )}
      </Field>

      <div className="form__actions">
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" aria-disabled={submitting || undefined}>
          {submitting ? t('decision.submitting') : t('decision.submit')}
        </button>
      </div>
    </form>
  );
}
