import type { RevisitPromptResult } from './resultSchema';
import { compiledRule, ruleHolds, type ScoringState } from './scoringState';

/**
 * Methodology 1.1 revisit prompts: each whose condition holds asks the assessor to look at its
 * question again (e.g. I1, the Art. 5(2) awareness question, once misuse is documented). They never
 * change the score, and like the other scoring rules they read answers only. Null when the template
 * configures none, so its result has no `revisit` key.
 */
export function revisitPrompts(state: ScoringState): RevisitPromptResult[] | null {
  const prompts = state.scoring.revisit;
  if (!prompts) return null;
  return prompts
    .filter((prompt) => ruleHolds(state, compiledRule(state.compiled, `revisit:${prompt.id}`)))
    .map((prompt) => ({ id: prompt.id, questionId: prompt.question, reason: prompt.reason }));
}
