import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistSteps, StepState } from './checklistSteps';

interface ReviewSignVerifyProps {
  steps: ChecklistSteps;
  onReview: () => void;
  /** Absent while there is nothing to sign yet (the export says why). */
  onSign?: () => void;
  onVerify: () => void;
}

/** The last stretch of an assessment, in order, each step with where to do it. */
export function ReviewSignVerify({ steps, onReview, onSign, onVerify }: ReviewSignVerifyProps) {
  const { t } = useTranslation();
  const id = useId();
  const rows = [
    {
      step: 'review',
      state: steps.review,
      title: t('assessmentPlace.checklist.review.title'),
      text: t(`assessmentPlace.checklist.review.${steps.review}`),
      action: t('assessmentPlace.checklist.review.action'),
      onAction: onReview,
    },
    {
      step: 'sign',
      state: steps.sign,
      title: t('assessmentPlace.checklist.sign.title'),
      text: t(`assessmentPlace.checklist.sign.${steps.sign}`),
      action: t('assessmentPlace.checklist.sign.action'),
      onAction: steps.sign === 'waiting' ? undefined : onSign,
    },
    {
      step: 'verify',
      state: steps.verify,
      title: t('assessmentPlace.checklist.verify.title'),
      text: t(`assessmentPlace.checklist.verify.${steps.verify}`),
      action: t('assessmentPlace.checklist.verify.action'),
      onAction: onVerify,
    },
  ] satisfies {
    step: string;
    state: StepState;
    onAction: (() => void) | undefined;
    [key: string]: unknown;
  }[];
  return (
    <section className="panel place-checklist" aria-labelledby={`${id}-title`} data-testid="place-checklist">
      <h2 id={`${id}-title`}>{t('assessmentPlace.checklist.title')}</h2>
      <p className="muted">{t('assessmentPlace.checklist.intro')}</p>
      <ol className="place-checklist__steps">
        {rows.map((row) => (
          <li
            key={row.step}
            className={`place-checklist__step place-checklist__step--${row.state}`}
            data-testid={`checklist-${row.step}`}
            data-state={row.state}
          >
            <div className="place-checklist__text">
              <h3 id={`${id}-${row.step}`} className="place-checklist__title">
                {row.title}
              </h3>
              <p className="place-checklist__state">
                <span className="badge place-checklist__badge">
                  {t(`assessmentPlace.checklist.state.${row.state}`)}
                </span>{' '}
                {row.text}
              </p>
            </div>
            {row.onAction && (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-describedby={`${id}-${row.step}`}
                onClick={row.onAction}
              >
                {row.action}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
