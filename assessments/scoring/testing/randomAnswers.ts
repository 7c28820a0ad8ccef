import { UNKNOWN, type AnswerEntry, type Answers } from '../../questionnaire/answers';
import type { CompiledTemplate } from '../../questionnaire/compile';
import type { Question } from '../../questionnaire/templateTypes';
import { pick, type Random } from './prng';

type Option = NonNullable<Question['options']>[number];

export interface RandomAnswerOptions {
  /** Chance that a question offering Unknown is answered Unknown. */
  unknownRate?: number;
  /** Chance that a question is left unanswered. */
  missingRate?: number;
  /**
   * Leaning towards low-risk options: 1 picks uniformly; higher values pick low-risk options more
   * often, so a run also reaches benign assessments instead of always piling up STOP flags.
   */
  skew?: number;
}

type Value = AnswerEntry['value'];

const COUNTRIES = ['DE', 'EG', 'FR', 'CN', 'BR', 'IN', 'AE', 'RU'];

function entity(random: Random): Value {
  return {
    name: pick(random, [
      'Acme Systems GmbH',
      'Ministry of Interior',
      'Gulf Trading FZE',
      'Airport Operator SA',
    ]),
    aliases: [],
    address: '1 Example Street',
    identifiers: [{ type: 'registration', value: String(Math.floor(random() * 1e6)) }],
    role: pick(random, ['buyer', 'consignee', 'end user', 'integrator/reseller']),
  };
}

/** An index in [0, length), leaning towards 0 as `skew` grows. */
function skewedIndex(random: Random, length: number, skew: number): number {
  return Math.min(length - 1, Math.floor(length * random() ** skew));
}

/** Options from lowest to highest risk (document order among equals). */
function byRisk(options: readonly Option[]): Option[] {
  return [...options].sort((a, b) => (a.risk ?? 0) - (b.risk ?? 0));
}

/** A structurally valid answer of the question's type (not Unknown, never empty). */
export function randomValue(question: Question, random: Random, skew = 1): Value {
  const options = question.options ?? [];
  switch (question.type) {
    case 'single':
    case 'yesno': {
      const sorted = byRisk(options);
      return (sorted[skewedIndex(random, sorted.length, skew)] ?? pick(random, options)).value;
    }
    case 'multi': {
      const exclusive = options.filter((option) => option.exclusive);
      if (exclusive.length > 0 && random() < 0.2) return [pick(random, exclusive).value];
      const open = options.filter((option) => !option.exclusive);
      const count = 1 + skewedIndex(random, open.length, skew);
      const chosen = new Set<Option>();
      const pool = byRisk(open);
      while (chosen.size < count && pool.length > 0) {
        const [option] = pool.splice(skewedIndex(random, pool.length, skew), 1);
        if (option) chosen.add(option);
      }
      return open.filter((option) => chosen.has(option)).map((option) => option.value);
    }
    case 'scale': {
      const min = question.scale?.min ?? 1;
      const max = question.scale?.max ?? 5;
      return min + skewedIndex(random, max - min + 1, skew);
    }
    case 'country':
      return pick(random, COUNTRIES);
    case 'date':
      return `2025-0${1 + Math.floor(random() * 9)}-15`;
    case 'entity':
      return question.multiple ? [entity(random), entity(random)] : entity(random);
    case 'text':
    case 'evidence':
      return `free text ${Math.floor(random() * 1000)}`;
  }
}

/**
 * An answer for every question of the template, hidden or not: hidden answers must not matter, so
 * they are generated too.
 */
export function randomAnswers(
  compiled: CompiledTemplate,
  random: Random,
  options: RandomAnswerOptions = {},
): Answers {
  const unknownRate = options.unknownRate ?? 0.1;
  const missingRate = options.missingRate ?? 0;
  const answers: Record<string, AnswerEntry> = {};
  for (const id of compiled.order) {
    const question = compiled.questions.get(id)?.question;
    if (!question) continue;
    const roll = random();
    if (roll < missingRate) continue;
    const unknown = question.allowUnknown && roll < missingRate + unknownRate;
    answers[id] = { value: unknown ? UNKNOWN : randomValue(question, random, options.skew ?? 1) };
  }
  return answers;
}
