/**
 * The question last shown for each assessment, so reopening it resumes there. Kept per window
 * profile in localStorage, holding nothing but a question id: the answers stay in the workspace.
 */
const PREFIX = 'assay.lastQuestion.';

export function readLastQuestion(
  storage: Pick<Storage, 'getItem'> | null,
  assessmentId: string,
): string | null {
  try {
    return storage?.getItem(PREFIX + assessmentId) || null;
  } catch {
    return null;
  }
}

export function rememberLastQuestion(
  storage: Pick<Storage, 'setItem'> | null,
  assessmentId: string,
  questionId: string,
): void {
  try {
    storage?.setItem(PREFIX + assessmentId, questionId);
  } catch {
    // Without storage, reopening starts at the first question still to answer.
  }
}
