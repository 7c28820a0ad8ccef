import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { RecommendationCompare } from './RecommendationCompare';

type Decision = OperationOutput<'decision.record'>;

interface RecordedDecisionProps {
  decision: Decision;
  headingRef?: Ref<HTMLHeadingElement>;
  onDecideAgain: () => void;
}

/** The decision on record, and whether later answer changes have made it stale. */
export function RecordedDecision({ decision, headingRef, onDecideAgain }: RecordedDecisionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stale = decision.staleSince !== null;
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return (
    <section
      className={`panel recorded-decision${stale ? ' recorded-decision--stale' : ''}`}
      aria-labelledby="recorded-decision-title"
      data-testid="recorded-decision"
      data-stale={stale ? 'true' : 'false'}
    >
      <h2 id="recorded-decision-title" ref={headingRef} tabIndex={-1}>
        {t('decision.recorded.title')}
      </h2>
      {stale ? (
        <div className="notice notice--danger" data-testid="stale-notice">
          <p className="notice__title">
            {t('decision.recorded.stale', { date: formatDateTime(decision.staleSince ?? '', language) })}
          </p>
          <p className="notice__body">{t('decision.recorded.staleHint')}</p>
        </div>
      ) : (
        <p className="recorded-decision__current">{t('decision.recorded.current')}</p>
      )}
      <RecommendationCompare
        computed={decision.computedRecommendation}
        computedTier={decision.computedTier}
        final={decision.finalRecommendation}
      />
      <p className="muted">
        {t('decision.recorded.by', {
          name: decision.decidedBy,
          date: formatDateTime(decision.decidedAt, language),
        })}
      </p>
      <dl className="details-list">
        {decision.overrideJustification && (
          <>
            <dt>{t('decision.recorded.justification')}</dt>
            <dd dir="auto">{decision.overrideJustification}</dd>
          </>
        )}
        <dt>{t('decision.recorded.rationale')}</dt>
        <dd dir="auto">{decision.rationale}</dd>
        <dt>{t('decision.recorded.conditions')}</dt>
        <dd data-testid="recorded-conditions">
          {decision.conditions.length === 0 ? (
            t('decision.recorded.none')
          ) : (
            <ul className="recorded-decision__conditions">
              {decision.conditions.map((condition, index) => (
                <li key={index}>
                  <span className="condition-category">
                    {t(`decision.conditions.categories.${condition.category}`)}
                  </span>{' '}
                  <span dir="auto">{condition.text}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('decision.triggers.title')}</dt>
        <dd data-testid="recorded-triggers">
          {decision.triggers.length === 0 ? (
            t('decision.recorded.none')
          ) : (
            <ul className="recorded-decision__conditions">
              {decision.triggers.map((trigger) => (
                <li key={trigger}>{t(`decision.triggers.items.${trigger}`)}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('decision.recorded.reviewDate')}</dt>
        <dd>
          {decision.reviewDate ? (
            <time dateTime={decision.reviewDate}>{formatDate(decision.reviewDate)}</time>
          ) : (
            t('decision.recorded.none')
          )}
        </dd>
      </dl>
      <div className="form__actions">
        <button
          type="button"
          className={`button ${stale ? 'button--primary' : 'button--secondary'}`}
          onClick={onDecideAgain}
        >
          {stale ? t('decision.recorded.decideAgain') : t('decision.recorded.revise')}
        </button>
      </div>
    </section>
  );
}
