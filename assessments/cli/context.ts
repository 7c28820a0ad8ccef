import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScriptedDialogs } from '../api/dialogs';
import { dispatch, type Handlers } from '../api/dispatch';
import type { OperationInput, OperationName, OperationOutput } from '../api/contract';
import { createCore } from '../api/createCore';
import type { EventHub } from '../api/events';
import { systemClock } from '../shared/clock';
import { defaultAnchorDirectory } from '../workspace/anchor/anchorFile';
import type { WorkspaceSession } from '../workspace/session';
import { readPassphrase, unwrap, UsageError, type CliIo } from './io';

export interface CliContext {
  session: WorkspaceSession;
  hub: EventHub;
  dialogs: ScriptedDialogs;
  handlers: Handlers;
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
  options: { onlyDialogPaths?: boolean } = {},
): CliContext {
  const dialogs = new ScriptedDialogs();
  const { session, hub, handlers } = createCore({
    workspaceDir: resolve(workspaceDir),
    anchorDir: defaultAnchorDirectory(process.env),
    templatesDir,
    dialogs,
    clock: systemClock,
    onlyDialogPaths: options.onlyDialogPaths,
  });
  return {
    session,
    hub,
    dialogs,
    handlers,
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
