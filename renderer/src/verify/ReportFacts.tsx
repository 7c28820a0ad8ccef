import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { formatCalendarDate } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';

type Facts = NonNullable<OperationOutput<'pdf.verify'>['content']['facts']>;

/** What the signed report decides, in the first lines a licensing officer reads. */
export function ReportFacts({ facts }: { facts: Facts }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Values come from a file: a tier or recommendation this window does not know is shown as written.
  const recommendation = (value: string) =>
    t(`risk.recommendation.${value}` as never, { defaultValue: value });
  return (
    <dl className="details-list verification__facts" data-testid="report-facts">
      <dt>{t('verify.facts.tier')}</dt>
      <dd data-testid="fact-tier">{t(`risk.tier.${facts.tier}` as never, { defaultValue: facts.tier })}</dd>
      <dt>{t('verify.facts.finalDecision')}</dt>
      <dd data-testid="fact-final">
        {facts.finalRecommendation ? recommendation(facts.finalRecommendation) : t('verify.facts.none')}{' '}
        <span className="muted">
          ({t('verify.facts.computed', { recommendation: recommendation(facts.computedRecommendation) })})
        </span>
      </dd>
      <dt>{t('verify.facts.reviewDate')}</dt>
      <dd data-testid="fact-review">
        {facts.reviewDate
          ? (formatCalendarDate(facts.reviewDate, language) ?? facts.reviewDate)
          : t('verify.facts.none')}
      </dd>
    </dl>
  );
}
