import type { Clock } from '../shared/clock';
import { TemplateLibrary } from '../templates/templateLibrary';
import { WorkspaceSession } from '../workspace/session';
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
}

export interface Core {
  session: WorkspaceSession;
  hub: EventHub;
  handlers: Handlers;
}

/** The object graph every process builds once (desktop, web transport, CLI): nothing is global. */
export function createCore({ workspaceDir, templatesDir, dialogs, clock }: CoreOptions): Core {
  const hub = new EventHub();
  const session = new WorkspaceSession(workspaceDir, {
    clock,
    onChange: (status) => hub.emit('workspace.changed', status),
  });
  const handlers = createHandlers({
    session,
    dialogs,
    clock,
    library: new TemplateLibrary(templatesDir),
    hub,
  });
  return { session, hub, handlers };
}
