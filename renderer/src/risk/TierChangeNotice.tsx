import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useTierChange } from './useTierChange';

interface TierChangeNoticeProps {
  evaluation: OperationOutput<'assessment.evaluate'> | null;
  /** Questions whose saves `evaluation` is the first to reflect, most recent last. */
  savedQuestionIds?: readonly string[];
}

/**
 * "Tier changed from High to Unacceptable after the answer to D3", said politely when a save moves
 * the tier. The live region is always in the page, so the sentence is announced when it appears.
 */
export function TierChangeNotice({ evaluation, savedQuestionIds }: TierChangeNoticeProps) {
  const { t } = useTranslation();
  const change = useTierChange(evaluation, savedQuestionIds);
  let sentence = '';
  if (change) {
    const tiers = { from: t(`risk.tier.${change.from}`), to: t(`risk.tier.${change.to}`) };
    sentence = change.questionId
      ? t('risk.tierChanged', { ...tiers, question: change.questionId })
      : t('risk.tierChangedUnattributed', tiers);
  }
  return (
    <p
      className="tier-change-notice"
      role="status"
      data-testid="tier-change-notice"
      data-from={change?.from}
      data-to={change?.to}
    >
      {sentence}
    </p>
  );
}
