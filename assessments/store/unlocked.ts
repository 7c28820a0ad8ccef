import type { Db } from './openDatabase';

/**
 * What a service needs of an unlocked workspace. It sits beside the database it carries, below
 * the modules that take it, so that `workspace/` (which builds it) can depend on them and not the
 * other way round.
 */
export interface Unlocked {
  db: Db;
  actor: string;
  workspaceId: string;
  vaultKey: Buffer;
  /** True when the database failed its integrity check and was opened `query_only`. */
  readOnly: boolean;
}
