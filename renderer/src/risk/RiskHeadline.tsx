import { useTranslation } from 'react-i18next';
import type { ScoringResult } from '../../../assessments/scoring/resultSchema';

interface RiskHeadlineProps {
  result: ScoringResult;
  /** The result rests on assumptions (or the GAP gate fired), so it may still change. */
  provisional: boolean;
}

/**
 * The computed tier and recommendation, and one plain note on how final they are. The note never
 * names a recommendation of its own: the GAP gate already raised the one shown (a STOP's Deny stays
 * Deny), so a second one beside it could only contradict it.
 */
export function RiskHeadline({ result, provisional }: RiskHeadlineProps) {
  const { t } = useTranslation();
  const note = provisional ? t('risk.provisional') : result.finalisable ? null : t('risk.notFinalisable');
  return (
    <div
      className={`risk-outcome tier--${result.tier}`}
      role="status"
      data-testid="risk-outcome"
      data-provisional={provisional || undefined}
    >
      <p className="risk-outcome__item">
        <span className="risk-outcome__label">{t('risk.tierLabel')}</span>
        <strong className="risk-outcome__value" data-testid="risk-tier">
          {t(`risk.tier.${result.tier}`)}
        </strong>
      </p>
      <p className="risk-outcome__item">
        <span className="risk-outcome__label">{t('risk.recommendationLabel')}</span>
        <strong className="risk-outcome__value" data-testid="risk-recommendation">
          {t(`risk.recommendation.${result.recommendation}`)}
        </strong>
      </p>
      {note && (
        <p className="risk-outcome__note" data-testid="risk-outcome-note">
          {note}
        </p>
      )}
    </div>
  );
}
