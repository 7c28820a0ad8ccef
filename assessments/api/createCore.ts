import type { Clock } from '../shared/clock';
import { TemplateLibrary } from '../templates/templateLibrary';
import { IdleLock } from '../workspace/idleLock';
import { WorkspaceSession } from '../workspace/session';
import { DialogGrants, GrantingDialogs } from './dialogGrants';
import type { Dialogs } from './dialogs';
import type { Handlers } from './dispatch';
import { EventHub } from './events';
import { createHandlers } from './handlers';
import { withIdleLock } from './idleLockHandlers';

export interface CoreOptions {
  /** The workspace folder; it may not exist yet (the first "create workspace" makes it). */
  workspaceDir: string;
  /**
   * Per-user application-data folder for the workspace's outside integrity anchor (Electron:
   * userData/anchors; CLI and web transport: `defaultAnchorDirectory`). Omitted: header anchor only.
   */
  anchorDir?: string;
  templatesDir: string;
  dialogs: Dialogs;
  clock: Clock;
  /**
   * For cores serving a window: evidence files may be read or written only where the person chose
   * them in a file dialog. The CLI, which is given paths on its command line, leaves this off.
   */
  onlyDialogPaths?: boolean;
}

export interface Core {
  session: WorkspaceSession;
  hub: EventHub;
  handlers: Handlers;
}

/** The object graph every process builds once (desktop, web transport, CLI): nothing is global. */
export function createCore({
  workspaceDir,
  anchorDir,
  templatesDir,
  dialogs,
  clock,
  onlyDialogPaths,
}: CoreOptions): Core {
  const hub = new EventHub();
  const session = new WorkspaceSession(workspaceDir, {
    clock,
    anchorDir,
    onChange: (status) => hub.emit('workspace.changed', status),
  });
  const grants = onlyDialogPaths ? new DialogGrants() : undefined;
  const idle = new IdleLock(session);
  const handlers = withIdleLock(
    createHandlers({
      session,
      dialogs: grants ? new GrantingDialogs(dialogs, grants) : dialogs,
      grants,
      clock,
      library: new TemplateLibrary(templatesDir),
      hub,
    }),
    idle,
  );
  return { session, hub, handlers };
}
