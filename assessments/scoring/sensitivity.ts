import type { AnswerEntry, Answers } from '../questionnaire/answers';
import type { CompiledTemplate } from '../questionnaire/compile';
import { validateAnswer } from '../questionnaire/validateAnswer';
import { visibleQuestions } from '../questionnaire/visibility';
import { assumptionsOf } from './assumptions';
import { answerChanges } from './cliffs';
import type { ScoringResult } from './resultSchema';
import { scoreAssessment, type ScoringOptions } from './scoreAssessment';
import {
  variantValueSchema,
  type Sensitivity,
  type TierChanger,
  type VariantValue,
} from './sensitivitySchema';

/** Enough to show what matters beside the questionnaire; the count of variants says how many were tried. */
export const MAX_TIER_CHANGERS = 40;

/**
 * What the result assumes, and which single answers would give another tier. The changers come from
 * rescoring every single-answer variant of every visible question, the same variants the cliff
 * analysis tries, except a switch to "Unknown": that is never how an assumption gets resolved.
 */
export function analyseSensitivity(
  compiled: CompiledTemplate,
  answers: Answers,
  result: ScoringResult,
  options: Pick<ScoringOptions, 'evidenceCounts'> = {},
  maxChangers = MAX_TIER_CHANGERS,
): Sensitivity {
  const visible = visibleQuestions(compiled, answers);
  const tierChangers: TierChanger[] = [];
  let variants = 0;
  let truncated = false;
  for (const id of compiled.order) {
    const found = compiled.questions.get(id);
    if (!found || !visible.has(id)) continue;
    const entry = answers[id];
    for (const variant of answerChanges(found.question, entry)) {
      const to = asVariantValue(variant.to);
      if (variant.kind === 'unknown' || to === null) continue;
      const next: AnswerEntry = { ...entry, value: variant.to };
      if (validateAnswer(found.question, next) !== null) continue;
      variants += 1;
      const scored = scoreAssessment(compiled, { ...answers, [id]: next }, options);
      if (scored.tier === result.tier) continue;
      if (tierChangers.length >= maxChangers) {
        truncated = true;
        continue;
      }
      tierChangers.push({
        questionId: id,
        section: found.section.id,
        fromAnswer: entry === undefined ? null : asVariantValue(entry.value),
        toAnswer: to,
        tier: scored.tier,
        recommendation: scored.recommendation,
      });
    }
  }
  return { assumptions: assumptionsOf(compiled, answers, result), tierChangers, variants, truncated };
}

/** A stored answer as the variants see it; anything else (e.g. a party) reads as no comparable answer. */
function asVariantValue(value: unknown): VariantValue | null {
  const parsed = variantValueSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
