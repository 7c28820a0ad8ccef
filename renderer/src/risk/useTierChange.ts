import { useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { tierChangeBetween, type TierChange } from './tierChange';

type Evaluation = OperationOutput<'assessment.evaluate'>;

/**
 * The last tier change between the evaluations this component was given, in turn: it stays until
 * the next evaluation arrives, and goes when that one leaves the tier where it was.
 */
export function useTierChange(
  evaluation: Evaluation | null,
  savedQuestionIds: readonly string[] = [],
): TierChange | null {
  const [seen, setSeen] = useState(evaluation);
  const [change, setChange] = useState<TierChange | null>(null);
  if (evaluation !== seen) {
    // Adjusting state while rendering, on a new evaluation only: no effect, no extra paint.
    setSeen(evaluation);
    setChange(seen && evaluation ? tierChangeBetween(seen, evaluation, savedQuestionIds) : null);
  }
  return change;
}
