import { UNKNOWN } from '../questionnaire/answers';
import { expressionValue } from '../questionnaire/answerValue';
import type { CompiledFlag } from '../questionnaire/compile';
import { collectQuestionRefs, type Expr } from '../questionnaire/expression/ast';
import type { Tier } from '../questionnaire/templateTypes';
import type { LikelihoodDetail, MitigationOutcome } from './likelihood';
import type { ExplanationStep, Override, SeverityResult } from './resultSchema';
import { compiledRule, inDocumentOrder, type ScoringState } from './scoringState';
import { pessimisticPoint } from './severity';

export interface ExplanationInput {
  state: ScoringState;
  severity: SeverityResult;
  likelihood: LikelihoodDetail;
  matrixTier: Tier;
  raised: readonly CompiledFlag[];
  overrides: readonly Override[];
  unknownGateQuestionIds: readonly string[];
  evidenceLinks: Readonly<Record<string, readonly string[]>> | undefined;
}

type Draft = Omit<ExplanationStep, 'evidenceIds'>;

/**
 * The trail the report prints, from the axes to the tier: severity (dimensions, floors), likelihood
 * (score, judgement, mitigation, actual misuse), the matrix cell, each red flag, then each override
 * in §6.4 order. Every step names the questions it rests on, so tier ← rule ← question ← answer
 * (← evidence) can be followed.
 */
export function buildExplanation(input: ExplanationInput): ExplanationStep[] {
  const drafts: Draft[] = [
    ...severitySteps(input),
    ...likelihoodSteps(input),
    {
      kind: 'matrix',
      text: `Matrix: severity ${input.severity.band} × likelihood ${input.likelihood.result.finalBand} → ${input.matrixTier}`,
      questionIds: [],
    },
    ...input.raised.map((flag) => flagStep(input.state, flag)),
    ...input.overrides.map((override) => overrideStep(input, override)),
  ];
  return drafts.map((draft) => withEvidence(draft, input.evidenceLinks));
}

function severitySteps({ state, severity }: ExplanationInput): Draft[] {
  const dimensionIds = inDocumentOrder(state, Object.keys(severity.dimensions)).filter((id) =>
    state.visible.has(id),
  );
  const parts = dimensionIds.map((id) => {
    const point = severity.dimensions[id];
    const question = state.compiled.questions.get(id)?.question;
    if (typeof point === 'number' || !question) return `${id} = ${point}`;
    const why = state.answers[id]?.value === UNKNOWN ? 'Unknown' : 'unanswered';
    return `${id} ${why}, assumed ${pessimisticPoint(question, state.scoring.unknownRisk)}`;
  });
  const steps: Draft[] = [
    {
      kind: 'severity',
      text: `Severity ${severity.dimensionBand} = max of the dimensions (${parts.join(', ') || 'none visible'})`,
      questionIds: dimensionIds,
    },
  ];
  for (const floor of severity.floorsApplied) {
    const refs = ruleRefs(state, compiledRule(state.compiled, `floor:${floor.id}`));
    steps.push({
      kind: 'floor',
      text: `Floor ${floor.id}: ${floor.reason} (${describeAnswers(state, refs)}) → severity at least ${floor.atLeast}`,
      questionIds: refs,
    });
  }
  return steps;
}

function likelihoodSteps({ state, likelihood }: ExplanationInput): Draft[] {
  const { result, components } = likelihood;
  const terms = components.map(
    (c) =>
      `${c.weight} × S(${c.section}${c.restricted ? `: ${c.questionIds.join(', ')}` : ''}) ${c.score ?? 'n/a'}`,
  );
  const cutoffs = state.scoring.likelihood.cutoffs.join('/');
  const contributing = components.flatMap((c) => c.questionIds).filter((id) => state.risks.has(id));
  const steps: Draft[] = [
    {
      kind: 'likelihood',
      text: `L = ${terms.join(' + ')} = ${result.score} → band ${result.computedBand} (cut-offs ${cutoffs})`,
      questionIds: inDocumentOrder(state, contributing),
    },
  ];
  const assessorId = state.scoring.likelihood.assessorJudgement;
  if (assessorId && result.assessorBand !== null) {
    const moved = result.computedBand + result.assessorMove;
    const clamp = result.assessorClamped ? ', clamped to one band' : '';
    steps.push({
      kind: 'assessor',
      text: `Assessor's judgement ${assessorId} = ${result.assessorBand}: likelihood ${result.computedBand} → ${moved}${clamp}`,
      questionIds: [assessorId],
    });
  }
  if (likelihood.mitigation !== 'not-configured') {
    const refs = ruleRefs(state, compiledRule(state.compiled, 'mitigation'));
    const before = result.computedBand + result.assessorMove;
    const text = `${mitigationText(state, likelihood.mitigation)}${likelihood.mitigation === 'applied' ? ` ${before} → ${result.finalBand}` : ''}`;
    steps.push({ kind: 'mitigation', text, questionIds: refs });
  }
  for (const rule of state.scoring.likelihood.actual.filter((r) => result.actualMisuse.includes(r.id))) {
    const refs = ruleRefs(state, compiledRule(state.compiled, `actual:${rule.id}`));
    steps.push({
      kind: 'actual',
      text: `Actual misuse ${rule.id}: ${rule.reason} (${describeAnswers(state, refs)}) → likelihood 5`,
      questionIds: refs,
    });
  }
  return steps;
}

const MITIGATION_TEXT: Record<Exclude<MitigationOutcome, 'not-configured'>, string> = {
  applied: 'conditions hold: likelihood',
  'conditions-not-met': 'conditions do not hold: no credit',
  'severity-too-high': 'conditions hold but severity is above the maximum for credit: no credit',
  'stop-flag': 'conditions hold but a STOP flag is raised: no credit',
  'actual-misuse': 'conditions hold but actual misuse is evidenced: no credit',
};

function mitigationText(state: ScoringState, outcome: Exclude<MitigationOutcome, 'not-configured'>): string {
  const config = state.scoring.mitigation;
  return `Mitigation credit (−${config?.credit ?? 0}, severity ≤ ${config?.maxSeverity ?? '-'}): ${MITIGATION_TEXT[outcome]}`;
}

function flagStep(state: ScoringState, flag: CompiledFlag): Draft {
  const refs = inDocumentOrder(state, [flag.question.id, ...collectQuestionRefs(flag.when)]);
  return {
    kind: 'flag',
    text: `${flag.rule.code} ${flag.rule.id}: ${flag.rule.message} (${describeAnswers(state, refs)})`,
    questionIds: refs,
  };
}

function overrideStep(input: ExplanationInput, override: Override): Draft {
  const codes: Record<Override['step'], string> = {
    STOP: 'STOP',
    NOTIFY: 'NOTIFY',
    ESC: 'ESC',
    cumulative: 'ESC',
    GAP: 'GAP',
  };
  const flagged = input.raised
    .filter((flag) => flag.rule.code === codes[override.step])
    .map((flag) => flag.question.id);
  const extra = override.step === 'GAP' ? input.unknownGateQuestionIds : [];
  return {
    kind: override.step === 'GAP' ? 'gate' : 'override',
    text: `${override.step}: ${override.from} → ${override.to}. ${override.reason}`,
    questionIds: inDocumentOrder(input.state, [...flagged, ...extra]),
  };
}

function ruleRefs(state: ScoringState, expr: Expr): string[] {
  return inDocumentOrder(state, collectQuestionRefs(expr));
}

/** "B9 = group-targeting; C2 unanswered": what the answers were when the rule fired. */
function describeAnswers(state: ScoringState, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const question = state.compiled.questions.get(id)?.question;
      if (!question || !state.visible.has(id)) return `${id} not shown`;
      const value = expressionValue(question, state.answers[id]);
      if (value === null) return `${id} unanswered`;
      return `${id} = ${Array.isArray(value) ? value.join(' + ') : String(value)}`;
    })
    .join('; ');
}

function withEvidence(draft: Draft, links: ExplanationInput['evidenceLinks']): ExplanationStep {
  if (!links) return draft;
  const evidence = new Set<string>();
  for (const id of draft.questionIds) {
    if (Object.hasOwn(links, id)) for (const item of links[id] ?? []) evidence.add(item);
  }
  return evidence.size > 0 ? { ...draft, evidenceIds: [...evidence].sort() } : draft;
}
