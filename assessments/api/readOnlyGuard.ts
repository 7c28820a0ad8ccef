import type { WorkspaceSession } from '../workspace/session';
import { WorkspaceReadOnlyError } from '../workspace/session';
import type { Handlers } from './dispatch';
import type { OperationName } from './contract';

/**
 * A workspace whose database failed its integrity check is open `query_only`: any write SQLite
 * refuses surfaces as `workspace_read_only`, naming the file, instead of a generic failure.
 */
export function refuseWritesWhenReadOnly(handlers: Handlers, session: WorkspaceSession): Handlers {
  const wrapped = { ...handlers } as Record<OperationName, (input: unknown) => unknown>;
  for (const op of Object.keys(handlers) as OperationName[]) {
    const inner = handlers[op] as (input: unknown) => unknown;
    wrapped[op] = async (input: unknown) => {
      try {
        return await inner(input);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'SQLITE_READONLY' && session.status().readOnly) {
          throw new WorkspaceReadOnlyError(session.paths.database);
        }
        throw error;
      }
    };
  }
  return wrapped as unknown as Handlers;
}
