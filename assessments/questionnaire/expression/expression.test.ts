import { describe, expect, it } from 'vitest';
import type { EvaluationContext, Value } from './evaluate';
import { test as holds } from './evaluate';
import { ExpressionError, parseExpression } from './parse';

function context(answers: Record<string, Value>, variables: Record<string, Value> = {}): EvaluationContext {
  return {
    answer: (id) => answers[id] ?? null,
    call: (fn, id) => {
      const value = answers[id] ?? null;
      if (fn === 'answered') return value !== null;
      if (fn === 'unknown') return value === 'unknown';
      if (fn === 'count') return Array.isArray(value) ? value.length : 0;
      return null;
    },
    variable: (name) => variables[name] ?? null,
  };
}

const run = (source: string, answers: Record<string, Value>, variables: Record<string, Value> = {}) =>
  holds(parseExpression(source), context(answers, variables));

describe('expression language', () => {
  it.each([
    ["B2 == 'non-listed'", { B2: 'non-listed' }, true],
    ["B2 != 'non-listed'", { B2: 'listed' }, true],
    ["A2 includes 'eu'", { A2: ['us', 'eu'] }, true],
    ["A2 includes ['uk', 'eu']", { A2: ['eu'] }, true],
    ["A2 includes 'eu'", { A2: ['us'] }, false],
    ["D2 in ['military', 'police']", { D2: 'police' }, true],
    ["B1 in ['a', 'b']", { B1: ['c', 'b'] }, true],
    ['D5 >= 4', { D5: 4 }, true],
    ['D5 >= 4', { D5: 3 }, false],
    ["B2 == 'x' and not (A2 includes 'eu')", { B2: 'x', A2: ['us'] }, true],
    ["B2 == 'x' or B3 == 'y'", { B3: 'y' }, true],
    ['answered(B3)', { B3: 'y' }, true],
    ['not answered(B3)', {}, true],
    ["unknown(B3) or B3 == 'unknown'", { B3: 'unknown' }, true],
    ['count(G1) >= 2', { G1: ['a', 'b'] }, true],
    ["B2 == 'x'", {}, false],
    ["B2 != 'x'", {}, true],
  ] as const)('%s with %j → %s', (source, answers, expected) => {
    expect(run(source, answers as Record<string, Value>)).toBe(expected);
  });

  it('orders tiers by severity and reads computed variables', () => {
    expect(run("tier >= 'High'", {}, { tier: 'Unacceptable' })).toBe(true);
    expect(run("tier >= 'High'", {}, { tier: 'Medium' })).toBe(false);
    expect(run("F8 == 'low' and severity >= 4", { F8: 'low' }, { severity: 4 })).toBe(true);
  });

  it.each([
    ["B2 == 'x", /unterminated string/],
    ['B2 ==', /expected a value but found end of expression/],
    ["B2 == 'x' B3", /unexpected "B3" after a complete expression/],
    ['process.exit(1)', /unexpected character "\."/],
    ["foo == 'x'", /unknown name "foo"/],
    ["constructor('x')", /unknown function "constructor"/],
    ['answered(severity)', /takes one question id/],
    ["B2 == 'x' ; B3", /unexpected character ";"/],
    ['(B2 == 1', /expected "\)"/],
    ['[1, 2', /expected "\]"/],
  ])('refuses %s', (source, message) => {
    expect(() => parseExpression(source)).toThrow(ExpressionError);
    expect(() => parseExpression(source)).toThrow(message);
  });

  it('bounds nesting and length so hostile templates cannot exhaust the stack', () => {
    expect(() => parseExpression(`${'('.repeat(100)}B1 == 1${')'.repeat(100)}`)).toThrow(/nested deeper/);
    expect(() => parseExpression(`${'not '.repeat(100)}answered(B1)`)).toThrow(/nested deeper/);
    expect(() => parseExpression(`B1 == '${'x'.repeat(3000)}'`)).toThrow(/longer than/);
  });

  it('reports the position of the error', () => {
    try {
      parseExpression("B2 == 'a' and foo");
      expect.unreachable();
    } catch (error) {
      expect((error as ExpressionError).position).toBe(14);
    }
  });
});
