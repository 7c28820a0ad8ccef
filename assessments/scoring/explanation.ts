import { UNKNOWN } from '../questionnaire/answers';
import { expressionValue } from '../questionnaire/answerValue';
import type { CompiledFlag } from '../questionnaire/compile';
import { collectQuestionRefs, type Expr } from '../questionnaire/expression/ast';
import type { Tier } from '../questionnaire/templateTypes';
import type { LikelihoodDetail, MitigationOutcome } from './likelihood';
import type { ExplanationStep, Override, SeverityResult } from './resultSchema';
import type { TrailKey } from './trail/catalogue/en';
import { idList, message, sourceText, type TrailArg, type TrailMessage } from './trail/trailMessage';
import { compiledRule, inDocumentOrder, type ScoringState } from './scoringState';
import { pessimisticPoint } from './severity';

export interface ExplanationInput {
  state: ScoringState;
  severity: SeverityResult;
  likelihood: LikelihoodDetail;
  matrixTier: Tier;
  raised: readonly CompiledFlag[];
  overrides: readonly Override[];
  /** Why each override applied, as a message; parallel to `overrides`. */
  overrideReasons: readonly TrailMessage[];
  unknownGateQuestionIds: readonly string[];
  evidenceLinks: Readonly<Record<string, readonly string[]>> | undefined;
  /** Record each step's message beside its English text (scoring versions that ask for it). */
  messages: boolean;
}

interface Draft {
  kind: ExplanationStep['kind'];
  message: TrailMessage;
  questionIds: string[];
}

/**
 * The trail the report prints, from the axes to the tier: severity (dimensions, floors), likelihood
 * (score, judgement, mitigation, actual misuse), the matrix cell, each red flag, then each override
 * in §6.4 order. Every step names the questions it rests on, so tier ← rule ← question ← answer
 * (← evidence) can be followed. Each step is written once, as a message; its English `text` is that
 * message read by the engine, so the two cannot drift apart.
 */
export function buildExplanation(input: ExplanationInput): ExplanationStep[] {
  const drafts: Draft[] = [
    ...severitySteps(input),
    ...likelihoodSteps(input),
    {
      kind: 'matrix',
      message: message('matrix', {
        severity: input.severity.band,
        likelihood: input.likelihood.result.finalBand,
        tier: { tier: input.matrixTier },
      }),
      questionIds: [],
    },
    ...input.raised.map((flag) => flagStep(input.state, flag)),
    ...input.overrides.map((override, index) => overrideStep(input, override, index)),
  ];
  return drafts.map((draft) => toStep(draft, input));
}

function toStep({ kind, message: msg, questionIds }: Draft, input: ExplanationInput): ExplanationStep {
  const step: ExplanationStep = { kind, text: sourceText(msg), questionIds };
  if (input.messages) step.message = msg;
  return withEvidence(step, input.evidenceLinks);
}

function severitySteps({ state, severity }: ExplanationInput): Draft[] {
  const dimensionIds = inDocumentOrder(state, Object.keys(severity.dimensions)).filter((id) =>
    state.visible.has(id),
  );
  const parts = dimensionIds.map((id): TrailArg => {
    const point = severity.dimensions[id];
    const question = state.compiled.questions.get(id)?.question;
    const ceiling = capCeiling(severity, id);
    if (typeof point === 'number' || !question) {
      const shown = typeof point === 'number' ? point : String(point);
      return typeof point === 'number' && ceiling !== null && point > ceiling
        ? message('severity.capped', { id, point, atMost: ceiling })
        : message('severity.point', { id, point: shown });
    }
    const assumed = pessimisticPoint(question, state.scoring.unknownRisk);
    const why = state.answers[id]?.value === UNKNOWN ? 'severity.unknown' : 'severity.unanswered';
    if (ceiling !== null && assumed > ceiling)
      return message(`${why}Capped`, { id, point: assumed, atMost: ceiling });
    return message(why, { id, point: assumed });
  });
  const steps: Draft[] = [
    {
      kind: 'severity',
      message: message('severity', {
        band: severity.dimensionBand,
        parts: parts.length > 0 ? { list: parts, sep: 'list' } : message('severity.noneVisible'),
      }),
      questionIds: dimensionIds,
    },
  ];
  for (const cap of severity.capsApplied ?? []) {
    const refs = ruleRefs(state, compiledRule(state.compiled, `cap:${cap.id}`));
    steps.push({
      kind: 'cap',
      message: message('cap', {
        id: cap.id,
        reason: { text: `scoring.caps.${cap.id}`, source: cap.reason },
        answers: describeAnswers(state, refs),
        dimension: cap.dimension,
        atMost: cap.atMost,
      }),
      questionIds: inDocumentOrder(state, [cap.dimension, ...refs]),
    });
  }
  for (const floor of severity.floorsApplied) {
    const refs = ruleRefs(state, compiledRule(state.compiled, `floor:${floor.id}`));
    steps.push({
      kind: 'floor',
      message: message('floor', {
        id: floor.id,
        reason: { text: `scoring.floors.${floor.id}`, source: floor.reason },
        answers: describeAnswers(state, refs),
        atLeast: floor.atLeast,
      }),
      questionIds: refs,
    });
  }
  return steps;
}

/** The lowest cap that holds on a dimension, or null. */
function capCeiling(severity: SeverityResult, id: string): number | null {
  const ceilings = (severity.capsApplied ?? [])
    .filter((cap) => cap.dimension === id)
    .map((cap) => cap.atMost);
  return ceilings.length > 0 ? Math.min(...ceilings) : null;
}

function likelihoodSteps({ state, likelihood }: ExplanationInput): Draft[] {
  const { result, components } = likelihood;
  const terms = components.map((c) => {
    const score = c.score ?? message('notApplicable');
    return c.restricted
      ? message('likelihood.termRestricted', {
          weight: c.weight,
          section: c.section,
          questions: idList(c.questionIds),
          score,
        })
      : message('likelihood.term', { weight: c.weight, section: c.section, score });
  });
  const contributing = components.flatMap((c) => c.questionIds).filter((id) => state.risks.has(id));
  const steps: Draft[] = [
    {
      kind: 'likelihood',
      message: message('likelihood', {
        terms: { list: terms, sep: 'values' },
        score: result.score,
        band: result.computedBand,
        cutoffs: { list: [...state.scoring.likelihood.cutoffs], sep: 'cutoffs' },
      }),
      questionIds: inDocumentOrder(state, contributing),
    },
  ];
  const assessorId = state.scoring.likelihood.assessorJudgement;
  if (assessorId && result.assessorBand !== null) {
    steps.push({
      kind: 'assessor',
      message: message(result.assessorClamped ? 'assessor.clamped' : 'assessor', {
        id: assessorId,
        judgement: result.assessorBand,
        from: result.computedBand,
        to: result.computedBand + result.assessorMove,
      }),
      questionIds: [assessorId],
    });
  }
  if (likelihood.mitigation !== 'not-configured') {
    const refs = ruleRefs(state, compiledRule(state.compiled, 'mitigation'));
    const config = state.scoring.mitigation;
    const args: Record<string, TrailArg> = {
      credit: config?.credit ?? 0,
      maxSeverity: config?.maxSeverity ?? '-',
      outcome: message(MITIGATION_KEYS[likelihood.mitigation]),
    };
    const msg =
      likelihood.mitigation === 'applied'
        ? message('mitigation.moved', {
            ...args,
            from: result.computedBand + result.assessorMove,
            to: result.finalBand,
          })
        : message('mitigation', args);
    steps.push({ kind: 'mitigation', message: msg, questionIds: refs });
  }
  for (const rule of state.scoring.likelihood.actual.filter((r) => result.actualMisuse.includes(r.id))) {
    const refs = ruleRefs(state, compiledRule(state.compiled, `actual:${rule.id}`));
    steps.push({
      kind: 'actual',
      message: message('actual', {
        id: rule.id,
        reason: { text: `scoring.actual.${rule.id}`, source: rule.reason },
        answers: describeAnswers(state, refs),
      }),
      questionIds: refs,
    });
  }
  return steps;
}

const MITIGATION_KEYS: Record<Exclude<MitigationOutcome, 'not-configured'>, TrailKey> = {
  applied: 'mitigation.applied',
  'conditions-not-met': 'mitigation.conditionsNotMet',
  'severity-too-high': 'mitigation.severityTooHigh',
  'stop-flag': 'mitigation.stopFlag',
  'actual-misuse': 'mitigation.actualMisuse',
};

function flagStep(state: ScoringState, flag: CompiledFlag): Draft {
  const refs = inDocumentOrder(state, [flag.question.id, ...collectQuestionRefs(flag.when)]);
  return {
    kind: 'flag',
    message: message('flag', {
      code: flag.rule.code,
      id: flag.rule.id,
      message: { text: `questions.${flag.question.id}.flags.${flag.rule.id}`, source: flag.rule.message },
      answers: describeAnswers(state, refs),
    }),
    questionIds: refs,
  };
}

function overrideStep(input: ExplanationInput, override: Override, index: number): Draft {
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
  const reason = input.overrideReasons[index];
  if (!reason) throw new Error(`override ${index} (${override.step}) has no recorded reason`);
  return {
    kind: override.step === 'GAP' ? 'gate' : 'override',
    message: message('override', {
      step: override.step === 'cumulative' ? message('override.cumulativeStep') : override.step,
      from: { tier: override.from },
      to: { tier: override.to },
      reason,
    }),
    questionIds: inDocumentOrder(input.state, [...flagged, ...extra]),
  };
}

function ruleRefs(state: ScoringState, expr: Expr): string[] {
  return inDocumentOrder(state, collectQuestionRefs(expr));
}

/** "B9 = group-targeting; C2 unanswered": what the answers were when the rule fired. */
function describeAnswers(state: ScoringState, ids: readonly string[]): TrailArg {
  const answers = ids.map((id): TrailArg => {
    const question = state.compiled.questions.get(id)?.question;
    if (!question || !state.visible.has(id)) return message('answer.notShown', { id });
    const value = expressionValue(question, state.answers[id]);
    if (value === null) return message('answer.unanswered', { id });
    const values = Array.isArray(value) ? value : [value];
    return message('answer.value', {
      id,
      value: { list: values.map((item) => ({ answer: id, value: item })), sep: 'values' },
    });
  });
  return { list: answers, sep: 'answers' };
}

function withEvidence(step: ExplanationStep, links: ExplanationInput['evidenceLinks']): ExplanationStep {
  if (!links) return step;
  const evidence = new Set<string>();
  for (const id of step.questionIds) {
    if (Object.hasOwn(links, id)) for (const item of links[id] ?? []) evidence.add(item);
  }
  return evidence.size > 0 ? { ...step, evidenceIds: [...evidence].sort() } : step;
}
