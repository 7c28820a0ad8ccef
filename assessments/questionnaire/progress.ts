import * as z from 'zod';
import type { Answers } from './answers';
import { isAnswered } from './answerValue';
import type { CompiledTemplate } from './compile';
import { isReadOnlyQuestion } from './readOnlyQuestions';
import { validateAnswer } from './validateAnswer';
import { visibleQuestions } from './visibility';

export interface SectionProgress {
  section: string;
  visible: number;
  answered: number;
  requiredOpen: string[];
}

export interface QuestionState {
  questionId: string;
  visible: boolean;
  required: boolean;
  answered: boolean;
  /** Why the stored answer does not fit the question (e.g. after a template change), or null. */
  invalid: string | null;
  evidenceMissing: boolean;
}

export interface Progress {
  sections: SectionProgress[];
  questions: QuestionState[];
  answered: number;
  visible: number;
}

/**
 * Visibility, required-ness and completeness of every question, per section. Pure. A read-only
 * question (one the app fills in, see readOnlyQuestions.ts) is shown but never counted: it is
 * neither progress nor an open question.
 */
export function computeProgress(
  compiled: CompiledTemplate,
  answers: Answers,
  evidenceCounts: Readonly<Record<string, number>> = {},
): Progress {
  const visible = visibleQuestions(compiled, answers);
  const questions: QuestionState[] = [];
  const sections: SectionProgress[] = [];
  for (const section of compiled.template.sections) {
    const progress: SectionProgress = { section: section.id, visible: 0, answered: 0, requiredOpen: [] };
    for (const question of section.questions) {
      const shown = visible.has(question.id);
      const readOnly = isReadOnlyQuestion(compiled.template, question.id);
      const entry = answers[question.id];
      const answered = shown && !readOnly && isAnswered(question, entry);
      const state: QuestionState = {
        questionId: question.id,
        visible: shown,
        required: shown && !readOnly && question.required,
        answered,
        invalid: shown && entry && answered ? validateAnswer(question, entry) : null,
        evidenceMissing: shown && question.evidenceRequired && (evidenceCounts[question.id] ?? 0) === 0,
      };
      questions.push(state);
      if (!shown || readOnly) continue;
      progress.visible += 1;
      if (answered) progress.answered += 1;
      else if (question.required) progress.requiredOpen.push(question.id);
    }
    sections.push(progress);
  }
  return {
    sections,
    questions,
    answered: sections.reduce((sum, s) => sum + s.answered, 0),
    visible: sections.reduce((sum, s) => sum + s.visible, 0),
  };
}

export interface FinalisationBlockers {
  missingRequired: string[];
  missingEvidence: string[];
  invalidAnswers: string[];
  openGaps: string[];
}

/** What stops the assessment from being finalised; empty lists mean it may be decided. */
export function finalisationBlockers(
  progress: Progress,
  openGapFlagIds: readonly string[],
): FinalisationBlockers {
  return {
    missingRequired: progress.questions.filter((q) => q.required && !q.answered).map((q) => q.questionId),
    missingEvidence: progress.questions.filter((q) => q.evidenceMissing).map((q) => q.questionId),
    invalidAnswers: progress.questions.filter((q) => q.invalid !== null).map((q) => q.questionId),
    openGaps: [...openGapFlagIds],
  };
}

export const progressSchema = z.object({
  sections: z.array(
    z.object({
      section: z.string(),
      visible: z.number().int(),
      answered: z.number().int(),
      requiredOpen: z.array(z.string()),
    }),
  ),
  questions: z.array(
    z.object({
      questionId: z.string(),
      visible: z.boolean(),
      required: z.boolean(),
      answered: z.boolean(),
      invalid: z.string().nullable(),
      evidenceMissing: z.boolean(),
    }),
  ),
  answered: z.number().int(),
  visible: z.number().int(),
});

export const blockersSchema = z.object({
  missingRequired: z.array(z.string()),
  missingEvidence: z.array(z.string()),
  invalidAnswers: z.array(z.string()),
  openGaps: z.array(z.string()),
});
