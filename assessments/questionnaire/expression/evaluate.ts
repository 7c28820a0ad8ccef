import { UNKNOWN } from '../answers';
import { TIERS } from '../templateSchema';
import type { ContextFunction, Expr, Literal, Variable } from './ast';

export type Value = Literal | readonly Literal[] | null;

/** What an expression can see: visible answers (hidden or unanswered → null) and computed variables. */
export interface EvaluationContext {
  answer(questionId: string): Value;
  call(fn: ContextFunction, questionId: string): Value;
  variable(name: Variable): Value;
}

export function evaluate(expr: Expr, ctx: EvaluationContext): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'list':
      return expr.items;
    case 'question':
      return ctx.answer(expr.id);
    case 'variable':
      return ctx.variable(expr.name);
    case 'call':
      return expr.fn === 'unidentified'
        ? hasUnidentifiedParty(ctx.answer(expr.arg))
        : ctx.call(expr.fn, expr.arg);
    case 'not':
      return !truthy(evaluate(expr.operand, ctx));
    case 'logical': {
      const left = truthy(evaluate(expr.left, ctx));
      if (expr.op === 'and') return left && truthy(evaluate(expr.right, ctx));
      return left || truthy(evaluate(expr.right, ctx));
    }
    case 'compare':
      return compare(expr.op, evaluate(expr.left, ctx), evaluate(expr.right, ctx));
  }
}

export function test(expr: Expr, ctx: EvaluationContext): boolean {
  return truthy(evaluate(expr, ctx));
}

/**
 * An entity question reads as its party names, and a party not identified reads as 'unknown'
 * (answerValue.ts), the name version 1 of the answers asked assessors to type for such a party; a
 * party entered that way, in any case, is not identified either. Hidden, unanswered or answered
 * Unknown as a whole: no party, so false.
 */
function hasUnidentifiedParty(value: Value): boolean {
  return (
    Array.isArray(value) &&
    value.some((name) => typeof name === 'string' && name.trim().toLowerCase() === UNKNOWN)
  );
}

function truthy(value: Value): boolean {
  if (value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Tier names compare by severity order, so `tier >= 'High'` reads as it should. */
function ordinal(value: Value): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const index = (TIERS as readonly string[]).indexOf(value);
    return index >= 0 ? index : null;
  }
  return null;
}

function compare(op: string, left: Value, right: Value): boolean {
  if (left === null || right === null) return op === '!=' ? left !== right : false;
  switch (op) {
    case '==':
      return equal(left, right);
    case '!=':
      return !equal(left, right);
    case 'in': {
      if (!Array.isArray(right)) return false;
      const candidates = Array.isArray(left) ? left : [left];
      return candidates.some((item) => right.includes(item as Literal));
    }
    case 'includes': {
      if (!Array.isArray(left)) return false;
      const wanted = Array.isArray(right) ? right : [right];
      return wanted.some((item) => left.includes(item as Literal));
    }
    default: {
      const a = ordinal(left);
      const b = ordinal(right);
      if (a === null || b === null) return false;
      if (op === '<') return a < b;
      if (op === '<=') return a <= b;
      if (op === '>') return a > b;
      return a >= b;
    }
  }
}

function equal(left: Value, right: Value): boolean {
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((v, i) => v === right[i])
    );
  }
  return left === right;
}
