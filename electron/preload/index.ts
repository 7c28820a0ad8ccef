import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { isEventName, isOperationName } from '../../assessments/api/operationNames';
import type { Envelope } from '../../assessments/api/envelope';
import type { AssayBridge } from '../../assessments/api/bridge';
import { EVENT_CHANNEL, GRANT_CHANNEL, INVOKE_CHANNEL } from '../shared/channels';

type Listener = (payload: unknown) => void;

/**
 * The whole surface the page gets. Names are checked against the contract here as well as in main,
 * so a compromised page cannot even put an unknown channel argument on the wire. Neither
 * `ipcRenderer` nor the IPC event object ever reaches the page.
 */
function createBridge(): AssayBridge {
  const listeners = new Map<string, Set<Listener>>();
  ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
    if (typeof name !== 'string') return;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });

  return {
    invoke(op: string, input: unknown): Promise<Envelope<unknown>> {
      if (!isOperationName(op)) {
        const message = `Unknown operation ${JSON.stringify(op)}.`;
        return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message } });
      }
      return ipcRenderer.invoke(INVOKE_CHANNEL, op, input) as Promise<Envelope<unknown>>;
    },
    async grantFiles(files: File[]): Promise<string[]> {
      if (!Array.isArray(files)) throw new TypeError('grantFiles() takes an array of File objects.');
      const paths = files.map((file) => {
        // Only a File backed by a file on disk has a path; one built by script has none.
        const path = file instanceof File ? webUtils.getPathForFile(file) : '';
        if (path === '')
          throw new TypeError('Only files chosen in a file input or dropped on the window can be opened.');
        return path;
      });
      const granted = (await ipcRenderer.invoke(GRANT_CHANNEL, paths)) as unknown;
      if (granted !== true) throw new Error('The core refused the chosen files.');
      return paths;
    },
    on(event: string, callback: Listener): () => void {
      if (!isEventName(event)) throw new TypeError(`Unknown event ${JSON.stringify(event)}.`);
      if (typeof callback !== 'function') throw new TypeError('on() needs a callback function.');
      const forEvent = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, forEvent);
      // Wrapped so the same callback can subscribe twice and each unsubscribe removes only its own.
      const listener: Listener = (payload) => callback(payload);
      forEvent.add(listener);
      return () => {
        forEvent.delete(listener);
      };
    },
  };
}

contextBridge.exposeInMainWorld('assay', createBridge());
