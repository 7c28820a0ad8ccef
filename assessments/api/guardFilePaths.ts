import type { DialogGrants } from './dialogGrants';
import type { Handler, Handlers } from './dispatch';
import type { OperationName } from './contract';

type PathsOf<K extends OperationName> = (input: Parameters<Handler<K>>[0]) => (string | undefined)[];

/** Operations that read a file the window names: it must have come from an open dialog. */
const READS: { [K in OperationName]?: PathsOf<K> } = {
  'reference.import': ({ path, ofacFiles }) => [path, ofacFiles?.alt, ofacFiles?.add, ofacFiles?.comments],
  'identity.import': ({ path }) => [path],
  'pdf.verify': ({ path, trustAnchorPaths, tsaAnchorPaths, crlPaths }) => [
    path,
    ...trustAnchorPaths,
    ...tsaAnchorPaths,
    ...crlPaths,
  ],
  'report.timestampRequest': ({ path }) => [path],
  'report.timestampApply': ({ path, responsePath }) => [path, responsePath],
  'report.countersign': ({ path }) => [path],
  'workspace.restore': ({ path }) => [path],
};

/** Operations that write where the window says: it must have come from a save dialog. */
const WRITES: { [K in OperationName]?: PathsOf<K> } = {
  'report.export': ({ path }) => [path],
  'identity.exportCertificate': ({ path }) => [path],
  'report.timestampRequest': ({ outPath }) => [outPath],
  'report.timestampApply': ({ outPath }) => [outPath],
  'report.countersign': ({ outPath }) => [outPath],
  'workspace.backup': ({ path }) => [path],
  // A new folder named in a save dialog; absent means the window's own workspace folder.
  'workspace.restore': ({ into }) => [into],
};

function guard<K extends OperationName>(
  handlers: Handlers,
  op: K,
  paths: PathsOf<K>,
  require: (path: string) => void,
): void {
  const inner = handlers[op] as Handler<K>;
  const guarded: Handler<K> = (input) => {
    for (const path of paths(input)) if (path !== undefined) require(path);
    return inner(input);
  };
  (handlers as Record<K, Handler<K>>)[op] = guarded;
}

/**
 * With grants in force (a core serving a window), every file an operation reads or writes must be
 * one the person chose in a dialog; the evidence handlers check their own paths the same way.
 */
export function guardFilePaths(handlers: Handlers, grants: DialogGrants | undefined): Handlers {
  if (!grants) return handlers;
  for (const op of Object.keys(READS) as OperationName[]) {
    guard(handlers, op, READS[op] as PathsOf<typeof op>, (path) => grants.requireReadable(path));
  }
  for (const op of Object.keys(WRITES) as OperationName[]) {
    guard(handlers, op, WRITES[op] as PathsOf<typeof op>, (path) => grants.requireWritable(path));
  }
  return handlers;
}
