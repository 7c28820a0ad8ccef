import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';

type Decision = OperationOutput<'decision.record'>;

interface RecommendationCompareProps {
  computed: Decision['computedRecommendation'];
  computedTier: Decision['computedTier'];
  final: Decision['finalRecommendation'] | null;
}

/** Computed and final recommendation side by side, as the report prints them. */
export function RecommendationCompare({ computed, computedTier, final }: RecommendationCompareProps) {
  const { t } = useTranslation();
  const overriding = final !== null && final !== computed;
  return (
    <section className="compare" aria-label={t('decision.compare')} data-testid="recommendation-compare">
      <div className={`compare__card tier--${computedTier}`} data-testid="computed-recommendation">
        <span className="compare__label">{t('decision.computed')}</span>
        <strong className="compare__value">{t(`risk.recommendation.${computed}`)}</strong>
        <span className="compare__tier">
          {t('risk.tierLabel')}: {t(`risk.tier.${computedTier}`)}
        </span>
      </div>
      <div
        className={`compare__card compare__card--final${overriding ? ' compare__card--override' : ''}`}
        data-testid="final-recommendation-value"
      >
        <span className="compare__label">{t('decision.final')}</span>
        <strong className="compare__value">
          {final ? t(`risk.recommendation.${final}`) : t('decision.notChosen')}
        </strong>
        {overriding && <span className="compare__tier">{t('risk.trail.kinds.override')}</span>}
      </div>
    </section>
  );
}
