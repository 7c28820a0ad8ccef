/** The parsed form of a show-if or red-flag expression; positions are 0-based character offsets. */
export type Literal = string | number | boolean;

export type Expr =
  | { kind: 'literal'; value: Literal; pos: number }
  | { kind: 'list'; items: Literal[]; pos: number }
  | { kind: 'question'; id: string; pos: number }
  | { kind: 'variable'; name: Variable; pos: number }
  | { kind: 'call'; fn: FunctionName; arg: string; pos: number }
  | { kind: 'not'; operand: Expr; pos: number }
  | { kind: 'logical'; op: 'and' | 'or'; left: Expr; right: Expr; pos: number }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr; pos: number };

export const COMPARE_OPS = ['==', '!=', '<', '<=', '>', '>=', 'in', 'includes'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

/** Computed values a rule may read; which are available depends on the scoring phase. */
export const VARIABLES = ['severity', 'likelihood', 'matrixTier', 'tier'] as const;
export type Variable = (typeof VARIABLES)[number];

/** Each takes one question id. */
export const FUNCTIONS = ['answered', 'unknown', 'risk', 'count', 'evidence', 'unidentified'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/**
 * `unidentified(Q)`: entity question Q lists a party that is not identified. The evaluator computes
 * it from Q's value (see evaluate.ts); every other function is answered by the evaluation context.
 */
export type ContextFunction = Exclude<FunctionName, 'unidentified'>;

/** Functions whose question must be an entity question; template validation enforces it. */
export const ENTITY_FUNCTIONS: readonly FunctionName[] = ['unidentified'];

export interface Call {
  fn: FunctionName;
  arg: string;
  pos: number;
}

export function collectCalls(expr: Expr, out: Call[] = []): Call[] {
  if (expr.kind === 'call') out.push({ fn: expr.fn, arg: expr.arg, pos: expr.pos });
  else if (expr.kind === 'not') collectCalls(expr.operand, out);
  else if (expr.kind === 'logical' || expr.kind === 'compare') {
    collectCalls(expr.left, out);
    collectCalls(expr.right, out);
  }
  return out;
}

export function collectQuestionRefs(expr: Expr, out = new Set<string>()): Set<string> {
  switch (expr.kind) {
    case 'question':
      out.add(expr.id);
      break;
    case 'call':
      out.add(expr.arg);
      break;
    case 'not':
      collectQuestionRefs(expr.operand, out);
      break;
    case 'logical':
    case 'compare':
      collectQuestionRefs(expr.left, out);
      collectQuestionRefs(expr.right, out);
      break;
    default:
      break;
  }
  return out;
}

export function collectVariables(expr: Expr, out = new Set<Variable>()): Set<Variable> {
  if (expr.kind === 'variable') out.add(expr.name);
  else if (expr.kind === 'not') collectVariables(expr.operand, out);
  else if (expr.kind === 'logical' || expr.kind === 'compare') {
    collectVariables(expr.left, out);
    collectVariables(expr.right, out);
  }
  return out;
}
