import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { assessmentStatusSchema } from '../../../assessments/assessment/schemas';

interface StatusBadgeProps {
  status: z.output<typeof assessmentStatusSchema>;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`assessmentStatus.${status}`)}</span>;
}
