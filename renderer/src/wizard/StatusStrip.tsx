import { useTranslation } from 'react-i18next';
import { TierChangeNotice } from '../risk/TierChangeNotice';
import type { Evaluation } from './useEvaluation';

interface StatusStripProps {
  answered: number;
  visible: number;
  evaluation: Evaluation | null;
  /** `useEvaluation().savedQuestionIds`: names the answer in the tier-change notice. */
  savedQuestionIds?: readonly string[];
}

/** Progress, tier and recommendation at a glance, above the question, and a notice when the tier moves. */
export function StatusStrip({ answered, visible, evaluation, savedQuestionIds }: StatusStripProps) {
  const { t } = useTranslation();
  const result = evaluation?.result;
  const provisional =
    result !== undefined && (result.incomplete || (evaluation?.assumptions ?? []).length > 0);
  const complete = visible > 0 && answered === visible;
  return (
    <section className="status-strip" aria-label={t('wizard.status.label')}>
      <p
        className="status-strip__item"
        data-testid="wizard-progress"
        data-answered={answered}
        data-visible={visible}
        data-complete={complete || undefined}
      >
        <progress
          className="status-strip__progress"
          max={Math.max(visible, 1)}
          value={answered}
          aria-hidden="true"
        />
        <span>{complete ? t('wizard.allAnswered') : t('wizard.status.progress', { answered, visible })}</span>
      </p>
      <p className="status-strip__item" data-testid="status-tier" data-tier={result?.tier}>
        <span className="status-strip__label">{t('wizard.status.tier')}</span>{' '}
        {result ? (
          <strong className={`tier tier--${result.tier}`}>{t(`wizard.tiers.${result.tier}`)}</strong>
        ) : (
          <span className="muted">{t('wizard.status.pending')}</span>
        )}
        {provisional && <span className="marker marker--gap">{t('risk.provisionalShort')}</span>}
      </p>
      <p
        className="status-strip__item"
        data-testid="status-recommendation"
        data-recommendation={result?.recommendation}
      >
        <span className="status-strip__label">{t('wizard.status.recommendation')}</span>{' '}
        {result ? (
          <strong>{t(`wizard.recommendations.${result.recommendation}`)}</strong>
        ) : (
          <span className="muted">{t('wizard.status.pending')}</span>
        )}
      </p>
      <TierChangeNotice evaluation={evaluation} savedQuestionIds={savedQuestionIds} />
    </section>
  );
}
