import type { OperationOutput } from '../../../assessments/api/contract';
import type { AnswerEntry, Answers } from '../../../assessments/questionnaire/answers';
import { UNKNOWN } from '../../../assessments/questionnaire/answers';
import type { CompiledTemplate } from '../../../assessments/questionnaire/compile';
import type { Question } from '../../../assessments/questionnaire/templateSchema';
import { validateAnswer } from '../../../assessments/questionnaire/validateAnswer';
import type { AnswerDraft, AnswerValue } from '../autosave/useAnswerQueue';

/**
 * What the assessor has entered for one question, saved or not. `value` is undefined until the
 * question has an answer the engine accepts or an attempt at one (e.g. a half-typed date).
 */
export interface Draft {
  value: AnswerValue | undefined;
  note: string;
  /** The last answer other than "unknown", restored when "unknown" is switched off again. */
  beforeUnknown?: AnswerValue | undefined;
}

export type Drafts = Readonly<Record<string, Draft | undefined>>;
type StoredAnswer = OperationOutput<'assessment.get'>['answers'][number];

/** Drafts from the stored answers, overridden by anything a save queue of this session still holds. */
export function initialDrafts(
  questionIds: readonly string[],
  stored: readonly StoredAnswer[],
  pending: (questionId: string) => AnswerDraft | null,
): Record<string, Draft> {
  const drafts: Record<string, Draft> = {};
  for (const answer of stored) {
    drafts[answer.questionId] = { value: answer.value, note: answer.note ?? '' };
  }
  // Including questions without a stored answer: their first save may still be on its way.
  for (const questionId of questionIds) {
    const queued = pending(questionId);
    if (queued) drafts[questionId] = { value: queued.value, note: queued.note ?? '' };
  }
  return drafts;
}

/** The engine's objection to a draft, or null when it can be saved as it is. */
export function draftProblem(question: Question, draft: Draft | undefined): string | null {
  if (!draft || draft.value === undefined) return null;
  return validateAnswer(question, toEntry(draft));
}

export function toEntry(draft: Draft): AnswerEntry {
  return draft.note.trim()
    ? { value: draft.value ?? null, note: draft.note }
    : { value: draft.value ?? null };
}

/** The answers as the engine sees them: only drafts it accepts count for show-if and progress. */
export function acceptedAnswers(compiled: CompiledTemplate, drafts: Drafts): Answers {
  const answers: Record<string, AnswerEntry> = {};
  for (const [questionId, draft] of Object.entries(drafts)) {
    const found = compiled.questions.get(questionId);
    if (!found || !draft || draft.value === undefined) continue;
    if (draftProblem(found.question, draft) === null) answers[questionId] = toEntry(draft);
  }
  return answers;
}

/**
 * A multi-select after toggling `value`: an exclusive option ("none of these") clears the others,
 * and any other option clears the exclusive ones. "Unknown" is replaced by the first real choice.
 */
export function toggleOption(question: Question, current: AnswerValue | undefined, value: string): string[] {
  const chosen = Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [];
  if (chosen.includes(value)) return chosen.filter((v) => v !== value);
  const exclusive = new Set((question.options ?? []).filter((o) => o.exclusive).map((o) => o.value));
  const kept = exclusive.has(value) ? [] : chosen.filter((v) => !exclusive.has(v));
  const order = (question.options ?? []).map((o) => o.value);
  return [...kept, value].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** The draft after the assessor toggles "Unknown". */
export function toggleUnknown(draft: Draft | undefined): Draft {
  const current = draft ?? { value: undefined, note: '' };
  if (current.value === UNKNOWN) return { value: current.beforeUnknown, note: current.note };
  return { value: UNKNOWN, note: current.note, beforeUnknown: current.value };
}
