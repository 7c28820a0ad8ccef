import {
  COMPARE_OPS,
  FUNCTIONS,
  VARIABLES,
  type CompareOp,
  type Expr,
  type FunctionName,
  type Literal,
  type Variable,
} from './ast';

/**
 * A small, safe expression language for show-if conditions and red-flag rules, parsed into an AST
 * and interpreted; nothing is ever evaluated as code.
 *
 *   B2 == 'non-listed' and A2 includes 'eu'
 *   D2 in ['intelligence', 'military'] or not answered(D1)
 *   risk(C8) >= 4 or severity >= 4
 */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

type Token =
  | { type: 'string'; value: string; pos: number }
  | { type: 'number'; value: number; pos: number }
  | { type: 'word'; value: string; pos: number }
  | { type: 'op'; value: string; pos: number }
  | { type: 'end'; pos: number };

const MAX_LENGTH = 2000;
const MAX_DEPTH = 32;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "'") {
      const end = source.indexOf("'", i + 1);
      if (end < 0) throw new ExpressionError('unterminated string (missing closing quote)', i);
      tokens.push({ type: 'string', value: source.slice(i + 1, end), pos: i });
      i = end + 1;
    } else if (/[0-9]/.test(ch)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ type: 'number', value: Number(match[0]), pos: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ type: 'word', value: match[0], pos: i });
      i += match[0].length;
    } else {
      const two = source.slice(i, i + 2);
      if (['==', '!=', '<=', '>='].includes(two)) {
        tokens.push({ type: 'op', value: two, pos: i });
        i += 2;
      } else if ('<>()[],'.includes(ch)) {
        tokens.push({ type: 'op', value: ch, pos: i });
        i += 1;
      } else {
        throw new ExpressionError(`unexpected character ${JSON.stringify(ch)}`, i);
      }
    }
  }
  tokens.push({ type: 'end', pos: source.length });
  return tokens;
}

export function parseExpression(source: string): Expr {
  if (source.length > MAX_LENGTH)
    throw new ExpressionError(`expression longer than ${MAX_LENGTH} characters`, 0);
  const tokens = tokenize(source);
  let index = 0;
  let depth = 0;
  const peek = (): Token => tokens[index] as Token;
  const next = (): Token => tokens[index++] as Token;
  const isWord = (value: string) => peek().type === 'word' && (peek() as { value: string }).value === value;
  const isOp = (value: string) => peek().type === 'op' && (peek() as { value: string }).value === value;
  const describe = (token: Token) =>
    token.type === 'end' ? 'end of expression' : JSON.stringify(String(token.value));
  const expectOp = (value: string) => {
    const token = next();
    if (token.type !== 'op' || token.value !== value) {
      throw new ExpressionError(`expected "${value}" but found ${describe(token)}`, token.pos);
    }
  };

  const nest = <T>(fn: () => T): T => {
    depth += 1;
    if (depth > MAX_DEPTH)
      throw new ExpressionError(`expression nested deeper than ${MAX_DEPTH} levels`, peek().pos);
    try {
      return fn();
    } finally {
      depth -= 1;
    }
  };

  const parseOr = (): Expr =>
    nest(() => {
      let left = parseAnd();
      while (isWord('or')) {
        const pos = next().pos;
        left = { kind: 'logical', op: 'or', left, right: parseAnd(), pos };
      }
      return left;
    });

  const parseAnd = (): Expr => {
    let left = parseNot();
    while (isWord('and')) {
      const pos = next().pos;
      left = { kind: 'logical', op: 'and', left, right: parseNot(), pos };
    }
    return left;
  };

  const parseNot = (): Expr => {
    if (isWord('not')) {
      const pos = next().pos;
      return nest(() => ({ kind: 'not', operand: parseNot(), pos }));
    }
    return parseComparison();
  };

  const parseComparison = (): Expr => {
    const left = parseOperand();
    const token = peek();
    const op = token.type === 'op' || token.type === 'word' ? token.value : null;
    if (op !== null && (COMPARE_OPS as readonly string[]).includes(op)) {
      next();
      return { kind: 'compare', op: op as CompareOp, left, right: parseOperand(), pos: token.pos };
    }
    return left;
  };

  const parseLiteral = (): Literal => {
    const token = next();
    if (token.type === 'string' || token.type === 'number') return token.value;
    if (token.type === 'word' && (token.value === 'true' || token.value === 'false'))
      return token.value === 'true';
    throw new ExpressionError(
      `expected a string, number or true/false but found ${describe(token)}`,
      token.pos,
    );
  };

  const parseOperand = (): Expr => {
    const token = peek();
    if (token.type === 'op' && token.value === '(') {
      next();
      const inner = parseOr();
      expectOp(')');
      return inner;
    }
    if (token.type === 'op' && token.value === '[') {
      next();
      const items: Literal[] = [];
      if (!isOp(']')) {
        items.push(parseLiteral());
        while (isOp(',')) {
          next();
          items.push(parseLiteral());
        }
      }
      expectOp(']');
      return { kind: 'list', items, pos: token.pos };
    }
    if (token.type === 'string' || token.type === 'number') {
      next();
      return { kind: 'literal', value: token.value, pos: token.pos };
    }
    if (token.type === 'word') {
      next();
      if (token.value === 'true' || token.value === 'false')
        return { kind: 'literal', value: token.value === 'true', pos: token.pos };
      if (isOp('(')) {
        if (!(FUNCTIONS as readonly string[]).includes(token.value)) {
          throw new ExpressionError(
            `unknown function "${token.value}" (known: ${FUNCTIONS.join(', ')})`,
            token.pos,
          );
        }
        next();
        const arg = next();
        if (arg.type !== 'word' || !/^[A-Z][0-9]{1,2}$/.test(arg.value)) {
          throw new ExpressionError(`${token.value}() takes one question id such as B9`, arg.pos);
        }
        expectOp(')');
        return { kind: 'call', fn: token.value as FunctionName, arg: arg.value, pos: token.pos };
      }
      if (/^[A-Z][0-9]{1,2}$/.test(token.value)) return { kind: 'question', id: token.value, pos: token.pos };
      if ((VARIABLES as readonly string[]).includes(token.value))
        return { kind: 'variable', name: token.value as Variable, pos: token.pos };
      throw new ExpressionError(
        `unknown name "${token.value}": expected a question id such as B9, one of ${VARIABLES.join(', ')}, or a function call`,
        token.pos,
      );
    }
    throw new ExpressionError(`expected a value but found ${describe(token)}`, token.pos);
  };

  const expr = parseOr();
  const rest = peek();
  if (rest.type !== 'end')
    throw new ExpressionError(`unexpected ${describe(rest)} after a complete expression`, rest.pos);
  return expr;
}
