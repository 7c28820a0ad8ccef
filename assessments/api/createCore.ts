import type { Clock } from '../shared/clock';
import { TemplateLibrary } from '../templates/templateLibrary';
import { WorkspaceSession } from '../workspace/session';
import { DialogGrants, GrantingDialogs } from './dialogGrants';
import type { Dialogs } from './dialogs';
import type { Handlers } from './dispatch';
import { EventHub } from './events';
import { createHandlers } from './handlers';

export interface CoreOptions {
  /** The workspace folder; it may not exist yet (the first "create workspace" makes it). */
  workspaceDir: string;
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
  templatesDir,
  dialogs,
  clock,
  onlyDialogPaths,
}: CoreOptions): Core {
  const hub = new EventHub();
  const session = new WorkspaceSession(workspaceDir, {
    clock,
    onChange: (status) => hub.emit('workspace.changed', status),
  });
  const grants = onlyDialogPaths ? new DialogGrants() : undefined;
  const handlers = createHandlers({
    session,
    dialogs: grants ? new GrantingDialogs(dialogs, grants) : dialogs,
    grants,
    clock,
    library: new TemplateLibrary(templatesDir),
    hub,
  });
  return { session, hub, handlers };
}
