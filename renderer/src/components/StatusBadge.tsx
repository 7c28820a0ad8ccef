import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { assessmentStatusSchema } from '../../../assessments/assessment/schemas';

interface StatusBadgeProps {
  /** The stored status, or "stale" when answers changed after the decision. */
  status: z.output<typeof assessmentStatusSchema> | 'stale';
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`} data-status={status}>
      {t(`assessmentStatus.${status}`)}
    </span>
  );
}
