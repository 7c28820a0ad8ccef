import type { Clock } from '../shared/clock';
import { TemplateLibrary } from '../templates/templateLibrary';
import { IdleLock } from '../workspace/idleLock';
import { WorkspaceSession } from '../workspace/session';
import { FileStaging } from '../files/fileStaging';
import { grantedPaths, stagedFiles } from './pathPolicies';
import { DialogGrants, GrantingDialogs } from './dialogGrants';
import { noSaveDialog, type Dialogs } from './dialogs';
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
  /** The desktop's native save dialog; cores without a native window have none. */
  dialogs?: Dialogs;
  clock: Clock;
  /**
   * For cores serving a window, which never names a path itself: 'granted' (desktop) uses only
   * files the person chose, which the preload and the save dialog grant; 'staged' (browser) uses
   * only files the window uploaded and writes only downloads. The CLI, given paths on its own
   * command line, leaves this unset.
   */
  windowFiles?: 'granted' | 'staged';
}

export interface Core {
  session: WorkspaceSession;
  hub: EventHub;
  handlers: Handlers;
  /** Desktop window: where the preload's grants of chosen files go. */
  grants?: DialogGrants;
  /** Browser window: uploads and downloads, served by the web transport. */
  staging?: FileStaging;
}

/** The object graph every process builds once (desktop, web transport, CLI): nothing is global. */
export function createCore({
  workspaceDir,
  anchorDir,
  templatesDir,
  dialogs = noSaveDialog,
  clock,
  windowFiles,
}: CoreOptions): Core {
  const hub = new EventHub();
  const staging = windowFiles === 'staged' ? FileStaging.create() : undefined;
  const session = new WorkspaceSession(workspaceDir, {
    clock,
    anchorDir,
    onChange: (status) => {
      staging?.onWorkspaceChange(status);
      hub.emit('workspace.changed', status);
    },
  });
  const grants = windowFiles === 'granted' ? new DialogGrants() : undefined;
  const idle = new IdleLock(session);
  const handlers = withIdleLock(
    createHandlers({
      session,
      dialogs: grants ? new GrantingDialogs(dialogs, grants) : dialogs,
      paths: grants ? grantedPaths(grants) : staging ? stagedFiles(staging) : undefined,
      staging,
      clock,
      library: new TemplateLibrary(templatesDir),
      hub,
    }),
    idle,
  );
  return { session, hub, handlers, grants, staging };
}
