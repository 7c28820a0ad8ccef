import type { z } from 'zod';
import type { AnswerEntry } from '../questionnaire/answers';
import type { CompiledTemplate } from '../questionnaire/compile';
import { validateAnswer } from '../questionnaire/validateAnswer';
import { canonicalJson } from '../shared/canonicalJson';
import type { upgradePlanSchema } from './upgradeSchemas';

type Plan = z.output<typeof upgradePlanSchema>;

export interface CarryOver extends Pick<
  Plan,
  'carried' | 'dropped' | 'newQuestions' | 'changedQuestions' | 'toAnswer'
> {
  /** The answers as they will stand in the new version. */
  answers: Record<string, AnswerEntry>;
  /** Evidence ids per question that survive into the new version. */
  links: Record<string, string[]>;
  droppedLinks: Plan['evidence']['droppedLinks'];
}

/**
 * What of an assessment answered against `from` still holds against `to`. An answer is carried when
 * its question exists in `to` and the stored value passes `to`'s own validation, so a changed
 * question keeps its answer only if that answer is still one the new question accepts.
 */
export function planCarryOver(
  from: CompiledTemplate,
  to: CompiledTemplate,
  answers: Readonly<Record<string, AnswerEntry>>,
  links: ReadonlyMap<string, readonly string[]>,
): CarryOver {
  const plan: CarryOver = {
    carried: [],
    dropped: [],
    newQuestions: [],
    changedQuestions: [],
    toAnswer: [],
    answers: {},
    links: {},
    droppedLinks: [],
  };
  const toRef = `${to.template.id}@${to.template.version}`;
  for (const questionId of to.order) {
    const question = to.questions.get(questionId)?.question;
    const before = from.questions.get(questionId)?.question;
    if (!question) continue;
    if (!before) plan.newQuestions.push(questionId);
    // The parsed question, defaults included, is what scoring reads; comparing it canonically
    // catches any change that could alter a score, and nothing that could not.
    else if (canonicalJson(before) !== canonicalJson(question)) plan.changedQuestions.push(questionId);
    const entry = answers[questionId];
    if (entry) {
      const problem = validateAnswer(question, entry);
      if (problem === null) {
        plan.carried.push(questionId);
        plan.answers[questionId] = entry;
      } else {
        plan.dropped.push({
          questionId,
          reason: 'value_invalid',
          message: `${questionId} in ${toRef}: ${problem}`,
          value: entry.value,
        });
      }
    }
    if (!before || (entry && !plan.answers[questionId])) plan.toAnswer.push(questionId);
    const linked = links.get(questionId);
    if (linked) plan.links[questionId] = [...linked];
  }
  for (const questionId of from.order) {
    if (to.questions.has(questionId)) continue;
    const entry = answers[questionId];
    if (entry) {
      plan.dropped.push({
        questionId,
        reason: 'question_removed',
        message: `${questionId} is not in ${toRef}`,
        value: entry.value,
      });
    }
    for (const evidenceId of links.get(questionId) ?? []) plan.droppedLinks.push({ evidenceId, questionId });
  }
  return plan;
}
