import type { ScoringResult } from '../resultSchema';
import type { TrailMessage } from './trailMessage';

/**
 * The message of each step of a result's trail, for showing it in the reader's language. A scoring
 * version that records messages has them in the result; for a frozen version that does not, the
 * same answers are scored again with messages on, and each message is used only where its step
 * reads exactly as the recorded one — a step that does not match stays in the engine's English
 * (null here) rather than showing something the result does not say.
 */
export function trailMessages(
  result: ScoringResult,
  rescoreWithMessages: () => ScoringResult,
): (TrailMessage | null)[] {
  const recorded = result.explanation.map((step) => step.message ?? null);
  if (recorded.every((msg) => msg !== null)) return recorded;
  const again = rescoreWithMessages().explanation;
  return result.explanation.map((step, index) => {
    const candidate = again[index];
    return (
      step.message ??
      (candidate && candidate.kind === step.kind && candidate.text === step.text
        ? (candidate.message ?? null)
        : null)
    );
  });
}
