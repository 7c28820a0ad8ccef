import { UNKNOWN } from '../questionnaire/answers';
import { isAnswered } from '../questionnaire/answerValue';
import type { CompiledFlag } from '../questionnaire/compile';
import type { Gaps } from './resultSchema';
import { evidenceCount, type ScoringState } from './scoringState';

/**
 * What blocks finalisation, all over visible questions only. A scored question whose answer the
 * template cannot score counts as missing (see `questionRisks`); Unknown counts as answered here and
 * is listed separately.
 */
export function collectGaps(state: ScoringState, raised: readonly CompiledFlag[]): Gaps {
  const gaps: Gaps = { unknownAnswers: [], missingRequired: [], missingEvidence: [], openGapFlags: [] };
  for (const id of state.compiled.order) {
    const question = state.compiled.questions.get(id)?.question;
    if (!question || !state.visible.has(id)) continue;
    const entry = state.answers[id];
    if (entry?.value === UNKNOWN) gaps.unknownAnswers.push(id);
    const answered = question.importance === undefined ? isAnswered(question, entry) : state.risks.has(id);
    if (question.required && !answered) gaps.missingRequired.push(id);
    if (question.evidenceRequired && evidenceCount(state.evidenceCounts, id) === 0)
      gaps.missingEvidence.push(id);
  }
  gaps.openGapFlags = raised.filter((flag) => flag.rule.code === 'GAP').map((flag) => flag.rule.id);
  return gaps;
}

/** Share of Unknown among the answered, scored, visible questions of the gate's sections. */
export function unknownShare(state: ScoringState): {
  share: number;
  exceeded: boolean;
  questionIds: string[];
} {
  const gate = state.scoring.unknownGate;
  if (!gate) return { share: 0, exceeded: false, questionIds: [] };
  const sections = new Set(gate.sections);
  let answered = 0;
  const questionIds: string[] = [];
  for (const [id, risk] of state.risks) {
    if (risk.notApplicable || !sections.has(state.compiled.questions.get(id)?.section.id ?? '')) continue;
    answered += 1;
    if (risk.unknown) questionIds.push(id);
  }
  const share = answered === 0 ? 0 : questionIds.length / answered;
  return { share, exceeded: share > gate.maxShare, questionIds };
}
