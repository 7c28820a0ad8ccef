import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch, type Handlers } from '../api/dispatch';
import type { OperationInput, OperationName, OperationOutput } from '../api/contract';
import { createCore, type Core } from '../api/createCore';
import type { EventHub } from '../api/events';
import { systemClock } from '../shared/clock';
import { defaultAnchorDirectory } from '../workspace/anchor/anchorFile';
import type { WorkspaceSession } from '../workspace/session';
import { readPassphrase, unwrap, UsageError, type CliIo } from './io';

export interface CliContext {
  session: WorkspaceSession;
  hub: EventHub;
  handlers: Handlers;
  /** Set for `serve-web`, whose browser window hands files over instead of naming paths. */
  staging?: Core['staging'];
  call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
}

/** The templates shipped beside the CLI (dist/cli → templates/, also from the sources). */
export function defaultTemplatesDir(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

/** The same object graph the app builds, for one workspace folder; calls go through `dispatch`. */
export function createCliContext(
  workspaceDir: string,
  templatesDir = defaultTemplatesDir(),
  options: { servesBrowser?: boolean } = {},
): CliContext {
  const { session, hub, handlers, staging } = createCore({
    workspaceDir: resolve(workspaceDir),
    anchorDir: defaultAnchorDirectory(process.env),
    templatesDir,
    clock: systemClock,
    ...(options.servesBrowser ? { windowFiles: 'staged' as const } : {}),
  });
  return {
    session,
    hub,
    handlers,
    staging,
    call: async (op, input) => unwrap(await dispatch(handlers, op, input)) as never,
  };
}

/** Unlocks the workspace (passphrase from ASSAY_PASSPHRASE or a file), runs, and always locks it. */
export async function withWorkspace<T>(
  workspace: string | undefined,
  passphraseFile: string | undefined,
  io: CliIo,
  run: (ctx: CliContext) => Promise<T>,
): Promise<T> {
  if (!workspace) throw new UsageError('Missing --workspace DIR.');
  const ctx = createCliContext(workspace);
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(passphraseFile, io) });
  try {
    return await run(ctx);
  } finally {
    await ctx.call('workspace.lock', {});
  }
}
