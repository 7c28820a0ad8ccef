import { mapPathValues, walkPathFields, type PathField, type PathFieldLocation } from '../files/pathFields';
import { contract, type OperationName } from './contract';
import type { Handler, Handlers } from './dispatch';

/**
 * How a core serving a window turns the value of a declared path field into the path it opens:
 * a grant the person gave by choosing the file (desktop), or a file the window handed over
 * (browser). Either way, a path the window made up is refused.
 */
export interface PathPolicy {
  resolve(value: string, field: PathField): Promise<string>;
}

/** The declared path fields of every operation that has any, read from the contract itself. */
export function declaredPathFields(): Map<OperationName, PathFieldLocation[]> {
  const fields = new Map<OperationName, PathFieldLocation[]>();
  for (const op of Object.keys(contract) as OperationName[]) {
    const { declared } = walkPathFields(contract[op].input);
    if (declared.length > 0) fields.set(op, declared);
  }
  return fields;
}

function guard<K extends OperationName>(
  handlers: Handlers,
  op: K,
  fields: readonly PathFieldLocation[],
  policy: PathPolicy,
): void {
  const inner = handlers[op] as Handler<K>;
  const guarded: Handler<K> = async (input) =>
    inner(await mapPathValues(input, fields, (value, field) => policy.resolve(value, field)));
  (handlers as Record<K, Handler<K>>)[op] = guarded;
}

/**
 * With a policy in force (a core serving a window), every path an operation reads or writes is
 * resolved by the policy before the operation sees it. Without one (the CLI, whose paths come
 * from its own command line) operations take paths as given.
 */
export function guardFilePaths(handlers: Handlers, policy: PathPolicy | undefined): Handlers {
  if (!policy) return handlers;
  for (const [op, fields] of declaredPathFields()) guard(handlers, op, fields, policy);
  return handlers;
}
