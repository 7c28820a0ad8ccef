import type { Answers } from '../questionnaire/answers';
import type { CompiledTemplate } from '../questionnaire/compile';
import type { ScoringConfig, Tier } from '../questionnaire/templateTypes';
import { visibleQuestions } from '../questionnaire/visibility';
import { buildExplanation } from './explanation';
import { evaluateFlags, flagsByPhase, inTemplateOrder, triggeredFlag } from './flags';
import { collectGaps, unknownShare } from './gaps';
import { assessLikelihood } from './likelihood';
import { applyOverrides } from './overrides';
import { questionRisks, questionScores, sectionQuestionIds, sectionScores } from './questionScores';
import type { ScoringResult } from './resultSchema';
import { revisitPrompts } from './revisit';
import type { ScoringState } from './scoringState';
import { assessSeverity } from './severity';

export interface ScoringOptions {
  /** Evidence items attached per question id; `evidence(Q)` in rules and the evidence gaps read it. */
  evidenceCounts?: Readonly<Record<string, number>>;
  /** Evidence ids per question id, copied into the explanation steps that cite the question. */
  evidenceLinks?: Readonly<Record<string, readonly string[]>>;
  /**
   * Give each explanation step its message even where the scoring version does not record them:
   * for showing a frozen version's trail in the reader's language, never for a result to store.
   */
  messages?: boolean;
}

export function matrixTier(scoring: ScoringConfig, severity: number, likelihood: number): Tier {
  const tier = scoring.matrix[severity - 1]?.[likelihood - 1];
  if (!tier)
    throw new Error(`the scoring matrix has no cell for severity ${severity}, likelihood ${likelihood}`);
  return tier;
}

/** The axes, the matrix cell, the raised flags (three phases) and the overrides, in BRIEF §6 order. */
function decide(state: ScoringState, scoring: ScoringConfig, bySection: ReadonlyMap<string, string[]>) {
  const phases = flagsByPhase(state.compiled.flags);
  const severity = assessSeverity(state);
  const early = evaluateFlags(state, phases.answers, { severity: severity.band });
  const stopFlagged = early.some((flag) => flag.rule.code === 'STOP');
  const likelihood = assessLikelihood(state, bySection, severity.band, stopFlagged);
  const cell = matrixTier(scoring, severity.band, likelihood.result.finalBand);
  const variables = { severity: severity.band, likelihood: likelihood.result.finalBand, matrixTier: cell };
  const late = evaluateFlags(state, phases.matrix, variables);
  // The `tier` variable is the tier after STOP/ESC/cumulative but before the GAP gate (§6.4 1–4),
  // computed once from the flags that do not read it; no fixpoint is sought.
  const tierBeforeGate = applyOverrides(scoring, cell, [...early, ...late], null).tier;
  const tierFlags = evaluateFlags(state, phases.tier, { ...variables, tier: tierBeforeGate });
  const raised = inTemplateOrder(state, [...early, ...late, ...tierFlags]);
  const unknown = unknownShare(state);
  const outcome = applyOverrides(scoring, cell, raised, {
    openGapFlags: raised.filter((flag) => flag.rule.code === 'GAP'),
    unknownShare: unknown.share,
    unknownGateExceeded: unknown.exceeded,
  });
  return { severity, likelihood, cell, raised, unknown, outcome };
}

/**
 * Scores an assessment by BRIEF §6: a pure, deterministic function of the template and the answers
 * (and evidence counts), so a verifier can recompute the embedded result byte for byte. Nothing
 * here iterates the answers object: every list follows the template, so key order cannot leak.
 */
export function scoreAssessment(
  compiled: CompiledTemplate,
  answers: Answers,
  options: ScoringOptions = {},
): ScoringResult {
  const { template } = compiled;
  const scoring = template.scoring;
  if (!scoring)
    throw new Error(
      `template "${template.id}@${template.version}" has no scoring block, so it cannot be scored`,
    );
  const visible = visibleQuestions(compiled, answers);
  const state: ScoringState = {
    compiled,
    scoring,
    answers,
    visible,
    risks: questionRisks(compiled, answers, visible, scoring.unknownRisk),
    evidenceCounts: options.evidenceCounts ?? {},
  };
  const bySection = sectionQuestionIds(compiled);
  const { severity, likelihood, cell, raised, unknown, outcome } = decide(state, scoring, bySection);
  const revisit = revisitPrompts(state);
  const gaps = collectGaps(state, raised);
  const explanation = buildExplanation({
    state,
    severity,
    likelihood,
    matrixTier: cell,
    raised,
    overrides: outcome.overrides,
    overrideReasons: outcome.reasons,
    unknownGateQuestionIds: unknown.exceeded ? unknown.questionIds : [],
    evidenceLinks: options.evidenceLinks,
    messages: options.messages ?? scoring.trailMessages === true,
  });
  return {
    configVersion: scoring.version,
    template: { id: template.id, version: template.version },
    tier: outcome.tier,
    recommendation: outcome.recommendation,
    incomplete: outcome.incomplete,
    finalisable:
      !outcome.incomplete && gaps.missingRequired.length === 0 && gaps.missingEvidence.length === 0,
    matrixTier: cell,
    severity,
    likelihood: likelihood.result,
    sections: sectionScores(state, bySection),
    questions: questionScores(state),
    flags: raised.map(triggeredFlag),
    notification: outcome.notification,
    overrides: outcome.overrides,
    gaps,
    explanation,
    // Methodology 1.1: present only when configured, so a 1.0 result keeps its exact bytes.
    ...(revisit ? { revisit } : {}),
  };
}
