import type { LikelihoodResult } from './resultSchema';
import { questionSetScore } from './questionScores';
import { compiledRule, round2, ruleHolds, type ScoringState } from './scoringState';
import { scalePoint } from './severity';

export interface ComponentScore {
  section: string;
  /** The questions the component reads: its `questions`, or the whole section. */
  questionIds: string[];
  /** Reads only the listed questions of its section. */
  restricted: boolean;
  weight: number;
  /** Rounded S of the component; null (contributing 0) while none of its questions is answered. */
  score: number | null;
}

/** Why mitigation credit was or was not granted, for the explanation trail. */
export type MitigationOutcome =
  'not-configured' | 'conditions-not-met' | 'severity-too-high' | 'stop-flag' | 'actual-misuse' | 'applied';

export interface LikelihoodDetail {
  result: LikelihoodResult;
  components: ComponentScore[];
  mitigation: MitigationOutcome;
}

/** Band 1–5 from the exclusive upper bounds of bands 1–4. */
export function bandFromCutoffs(score: number, cutoffs: readonly number[]): number {
  let band = 1;
  for (const cutoff of cutoffs) if (score >= cutoff) band += 1;
  return band;
}

function componentScores(state: ScoringState, bySection: ReadonlyMap<string, string[]>): ComponentScore[] {
  return state.scoring.likelihood.components.map((component) => {
    const questionIds = component.questions ?? bySection.get(component.section) ?? [];
    const set = questionSetScore(state, questionIds);
    return {
      section: component.section,
      questionIds: [...questionIds],
      restricted: component.questions !== undefined,
      weight: component.weight,
      score: set.score,
    };
  });
}

/**
 * Lik: the band of L, moved at most one band by the assessor's judgement, lowered by mitigation
 * credit, and pinned at 5 when an `actual` rule holds. Actual misuse comes last on purpose: it is a
 * fact, not a forecast, so neither judgement nor contract terms may lower it (SHIRA practice, §2.2).
 * `stopFlagged` is whether a STOP flag that does not itself read likelihood has fired.
 */
export function assessLikelihood(
  state: ScoringState,
  bySection: ReadonlyMap<string, string[]>,
  severityBand: number,
  stopFlagged: boolean,
): LikelihoodDetail {
  const config = state.scoring.likelihood;
  const raw = componentScores(state, bySection);
  const score = round2(raw.reduce((sum, component) => sum + component.weight * (component.score ?? 0), 0));
  const computedBand = bandFromCutoffs(score, config.cutoffs);

  const assessorBand = config.assessorJudgement ? scalePoint(state, config.assessorJudgement) : null;
  const validAssessor = assessorBand !== null && assessorBand >= 1 && assessorBand <= 5 ? assessorBand : null;
  const reconciled =
    validAssessor === null
      ? computedBand
      : Math.min(computedBand + 1, Math.max(computedBand - 1, validAssessor));

  const actualMisuse = config.actual
    .filter((rule) =>
      ruleHolds(state, compiledRule(state.compiled, `actual:${rule.id}`), { severity: severityBand }),
    )
    .map((rule) => rule.id);
  const mitigation = mitigationOutcome(state, severityBand, reconciled, stopFlagged, actualMisuse.length > 0);
  const credit = mitigation === 'applied' ? (state.scoring.mitigation?.credit ?? 0) : 0;
  const finalBand = actualMisuse.length > 0 ? 5 : Math.max(1, reconciled - credit);

  return {
    result: {
      score,
      computedBand,
      actualMisuse,
      assessorBand: validAssessor,
      assessorMove: reconciled - computedBand,
      assessorClamped: validAssessor !== null && validAssessor !== reconciled,
      finalBand,
      mitigationCreditApplied: mitigation === 'applied',
    },
    components: raw.map((component) => ({
      ...component,
      score: component.score === null ? null : round2(component.score),
    })),
    mitigation,
  };
}

function mitigationOutcome(
  state: ScoringState,
  severityBand: number,
  likelihoodBand: number,
  stopFlagged: boolean,
  actual: boolean,
): MitigationOutcome {
  const config = state.scoring.mitigation;
  if (!config || config.credit === 0) return 'not-configured';
  const variables = { severity: severityBand, likelihood: likelihoodBand };
  if (!ruleHolds(state, compiledRule(state.compiled, 'mitigation'), variables)) return 'conditions-not-met';
  if (severityBand > config.maxSeverity) return 'severity-too-high';
  if (stopFlagged) return 'stop-flag';
  if (actual) return 'actual-misuse';
  return 'applied';
}
