import { isAbsolute } from 'node:path';
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { DialogGrants } from '../../assessments/api/dialogGrants';
import { dispatch, type Handlers } from '../../assessments/api/dispatch';
import type { Envelope } from '../../assessments/api/envelope';
import type { EventHub } from '../../assessments/api/events';
import { EVENT_CHANNEL, GRANT_CHANNEL, INVOKE_CHANNEL } from '../shared/channels';
import { isAllowedIpcSender } from './policy';

export interface IpcDependencies {
  handlers: Handlers;
  hub: EventHub;
  /** Files the person chose in the window, as the preload reports them. */
  grants: DialogGrants;
  logError: (error: unknown, op: string) => void;
}

const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Only the Assay window may call the core.' },
};

/**
 * Only the top frame of a page served from `assay://app/` may call. The URL is read from the
 * frame Electron says sent the message, never from anything the renderer passes.
 */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAllowedIpcSender(frame.url);
}

/** Wires `assay:invoke` to `dispatch` and core events to every app window; returns an undo. */
export function registerIpc({ handlers, hub, grants, logError }: IpcDependencies): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, op: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event)) return UNAUTHORIZED;
    return dispatch(handlers, op, input, { logError });
  });

  ipcMain.handle(GRANT_CHANNEL, (event, paths: unknown): boolean => {
    if (!isTrustedSender(event)) return false;
    if (!Array.isArray(paths) || paths.length > 1000) return false;
    const chosen = paths.filter((path): path is string => typeof path === 'string' && isAbsolute(path));
    if (chosen.length !== paths.length) return false;
    grants.grantRead(chosen);
    return true;
  });

  const unsubscribe = hub.subscribe((eventName, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      // A window that is closing, or that somehow shows another page, gets nothing.
      if (window.isDestroyed() || contents.isDestroyed() || !isAllowedIpcSender(contents.getURL())) continue;
      contents.send(EVENT_CHANNEL, eventName, payload);
    }
  });

  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.removeHandler(GRANT_CHANNEL);
    unsubscribe();
  };
}
