import { contract, type OperationName } from '../../../assessments/api/contract';
import type { Transport } from '../client/transport';

type Handler = (input: unknown) => unknown;
export type FakeFailure = { code: string; message: string; details?: unknown };

/**
 * A core for the backup components' tests: each operation's input is parsed with the contract and
 * its result checked against it, so the tests cannot drift from what the real core accepts.
 */
export function backupsTestCore(handlers: Partial<Record<OperationName, Handler>>) {
  const calls: Array<{ op: OperationName; input: unknown }> = [];
  const transport: Transport = {
    kind: 'web',
    async invoke(op, input) {
      calls.push({ op, input });
      const handler = handlers[op];
      if (!handler) return { ok: false, error: { code: 'unknown_operation', message: op } };
      const parsed = contract[op].input.parse(input ?? {});
      try {
        const value = await handler(parsed);
        return { ok: true, value: contract[op].output.parse(value) };
      } catch (error) {
        return { ok: false, error: error as FakeFailure };
      }
    },
    on: () => () => undefined,
  };
  return { transport, calls };
}
