import type { CompiledFlag } from '../questionnaire/compile';
import { collectVariables } from '../questionnaire/expression/ast';
import type { TriggeredFlag } from './resultSchema';
import { ruleHolds, type KnownVariables, type ScoringState } from './scoringState';

/**
 * When a flag can be evaluated: as soon as every computed variable it reads is known.
 * - `answers`: reads answers and at most `severity` (known before likelihood, so a STOP here can
 *   withhold mitigation credit);
 * - `matrix`: reads `likelihood` (final band) or `matrixTier`;
 * - `tier`: reads `tier`, the tier after STOP/ESC/cumulative overrides but before the GAP gate.
 */
export type FlagPhase = 'answers' | 'matrix' | 'tier';

export function flagPhase(flag: CompiledFlag): FlagPhase {
  const variables = collectVariables(flag.when);
  if (variables.has('tier')) return 'tier';
  if (variables.has('likelihood') || variables.has('matrixTier')) return 'matrix';
  return 'answers';
}

/** The template's flags split by phase, each list in template order. */
export function flagsByPhase(flags: readonly CompiledFlag[]): Record<FlagPhase, CompiledFlag[]> {
  const phases: Record<FlagPhase, CompiledFlag[]> = { answers: [], matrix: [], tier: [] };
  for (const flag of flags) phases[flagPhase(flag)].push(flag);
  return phases;
}

/** Those of `flags` on visible questions whose condition holds, in their given order. */
export function evaluateFlags(
  state: ScoringState,
  flags: readonly CompiledFlag[],
  variables: KnownVariables,
): CompiledFlag[] {
  return flags.filter(
    (flag) => state.visible.has(flag.question.id) && ruleHolds(state, flag.when, variables),
  );
}

/** Merges the phases back into template order, so the output does not depend on phase boundaries. */
export function inTemplateOrder(state: ScoringState, raised: readonly CompiledFlag[]): CompiledFlag[] {
  const set = new Set(raised);
  return state.compiled.flags.filter((flag) => set.has(flag));
}

export function triggeredFlag(flag: CompiledFlag): TriggeredFlag {
  return {
    id: flag.rule.id,
    code: flag.rule.code,
    questionId: flag.question.id,
    section: flag.section.id,
    message: flag.rule.message,
    basis: flag.rule.basis.map((mapping) => ({
      framework: mapping.framework,
      clause: mapping.clause,
      source: mapping.source,
      paraphrase: mapping.paraphrase,
    })),
  };
}
