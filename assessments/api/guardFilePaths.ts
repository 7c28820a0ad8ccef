import { mapPathValues, walkPathFields, type PathField, type PathFieldLocation } from '../files/pathFields';
import { contract, type OperationName } from './contract';
import type { Handler, Handlers } from './dispatch';
import { AppError } from '../shared/errors';

/**
 * How a core serving a window turns the value of a declared path field into the path it opens:
 * a grant the person gave by choosing the file (desktop), or a file the window handed over
 * (browser). Either way, a path the window made up is refused.
 */
export interface PathPolicy {
  resolve(value: string, field: PathField): Promise<string>;
  /**
   * How the window knows the file `value` names (the chosen file's name in a browser), so the
   * paths the core resolved never appear in what goes back: results and error messages.
   */
  shownAs?(value: string): string;
}

/** Replaces every occurrence of each resolved path in the strings of `value`, however deep. */
function showAs(value: unknown, shown: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    let text = value;
    for (const [path, name] of shown) text = text.split(path).join(name);
    return text;
  }
  if (Array.isArray(value)) return value.map((item) => showAs(item, shown));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, showAs(item, shown)]));
  return value;
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
  const guarded: Handler<K> = async (input) => {
    const shown = new Map<string, string>();
    const resolved = await mapPathValues(input, fields, async (value, field) => {
      const path = await policy.resolve(value, field);
      const name = policy.shownAs?.(value) ?? value;
      if (path !== name) shown.set(path, name);
      return path;
    });
    if (shown.size === 0) return inner(resolved);
    try {
      return showAs(await inner(resolved), shown) as Awaited<ReturnType<Handler<K>>>;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new AppError(error.code, showAs(error.message, shown) as string, showAs(error.details, shown));
    }
  };
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
