import { describe, expect, it } from 'vitest';
import { contract, contractEvents } from './contract';
import { EVENT_NAMES, isEventName, isOperationName, OPERATION_NAMES } from './operationNames';

describe('the plain list of operation and event names', () => {
  it('is exactly the contract’s, each name once', () => {
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length);
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(contractEvents).sort());
  });

  it('admits only those names, never what objects inherit', () => {
    expect(isOperationName('pdf.verify')).toBe(true);
    expect(isOperationName('pdf.forge')).toBe(false);
    expect(isOperationName('constructor')).toBe(false);
    expect(isOperationName('__proto__')).toBe(false);
    expect(isOperationName(42)).toBe(false);
    expect(isEventName('workspace.changed')).toBe(true);
    expect(isEventName('toString')).toBe(false);
  });
});
