import { UNKNOWN, type AnswerEntry } from './answers';
import { isAnswered } from './answerValue';
import type { Question } from './templateSchema';

export interface QuestionRisk {
  risk: number;
  /** Plain words for the explanation trail: which rule turned the answer into this risk. */
  rule: string;
  unknown: boolean;
  /** The answer says the question does not apply: it is answered but stays out of every score. */
  notApplicable?: boolean;
}

/**
 * The 0–4 risk of one answer, or null when the question is not scored or not answered. Callers
 * decide visibility; this looks only at the question and its answer.
 */
export function questionRisk(
  question: Question,
  entry: AnswerEntry | undefined,
  unknownRiskDefault: number,
): QuestionRisk | null {
  if (question.importance === undefined || !entry || !isAnswered(question, entry)) return null;
  if (entry.value === UNKNOWN) {
    const risk = question.unknownRisk ?? unknownRiskDefault;
    return { risk, rule: `Unknown is scored pessimistically as ${risk}`, unknown: true };
  }
  const options = new Map((question.options ?? []).map((option) => [option.value, option]));
  switch (question.type) {
    case 'single':
    case 'yesno': {
      const option = options.get(String(entry.value));
      if (option?.notApplicable) {
        return {
          risk: 0,
          rule: `option "${option.value}" means the question does not apply: excluded from the score`,
          unknown: false,
          notApplicable: true,
        };
      }
      if (!option || option.risk === undefined) return null;
      return {
        risk: option.risk,
        rule: `option "${option.value}" carries risk ${option.risk}`,
        unknown: false,
      };
    }
    case 'multi': {
      const chosen = (entry.value as string[])
        .map((value) => options.get(value))
        .filter((o) => o !== undefined);
      const aggregate = question.aggregate ?? { kind: 'max' as const };
      if (aggregate.kind === 'max') {
        const top = chosen.reduce(
          (best, option) => ((option.risk ?? 0) > (best?.risk ?? -1) ? option : best),
          chosen[0],
        );
        const risk = top?.risk ?? 0;
        return {
          risk,
          rule: `highest risk among the ${chosen.length} selected options ("${top?.value ?? ''}") is ${risk}`,
          unknown: false,
        };
      }
      if (aggregate.kind === 'sum') {
        const total = chosen.reduce((sum, option) => sum + (option.risk ?? 0), 0);
        const risk = Math.min(aggregate.cap, total);
        return {
          risk,
          rule: `sum of the selected options' risks (${total}) capped at ${aggregate.cap} is ${risk}`,
          unknown: false,
        };
      }
      const countable = (question.options ?? []).filter((option) => !option.exclusive);
      const selected = chosen.filter((option) => !option.exclusive).length;
      const counted = aggregate.counting === 'selected' ? selected : countable.length - selected;
      const risk = aggregate.table[Math.min(counted, aggregate.table.length - 1)] ?? 0;
      return {
        risk,
        rule: `${counted} ${aggregate.counting === 'selected' ? 'selected' : 'missing'} items give risk ${risk}`,
        unknown: false,
      };
    }
    case 'scale': {
      const point = entry.value as number;
      const risk = question.scale?.risk?.[point - (question.scale?.min ?? 0)];
      if (risk === undefined) return null;
      return { risk, rule: `scale point ${point} carries risk ${risk}`, unknown: false };
    }
    default:
      return null;
  }
}
