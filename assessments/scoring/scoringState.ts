import type { Answers } from '../questionnaire/answers';
import type { CompiledTemplate } from '../questionnaire/compile';
import type { Variable } from '../questionnaire/expression/ast';
import { test, type Value } from '../questionnaire/expression/evaluate';
import type { Expr } from '../questionnaire/expression/ast';
import type { QuestionRisk } from '../questionnaire/questionRisk';
import type { ScoringConfig } from '../questionnaire/templateTypes';
import { answerContext } from '../questionnaire/visibility';

/** Everything the scoring steps read: fixed for one evaluation once visibility and risks are known. */
export interface ScoringState {
  compiled: CompiledTemplate;
  scoring: ScoringConfig;
  answers: Answers;
  visible: ReadonlySet<string>;
  /** Risk of every visible, scored question with a usable answer. */
  risks: ReadonlyMap<string, QuestionRisk>;
  evidenceCounts: Readonly<Record<string, number>>;
}

/** The computed variables known so far; rules that read a later one see null. */
export type KnownVariables = Partial<Record<Variable, Value>>;

export function ruleHolds(state: ScoringState, expr: Expr, variables: KnownVariables = {}): boolean {
  const context = answerContext(state.compiled, state.answers, (id) => state.visible.has(id), {
    variable: (name) => variables[name] ?? null,
    risk: (id) => {
      const risk = state.risks.get(id);
      return risk && !risk.notApplicable ? risk.risk : null;
    },
    evidence: (id) => evidenceCount(state.evidenceCounts, id),
  });
  return test(expr, context);
}

export function evidenceCount(counts: Readonly<Record<string, number>>, questionId: string): number {
  return Object.hasOwn(counts, questionId) ? (counts[questionId] ?? 0) : 0;
}

/** A compiled rule by key; a miss means the template was changed after compiling. */
export function compiledRule(compiled: CompiledTemplate, key: string): Expr {
  const expr = compiled.rules.get(key);
  if (!expr) throw new Error(`scoring rule "${key}" was not compiled; recompile the template`);
  return expr;
}

/** Fixed two decimals: floats that print identically on every run and platform. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Question ids in template order: stable whatever order the answers or rules produced them in. */
export function inDocumentOrder(state: Pick<ScoringState, 'compiled'>, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return state.compiled.order.filter((id) => wanted.has(id));
}
