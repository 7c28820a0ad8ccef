import { expressionValue } from '../questionnaire/answerValue';
import { RISK_MAX } from '../questionnaire/templateSchema';
import type { Question } from '../questionnaire/templateTypes';
import type { CapApplied, SeverityResult } from './resultSchema';
import { compiledRule, inDocumentOrder, ruleHolds, type ScoringState } from './scoringState';

const BAND_MIN = 1;
const BAND_MAX = 5;

/**
 * Where an unanswered or Unknown severity dimension sits on its scale: the same fraction of the
 * scale as the Unknown risk is of 0–4, so the template's `unknownRisk` (default 3) puts it at 4 on
 * a 1–5 scale. Pessimistic, as §5 asks, without claiming the worst.
 */
export function pessimisticPoint(question: Question, unknownRisk: number): number {
  const min = question.scale?.min ?? BAND_MIN;
  const max = question.scale?.max ?? BAND_MAX;
  const risk = question.unknownRisk ?? unknownRisk;
  return min + Math.round((risk / RISK_MAX) * (max - min));
}

function clampBand(value: number): number {
  return Math.min(BAND_MAX, Math.max(BAND_MIN, Math.round(value)));
}

/** The assessor's point on a scale question, or null when hidden, unanswered, Unknown or off the scale. */
export function scalePoint(state: ScoringState, id: string): number | null {
  const question = state.compiled.questions.get(id)?.question;
  if (!question || !state.visible.has(id)) return null;
  const value = expressionValue(question, state.answers[id]);
  if (typeof value !== 'number') return null;
  const min = question.scale?.min ?? BAND_MIN;
  const max = question.scale?.max ?? BAND_MAX;
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * Methodology 1.1 caps whose condition holds on a visible dimension, in template order; null when the
 * template configures none, so a template without `caps` yields a result without `capsApplied`.
 */
function capsThatHold(state: ScoringState): CapApplied[] | null {
  const caps = state.scoring.severity.caps;
  if (!caps) return null;
  return caps
    .filter(
      (cap) =>
        state.visible.has(cap.dimension) && ruleHolds(state, compiledRule(state.compiled, `cap:${cap.id}`)),
    )
    .map((cap) => ({ id: cap.id, dimension: cap.dimension, atMost: cap.atMost, reason: cap.reason }));
}

/**
 * Sev = max of the dimensions ("any one dimension can make it severe", §2.2), then floors. Hidden
 * dimensions do not apply; with none visible the band is the lowest. A cap that holds limits what its
 * dimension counts toward the max (its pessimistic point too, when Unknown); floors may still raise.
 */
export function assessSeverity(state: ScoringState): SeverityResult {
  const dimensions: Record<string, number | null> = {};
  const assumedDimensions: string[] = [];
  const capsApplied = capsThatHold(state);
  let dimensionBand = BAND_MIN;
  for (const id of state.scoring.severity.dimensions) {
    const question = state.compiled.questions.get(id)?.question;
    if (!question) throw new Error(`severity dimension "${id}" is not a question of the template`);
    const point = scalePoint(state, id);
    dimensions[id] = point;
    if (!state.visible.has(id)) continue;
    if (point === null) assumedDimensions.push(id);
    const ceiling = Math.min(
      BAND_MAX,
      ...(capsApplied ?? []).filter((cap) => cap.dimension === id).map((cap) => cap.atMost),
    );
    dimensionBand = Math.max(
      dimensionBand,
      Math.min(ceiling, clampBand(point ?? pessimisticPoint(question, state.scoring.unknownRisk))),
    );
  }
  let band = dimensionBand;
  const floorsApplied: SeverityResult['floorsApplied'] = [];
  for (const floor of state.scoring.severity.floors) {
    if (!ruleHolds(state, compiledRule(state.compiled, `floor:${floor.id}`))) continue;
    floorsApplied.push({ id: floor.id, atLeast: floor.atLeast, reason: floor.reason });
    band = Math.max(band, floor.atLeast);
  }
  return {
    band,
    dimensionBand,
    dimensions,
    assumedDimensions: inDocumentOrder(state, assumedDimensions),
    floorsApplied,
    ...(capsApplied ? { capsApplied } : {}),
  };
}
