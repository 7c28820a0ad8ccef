import { AppError, NotFoundError } from '../shared/errors';
import type { AnswerEntry } from '../questionnaire/answers';
import { computeProgress, finalisationBlockers } from '../questionnaire/progress';
import { assumptionsOf } from '../scoring/assumptions';
import { scoreAssessment } from '../scoring/scoreAssessment';
import { analyseSensitivity } from '../scoring/sensitivity';
import { trailMessages } from '../scoring/trail/trailMessages';
import { selectAnswers } from '../store/answerRows';
import { selectAssessment } from '../store/assessmentRows';
import { selectAssessmentLinks } from '../store/evidenceRows';
import type { AssessmentDeps } from './assessmentService';

/**
 * Scores an assessment against its pinned template, with progress, what blocks finalisation and
 * what the result assumes. The assumptions sit beside the result, never in it, so a frozen scoring
 * version keeps its exact bytes.
 */
export function evaluateAssessment({ ws, pinned }: Pick<AssessmentDeps, 'ws' | 'pinned'>, id: string) {
  const { bundle, compiled, answers, evidenceCounts, evidenceLinks, result } = scorePinnedAssessment(
    { ws, pinned },
    id,
  );
  const progress = computeProgress(compiled, answers, evidenceCounts);
  return {
    templateRef: bundle.ref,
    result,
    assumptions: assumptionsOf(compiled, answers, result),
    trail: trailMessages(result, () =>
      scoreAssessment(compiled, answers, { evidenceCounts, evidenceLinks, messages: true }),
    ),
    progress,
    blockers: finalisationBlockers(progress, result.gaps.openGapFlags),
  };
}

/**
 * Which single answers would give the assessment another tier: every variant is scored, which takes
 * far longer than one evaluation, so it is asked for apart from `evaluateAssessment`.
 */
export function assessmentSensitivity({ ws, pinned }: Pick<AssessmentDeps, 'ws' | 'pinned'>, id: string) {
  const { compiled, answers, evidenceCounts, result } = scorePinnedAssessment({ ws, pinned }, id);
  return analyseSensitivity(compiled, answers, result, { evidenceCounts });
}

function scorePinnedAssessment({ ws, pinned }: Pick<AssessmentDeps, 'ws' | 'pinned'>, id: string) {
  const assessment = selectAssessment(ws.db, id);
  if (!assessment) throw new NotFoundError('Assessment', id);
  if (!assessment.template_hash) {
    throw new AppError('conflict', `Assessment ${id} has no questionnaire template, so it cannot be scored.`);
  }
  return scoreStoredAssessment({ ws, pinned }, id, assessment.template_hash);
}

/** Scores the stored answers and evidence links of an assessment that has a pinned template. */
export function scoreStoredAssessment(
  { ws, pinned }: Pick<AssessmentDeps, 'ws' | 'pinned'>,
  assessmentId: string,
  templateHash: string,
) {
  const { bundle, compiled } = pinned.get(ws.db, templateHash);
  const answers: Record<string, AnswerEntry> = {};
  for (const row of selectAnswers(ws.db, assessmentId)) {
    answers[row.question_id] =
      row.note === null
        ? { value: JSON.parse(row.value_json) }
        : { value: JSON.parse(row.value_json), note: row.note };
  }
  const evidenceLinks = Object.fromEntries(selectAssessmentLinks(ws.db, assessmentId));
  const evidenceCounts = Object.fromEntries(
    Object.entries(evidenceLinks).map(([questionId, ids]) => [questionId, ids.length]),
  );
  const result = scoreAssessment(compiled, answers, { evidenceCounts, evidenceLinks });
  return { bundle, compiled, answers, evidenceCounts, evidenceLinks, result };
}
