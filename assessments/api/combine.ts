import { contract } from './contract';
import type { Handlers } from './dispatch';

/**
 * Joins every module's operations into the one handler map. Two modules binding the same
 * operation, an operation no module binds, or a binding the contract does not know are refused
 * when the core is built, naming the operation and the modules involved.
 */
export function combineOperations(modules: Readonly<Record<string, Partial<Handlers>>>): Handlers {
  const combined: Record<string, unknown> = {};
  const owners = new Map<string, string>();
  for (const [module, operations] of Object.entries(modules)) {
    for (const [op, handler] of Object.entries(operations)) {
      const owner = owners.get(op);
      if (owner !== undefined) {
        throw new Error(
          `Operation ${op} is bound twice: by the ${owner} module and by the ${module} module.`,
        );
      }
      if (!Object.hasOwn(contract, op)) {
        throw new Error(`The ${module} module binds ${op}, which is not in the contract.`);
      }
      owners.set(op, module);
      combined[op] = handler;
    }
  }
  const unbound = Object.keys(contract).filter((op) => !owners.has(op));
  if (unbound.length > 0) throw new Error(`No module binds ${unbound.join(', ')}.`);
  return combined as Handlers;
}
