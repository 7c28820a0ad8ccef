import type { Answers } from './answers';
import { expressionValue, isAnswered } from './answerValue';
import type { CompiledTemplate } from './compile';
import { test, type EvaluationContext, type Value } from './expression/evaluate';

/**
 * The questions shown for these answers. A question is hidden when its show-if is false, and an
 * answer to a hidden question is invisible to every other rule (as if unanswered), so hiding
 * cascades. The loader guarantees show-if references are acyclic.
 */
export function visibleQuestions(compiled: CompiledTemplate, answers: Answers): ReadonlySet<string> {
  const memo = new Map<string, boolean>();
  const isVisible = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const expr = compiled.showIf.get(id);
    const visible = expr ? test(expr, answerContext(compiled, answers, isVisible)) : true;
    memo.set(id, visible);
    return visible;
  };
  return new Set(compiled.order.filter(isVisible));
}

/** Expression context over answers only (no computed variables): used for show-if. */
export function answerContext(
  compiled: CompiledTemplate,
  answers: Answers,
  isVisible: (id: string) => boolean,
  extra: Partial<Pick<EvaluationContext, 'variable'>> & {
    risk?: (id: string) => number | null;
    evidence?: (id: string) => number;
  } = {},
): EvaluationContext {
  const entry = (id: string) => (isVisible(id) ? answers[id] : undefined);
  return {
    answer: (id) => {
      const found = compiled.questions.get(id);
      return found ? expressionValue(found.question, entry(id)) : null;
    },
    call: (fn, id): Value => {
      const found = compiled.questions.get(id);
      if (!found) return null;
      const value = expressionValue(found.question, entry(id));
      switch (fn) {
        case 'answered':
          return isAnswered(found.question, entry(id));
        case 'unknown':
          return value === 'unknown';
        case 'count':
          return Array.isArray(value) ? value.length : 0;
        case 'risk':
          return extra.risk ? extra.risk(id) : null;
        case 'evidence':
          return extra.evidence ? extra.evidence(id) : 0;
      }
    },
    variable: (name) => (extra.variable ? extra.variable(name) : null),
  };
}
