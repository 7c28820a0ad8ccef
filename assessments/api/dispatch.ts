import type { z } from 'zod';
import { contract, isOperationName, type Contract, type OperationName } from './contract';
import type { Envelope } from './envelope';
import { AppError, type ErrorPayload } from '../shared/errors';

export type Handler<K extends OperationName> = (
  input: z.output<Contract[K]['input']>,
) => z.input<Contract[K]['output']> | Promise<z.input<Contract[K]['output']>>;

export type Handlers = { [K in OperationName]: Handler<K> };

export interface DispatchOptions {
  /** Where unexpected failures are reported; their details never cross the boundary. */
  logError?: (error: unknown, op: string) => void;
}

export async function dispatch(
  handlers: Handlers,
  op: unknown,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!isOperationName(op)) {
    return failure({ code: 'unknown_operation', message: `Unknown operation ${JSON.stringify(op)}.` });
  }
  const schemas = contract[op];
  const parsed = schemas.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    const summary = issues.map((issue) => `${issue.path || '(input)'}: ${issue.message}`).join('; ');
    return failure({
      code: 'invalid_input',
      message: `Invalid input for ${op}: ${summary}`,
      details: { issues },
    });
  }
  try {
    const handler = handlers[op] as (input: unknown) => unknown;
    const result = await handler(parsed.data);
    const checked = schemas.output.safeParse(result);
    if (!checked.success) {
      options.logError?.(checked.error, op);
      return failure({
        code: 'internal',
        message: `${op} produced a result that does not match its contract.`,
      });
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    return failure(toErrorPayload(error, op, options));
  }
}

function failure(error: ErrorPayload): Envelope<never> {
  return { ok: false, error };
}

export function toErrorPayload(error: unknown, op: string, options: DispatchOptions = {}): ErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return {
      code: 'internal',
      message: 'The disk is full: the change was not saved. Free some space and try again.',
    };
  }
  if (code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { code: 'internal', message: 'The workspace folder is not writable: the change was not saved.' };
  }
  options.logError?.(error, op);
  return { code: 'internal', message: `${op} failed unexpectedly; the change was not saved.` };
}
