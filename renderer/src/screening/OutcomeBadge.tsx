import { useTranslation } from 'react-i18next';
import type { Outcome } from './screeningTypes';

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--outcome-${outcome}`} data-testid="outcome" data-outcome={outcome}>
      {t(`screening.outcome.${outcome}`)}
    </span>
  );
}
