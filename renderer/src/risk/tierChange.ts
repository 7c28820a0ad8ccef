import type { OperationOutput } from '../../../assessments/api/contract';
import type { Tier } from '../../../assessments/questionnaire/templateTypes';

type Evaluation = OperationOutput<'assessment.evaluate'>;

export interface TierChange {
  from: Tier;
  to: Tier;
  /** The question whose answer moved the tier; null when that cannot be told. */
  questionId: string | null;
}

/**
 * The tier change from one evaluation to the next, naming the answer that caused it: the question
 * last saved when the caller knows it, else the one question whose answer the two evaluations show
 * differently (answered or not, its risk, its severity point).
 */
export function tierChangeBetween(
  previous: Evaluation,
  next: Evaluation,
  savedQuestionIds: readonly string[] = [],
): TierChange | null {
  if (previous.result.tier === next.result.tier) return null;
  return {
    from: previous.result.tier,
    to: next.result.tier,
    questionId: savedQuestionIds.at(-1) ?? changedQuestion(previous, next),
  };
}

function answerSignatures(evaluation: Evaluation): Map<string, string> {
  const { result, progress } = evaluation;
  const risks = new Map(result.questions.map((q) => [q.questionId, `${q.risk}${q.unknown ? '?' : ''}`]));
  const signatures = new Map<string, string>();
  for (const question of progress.questions) {
    if (!question.visible) continue;
    const id = question.questionId;
    const point = Object.hasOwn(result.severity.dimensions, id) ? result.severity.dimensions[id] : undefined;
    signatures.set(
      id,
      [question.answered, question.invalid ?? '', risks.get(id) ?? '', point ?? ''].join('|'),
    );
  }
  return signatures;
}

/** The single question visible in both whose answer reads differently; null when none or several. */
function changedQuestion(previous: Evaluation, next: Evaluation): string | null {
  const before = answerSignatures(previous);
  const changed = [...answerSignatures(next)].filter(
    ([id, signature]) => before.has(id) && before.get(id) !== signature,
  );
  return changed.length === 1 ? (changed[0]?.[0] ?? null) : null;
}
