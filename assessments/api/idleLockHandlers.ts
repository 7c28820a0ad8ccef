import type { IdleLock } from '../workspace/idleLock';
import { IDLE_NEUTRAL_OPERATIONS } from '../workspace/idleLock';
import type { OperationName } from './contract';
import type { Handlers } from './dispatch';

/** Operations after which the idle-lock setting may have changed, or the workspace just opened. */
const REFRESH_AFTER: ReadonlySet<OperationName> = new Set([
  'workspace.create',
  'workspace.unlock',
  'settings.set',
]);

/** Every invoked operation except status polls resets the core's idle lock. */
export function withIdleLock(handlers: Handlers, idle: IdleLock): Handlers {
  const wrapped = { ...handlers } as Record<OperationName, (input: unknown) => unknown>;
  for (const op of Object.keys(handlers) as OperationName[]) {
    const inner = handlers[op] as (input: unknown) => unknown;
    if (IDLE_NEUTRAL_OPERATIONS.has(op)) continue;
    wrapped[op] = async (input: unknown) => {
      idle.begin();
      try {
        return await inner(input);
      } finally {
        idle.end();
        if (REFRESH_AFTER.has(op)) idle.refresh();
        if (op === 'workspace.lock') idle.stop();
      }
    };
  }
  return wrapped as unknown as Handlers;
}
