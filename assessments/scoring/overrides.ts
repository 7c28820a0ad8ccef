import type { CompiledFlag } from '../questionnaire/compile';
import { RECOMMENDATIONS, TIERS } from '../questionnaire/templateSchema';
import type { Recommendation, ScoringConfig, Tier } from '../questionnaire/templateTypes';
import type { Override } from './resultSchema';
import { idList, message, sourceText, type TrailMessage } from './trail/trailMessage';

/** What the GAP gate (§6.4 step 5) looks at; null while computing the tier the `tier` variable sees. */
export interface GateInput {
  openGapFlags: readonly CompiledFlag[];
  /** Unknown answers ÷ answered scored visible questions of `unknownGate.sections`. */
  unknownShare: number;
  unknownGateExceeded: boolean;
}

export interface OverrideOutcome {
  tier: Tier;
  recommendation: Recommendation;
  incomplete: boolean;
  overrides: Override[];
  /** Why each override applied, parallel to `overrides`; its English reading is the override's `reason`. */
  reasons: TrailMessage[];
  notification: { required: boolean; flagIds: string[] };
}

export function maxTier(a: Tier, b: Tier): Tier {
  return TIERS.indexOf(a) >= TIERS.indexOf(b) ? a : b;
}

function maxRecommendation(a: Recommendation, b: Recommendation): Recommendation {
  return RECOMMENDATIONS.indexOf(a) >= RECOMMENDATIONS.indexOf(b) ? a : b;
}

const ids = (flags: readonly CompiledFlag[]) => idList(flags.map((flag) => flag.rule.id));
const percent = (share: number) => ({ percent: Math.round(share * 100) });

/**
 * The red-flag overrides of BRIEF §6.4, in its order, each recorded even when it leaves the tier
 * where it was (a STOP on an already Unacceptable tier still changes the recommendation and must
 * show in the trail). Overrides only ever raise the tier and the recommendation.
 */
export function applyOverrides(
  scoring: ScoringConfig,
  matrixTier: Tier,
  flags: readonly CompiledFlag[],
  gate: GateInput | null,
): OverrideOutcome {
  let tier = matrixTier;
  const minimums: Recommendation[] = [];
  const overrides: Override[] = [];
  const reasons: TrailMessage[] = [];
  const record = (step: Override['step'], to: Tier, reason: TrailMessage) => {
    overrides.push({ step, from: tier, to, reason: sourceText(reason) });
    reasons.push(reason);
    tier = to;
  };
  const withCode = (code: CompiledFlag['rule']['code']) => flags.filter((flag) => flag.rule.code === code);

  const stops = withCode('STOP');
  if (stops.length > 0) {
    record('STOP', 'Unacceptable', message('override.stop', { ids: ids(stops) }));
    minimums.push('deny');
  }
  const notify = withCode('NOTIFY');
  if (notify.length > 0) record('NOTIFY', tier, message('override.notify', { ids: ids(notify) }));
  const escalations = withCode('ESC');
  if (escalations.length > 0) {
    record('ESC', maxTier(tier, 'High'), message('override.esc', { ids: ids(escalations) }));
    minimums.push('refer');
  }
  const sections = [...new Set(escalations.map((flag) => flag.section.id))].sort();
  const threshold = scoring.cumulativeEscalationSections;
  if (threshold !== undefined && sections.length >= threshold) {
    record(
      'cumulative',
      'Unacceptable',
      message('override.cumulative', { count: sections.length, sections: idList(sections), threshold }),
    );
  }
  let incomplete = false;
  if (gate && (gate.openGapFlags.length > 0 || gate.unknownGateExceeded)) {
    incomplete = true;
    minimums.push('refer');
    record('GAP', maxTier(tier, 'High'), gateReason(scoring, gate));
  }
  const recommendation = minimums.reduce(maxRecommendation, scoring.recommendations[tier]);
  return {
    tier,
    recommendation,
    incomplete,
    overrides,
    reasons,
    notification: { required: notify.length > 0, flagIds: notify.map((flag) => flag.rule.id) },
  };
}

function gateReason(scoring: ScoringConfig, gate: GateInput): TrailMessage {
  const reasons: TrailMessage[] = [];
  if (gate.openGapFlags.length > 0) reasons.push(message('gap.open', { ids: ids(gate.openGapFlags) }));
  if (gate.unknownGateExceeded && scoring.unknownGate) {
    const { sections, maxShare } = scoring.unknownGate;
    reasons.push(
      message('gap.unknown', {
        share: percent(gate.unknownShare),
        sections: idList(sections),
        maxShare: percent(maxShare),
      }),
    );
  }
  return message('override.gap', { reasons: { list: reasons, sep: 'answers' } });
}
