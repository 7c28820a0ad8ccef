import { UNKNOWN, type Answers } from '../questionnaire/answers';
import type { CompiledTemplate } from '../questionnaire/compile';
import type { ScoringConfig } from '../questionnaire/templateTypes';
import type { ScoringResult } from './resultSchema';
import type { Assumption } from './sensitivitySchema';
import { pessimisticPoint } from './severity';

/**
 * What a result takes for granted because answers are missing or "Unknown", read from the result
 * itself (and the template that explains it), in the order the axes are computed: severity,
 * likelihood, Unknown answers, then what holds the tier up (GAP flags, the Unknown-share gate).
 */
export function assumptionsOf(
  compiled: CompiledTemplate,
  answers: Answers,
  result: ScoringResult,
): Assumption[] {
  const scoring = compiled.template.scoring;
  if (!scoring) return [];
  return [
    ...severityAssumptions(compiled, scoring, answers, result),
    ...likelihoodAssumptions(compiled, scoring, result),
    ...unknownAnswers(compiled, result),
    ...result.flags
      .filter((flag) => flag.code === 'GAP')
      .map((flag): Assumption => ({
        kind: 'gapFlag',
        flagId: flag.id,
        section: flag.section,
        questionIds: [flag.questionId],
      })),
    ...unknownGate(scoring, result),
  ];
}

const sectionOf = (compiled: CompiledTemplate, id: string) => compiled.questions.get(id)?.section.id ?? '';

/** Groups ids by a key, keeping the first-seen order of keys and of ids. */
function groupBy<K>(ids: readonly string[], key: (id: string) => K, same: (a: K, b: K) => boolean) {
  const groups: { key: K; ids: string[] }[] = [];
  for (const id of ids) {
    const k = key(id);
    const group = groups.find((candidate) => same(candidate.key, k));
    if (group) group.ids.push(id);
    else groups.push({ key: k, ids: [id] });
  }
  return groups;
}

function severityAssumptions(
  compiled: CompiledTemplate,
  scoring: ScoringConfig,
  answers: Answers,
  result: ScoringResult,
): Assumption[] {
  const point = (id: string) => {
    const question = compiled.questions.get(id)?.question;
    const assumed = question ? pessimisticPoint(question, scoring.unknownRisk) : 5;
    const ceilings = (result.severity.capsApplied ?? [])
      .filter((cap) => cap.dimension === id)
      .map((cap) => cap.atMost);
    return Math.min(assumed, ...ceilings);
  };
  const groups = groupBy(
    result.severity.assumedDimensions,
    (id) => ({
      section: sectionOf(compiled, id),
      reason: answers[id]?.value === UNKNOWN ? ('unknown' as const) : ('unanswered' as const),
    }),
    (a, b) => a.section === b.section && a.reason === b.reason,
  );
  return groups.map(({ key, ids }) => ({
    kind: 'severityAssumed',
    reason: key.reason,
    section: key.section,
    questionIds: ids,
    value: Math.max(...ids.map(point)),
  }));
}

function likelihoodAssumptions(
  compiled: CompiledTemplate,
  scoring: ScoringConfig,
  result: ScoringResult,
): Assumption[] {
  const scored = new Set(result.questions.map((question) => question.questionId));
  const assumptions: Assumption[] = [];
  for (const component of scoring.likelihood.components) {
    const section = result.sections.find((candidate) => candidate.section === component.section);
    if (!section) continue;
    const reads = component.questions ? new Set(component.questions) : null;
    const missing = section.missing.filter((id) => reads === null || reads.has(id));
    if (missing.length === 0) continue;
    const readIds = reads
      ? [...reads]
      : compiled.order.filter((id) => sectionOf(compiled, id) === component.section);
    assumptions.push({
      kind: 'likelihoodAssumed',
      section: component.section,
      questionIds: missing,
      noneAnswered: !readIds.some((id) => scored.has(id)),
    });
  }
  return assumptions;
}

function unknownAnswers(compiled: CompiledTemplate, result: ScoringResult): Assumption[] {
  const unknown = result.questions.filter((question) => question.unknown);
  const riskOf = new Map(unknown.map((question) => [question.questionId, question.risk]));
  const groups = groupBy(
    unknown.map((question) => question.questionId),
    (id) => ({ section: sectionOf(compiled, id), risk: riskOf.get(id) ?? 0 }),
    (a, b) => a.section === b.section && a.risk === b.risk,
  );
  return groups.map(({ key, ids }) => ({
    kind: 'unknownAnswer',
    section: key.section,
    questionIds: ids,
    risk: key.risk,
  }));
}

/** The Unknown-share gate, recomputed from the result exactly as the engine's gate reads it. */
function unknownGate(scoring: ScoringConfig, result: ScoringResult): Assumption[] {
  const gate = scoring.unknownGate;
  if (!gate || !result.overrides.some((override) => override.step === 'GAP')) return [];
  const inGate = result.questions.filter((question) => gate.sections.includes(question.section));
  const unknown = inGate.filter((question) => question.unknown).map((question) => question.questionId);
  const share = inGate.length === 0 ? 0 : unknown.length / inGate.length;
  if (share <= gate.maxShare) return [];
  return [
    {
      kind: 'unknownGate',
      sections: [...gate.sections],
      questionIds: unknown,
      share: Math.round(share * 100),
      maxShare: Math.round(gate.maxShare * 100),
    },
  ];
}
