import { UNKNOWN, type AnswerEntry, type Answers } from '../questionnaire/answers';
import { compileTemplate, type CompiledTemplate } from '../questionnaire/compile';
import { TIERS } from '../questionnaire/templateSchema';
import type { Question, ScoringConfig, Tier } from '../questionnaire/templateTypes';
import { validateAnswer } from '../questionnaire/validateAnswer';
import { visibleQuestions } from '../questionnaire/visibility';
import type { ScoringResult } from './resultSchema';
import { scoreAssessment, type ScoringOptions } from './scoreAssessment';

/**
 * Single-answer sensitivity ("cliff") analysis for calibration: which one-answer edits move the
 * matrix tier by more than one step, and which move the final tier only through a red-flag
 * override. Overrides are cliffs by design (a STOP must deny whatever the arithmetic says), so they
 * are reported apart and exempt; so are matrix moves made by an answer the methodology declares
 * decisive (`scoring.decisive`). A matrix cliff is a property of the weights, bands and matrix,
 * which is what a methodology revision tunes.
 */

type AnswerValue = AnswerEntry['value'];

export type ChangeKind = 'option' | 'toggle-on' | 'toggle-off' | 'scale' | 'yesno' | 'unknown';

export interface AnswerChange {
  questionId: string;
  kind: ChangeKind;
  /** The answer before the change; null when the question was unanswered. */
  from: AnswerValue | null;
  to: AnswerValue;
  /** Short human-readable form, e.g. `C8: none-found → multiple-credible-sources`. */
  label: string;
}

export interface Outcome {
  tier: Tier;
  matrixTier: Tier;
  recommendation: ScoringResult['recommendation'];
  severity: number;
  likelihood: number;
  incomplete: boolean;
}

export interface MatrixCliff {
  change: AnswerChange;
  outcome: Outcome;
  /** Signed distance in tiers of the matrix cell, variant minus baseline. */
  matrixSteps: number;
}

export interface OverrideChange {
  change: AnswerChange;
  outcome: Outcome;
  /** Signed distance in tiers of the final tier, variant minus baseline. */
  finalSteps: number;
  /**
   * Override triggers raised in one result and not the other: flag rule ids (e.g. `E3-STOP`),
   * `cumulative-ESC` for the cumulative escalation, `unknown-gate` for the Unknown-share gate.
   */
  ruleIds: string[];
}

export interface CliffReport {
  baseline: Outcome;
  /** Valid single-answer variants scored. */
  variants: number;
  /** Variants whose matrix tier moved by at least `minMatrixSteps` steps (default 2). */
  matrixCliffs: MatrixCliff[];
  /**
   * Such moves made by a question the methodology names in `scoring.decisive` (methodology 1.1):
   * decisive by design, so exempt and reported apart, by question id, instead of as cliffs.
   */
  decisiveChanges: MatrixCliff[];
  /** Variants whose final tier moved because an override trigger appeared or went away (exempt). */
  overrideChanges: OverrideChange[];
}

export interface CliffOptions {
  /** Passed to every scoring run, so evidence-based rules (e.g. `A5-GAP`) see the same evidence. */
  scoring?: ScoringOptions;
  /**
   * Question ids never varied. The template format has no read-only marker: the computed result
   * question (SE-HRIA I3) is a text question, and text-like answers are never varied anyway.
   */
  skip?: readonly string[];
  /** Smallest |matrix step| reported as a cliff; 2 means "more than one tier". */
  minMatrixSteps?: number;
}

const tierIndex = (tier: Tier) => TIERS.indexOf(tier);

function outcomeOf(result: ScoringResult): Outcome {
  return {
    tier: result.tier,
    matrixTier: result.matrixTier,
    recommendation: result.recommendation,
    severity: result.severity.band,
    likelihood: result.likelihood.finalBand,
    incomplete: result.incomplete,
  };
}

function show(value: AnswerValue | null): string {
  if (value === null) return '(unanswered)';
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

function change(
  questionId: string,
  kind: ChangeKind,
  from: AnswerValue | null,
  to: AnswerValue,
  label = `${questionId}: ${show(from)} → ${show(to)}`,
): AnswerChange {
  return { questionId, kind, from, to, label };
}

function multiToggles(question: Question, from: AnswerValue | null): AnswerChange[] {
  const options = question.options ?? [];
  const chosen = Array.isArray(from) ? from.filter((v): v is string => typeof v === 'string') : [];
  const changes: AnswerChange[] = [];
  for (const option of options) {
    if (chosen.includes(option.value)) {
      // Deselecting the last option leaves no answer at all, which is not an answer an assessor gives.
      const next = chosen.filter((v) => v !== option.value);
      if (next.length > 0)
        changes.push(change(question.id, 'toggle-off', from, next, `${question.id}: −${option.value}`));
      continue;
    }
    // Ticking an exclusive option clears the others, and ticking any option clears an exclusive one,
    // exactly as the questionnaire does, so every variant is an answer the app would accept.
    const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
    const next = option.exclusive
      ? [option.value]
      : [...chosen.filter((v) => !exclusive.has(v)), option.value];
    const cleared = chosen.filter((v) => !next.includes(v));
    const label = `${question.id}: +${option.value}${cleared.length > 0 ? ` (clears ${cleared.join(', ')})` : ''}`;
    changes.push(change(question.id, 'toggle-on', from, next, label));
  }
  return changes;
}

/** Every single-answer change of one question: the variants an assessor could plausibly have written. */
export function answerChanges(question: Question, entry: AnswerEntry | undefined): AnswerChange[] {
  const from = entry === undefined ? null : entry.value;
  const isUnknown = from === UNKNOWN;
  const changes: AnswerChange[] = [];
  switch (question.type) {
    case 'single':
      for (const option of question.options ?? [])
        if (option.value !== from) changes.push(change(question.id, 'option', from, option.value));
      break;
    case 'yesno':
      for (const value of ['yes', 'no'])
        if (value !== from) changes.push(change(question.id, 'yesno', from, value));
      break;
    case 'multi':
      changes.push(...multiToggles(question, isUnknown ? null : from));
      break;
    case 'scale': {
      const { min, max } = question.scale ?? { min: 1, max: 5 };
      const points =
        typeof from === 'number'
          ? [from - 1, from + 1].filter((point) => point >= min && point <= max)
          : Array.from({ length: max - min + 1 }, (_, i) => min + i);
      for (const point of points) changes.push(change(question.id, 'scale', from, point));
      break;
    }
    default:
      // Text, dates, countries, parties and evidence carry no option to switch to.
      return [];
  }
  if (question.allowUnknown && !isUnknown) changes.push(change(question.id, 'unknown', from, UNKNOWN));
  return changes;
}

/** What §6.4 would make of `matrixTier` with the baseline's overrides: the matrix-only counterfactual. */
function withOverrides(result: ScoringResult, matrixTier: Tier): Tier {
  let tier = matrixTier;
  const raise = (to: Tier) => {
    if (tierIndex(to) > tierIndex(tier)) tier = to;
  };
  for (const override of result.overrides) {
    if (override.step === 'STOP' || override.step === 'cumulative') raise('Unacceptable');
    if (override.step === 'ESC' || override.step === 'GAP') raise('High');
  }
  return tier;
}

function unknownGateFired(result: ScoringResult, scoring: ScoringConfig): boolean {
  const gate = scoring.unknownGate;
  if (!gate) return false;
  const inGate = result.questions.filter((q) => gate.sections.includes(q.section));
  const unknown = inGate.filter((q) => q.unknown).length;
  return inGate.length > 0 && unknown / inGate.length > gate.maxShare;
}

/** Everything that can raise the final tier above the matrix cell, by name. */
function overrideTriggers(result: ScoringResult, scoring: ScoringConfig): Set<string> {
  const triggers = new Set(result.flags.filter((flag) => flag.code !== 'NOTIFY').map((flag) => flag.id));
  if (result.overrides.some((override) => override.step === 'cumulative')) triggers.add('cumulative-ESC');
  if (unknownGateFired(result, scoring)) triggers.add('unknown-gate');
  return triggers;
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...[...a].filter((id) => !b.has(id)), ...[...b].filter((id) => !a.has(id))].sort();
}

/**
 * Tries every single-answer change of every visible, variable question and rescores. `scoring` may
 * differ from the template's own block, so a candidate methodology can be probed on the same
 * questionnaire; the rules it carries are compiled afresh because compiled rules belong to one config.
 */
export function findCliffs(
  compiled: CompiledTemplate,
  scoring: ScoringConfig,
  answers: Answers,
  options: CliffOptions = {},
): CliffReport {
  const target =
    compiled.template.scoring === scoring ? compiled : compileTemplate({ ...compiled.template, scoring });
  const minSteps = options.minMatrixSteps ?? 2;
  const skip = new Set(options.skip ?? []);
  const score = (set: Answers) => scoreAssessment(target, set, options.scoring);
  const base = score(answers);
  const baseTriggers = overrideTriggers(base, scoring);
  const visible = visibleQuestions(target, answers);
  const decisive = new Set((scoring.decisive ?? []).map((answer) => answer.question));

  const report: CliffReport = {
    baseline: outcomeOf(base),
    variants: 0,
    matrixCliffs: [],
    decisiveChanges: [],
    overrideChanges: [],
  };
  for (const id of target.order) {
    const question = target.questions.get(id)?.question;
    // An answer hidden by show-if has no effect, so changing it could only report noise.
    if (!question || skip.has(id) || !visible.has(id)) continue;
    const entry = answers[id];
    for (const variant of answerChanges(question, entry)) {
      const next: AnswerEntry = { ...entry, value: variant.to };
      if (validateAnswer(question, next) !== null) continue;
      const result = score({ ...answers, [id]: next });
      report.variants += 1;
      const outcome = outcomeOf(result);
      const matrixSteps = tierIndex(result.matrixTier) - tierIndex(base.matrixTier);
      if (Math.abs(matrixSteps) >= minSteps)
        (decisive.has(id) ? report.decisiveChanges : report.matrixCliffs).push({
          change: variant,
          outcome,
          matrixSteps,
        });
      if (result.tier === base.tier || withOverrides(base, result.matrixTier) === result.tier) continue;
      report.overrideChanges.push({
        change: variant,
        outcome,
        finalSteps: tierIndex(result.tier) - tierIndex(base.tier),
        ruleIds: symmetricDifference(baseTriggers, overrideTriggers(result, scoring)),
      });
    }
  }
  return report;
}

/** Exempt decisive-answer changes counted per question id, for one-line summaries. */
export function decisiveCounts(report: CliffReport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of report.decisiveChanges)
    counts.set(item.change.questionId, (counts.get(item.change.questionId) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Exempt override changes counted per trigger id, for one-line summaries. */
export function overrideCounts(report: CliffReport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of report.overrideChanges)
    for (const id of item.ruleIds.length > 0 ? item.ruleIds : ['(unattributed)'])
      counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
