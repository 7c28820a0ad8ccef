import { useTranslation } from 'react-i18next';
import type { Tier } from '../assessmentList/listQuery';

interface TierBadgeProps {
  tier: Tier | null;
}

/** The computed risk tier; colour only repeats what the word already says. */
export function TierBadge({ tier }: TierBadgeProps) {
  const { t } = useTranslation();
  if (!tier) return <span className="muted">{t('tier.none')}</span>;
  return (
    <span className={`badge tier tier--${tier.toLowerCase()}`} data-tier={tier}>
      {t(`tier.${tier}`)}
    </span>
  );
}
