import { createElectronTransport } from './electronTransport';
import {
  createElectronFileTransport,
  createWebFileTransport,
  deliverByLink,
  type FileTransport,
} from './fileTransport';
import type { Transport } from './transport';
import { takeWebToken } from './webToken';
import { createWebTransport } from './webTransport';

/** Electron when the preload bridge is present, otherwise the loopback web server. */
export function selectTransport(win: Window): { transport: Transport; files: FileTransport } {
  if (win.assay)
    return { transport: createElectronTransport(win.assay), files: createElectronFileTransport(win.assay) };
  const token = takeWebToken({
    location: win.location,
    storage: safeSessionStorage(win),
    replaceUrl: (url) => win.history.replaceState(win.history.state, '', url),
  });
  const fetchFn = win.fetch.bind(win);
  return {
    transport: createWebTransport({
      token,
      fetch: fetchFn,
      ...(typeof EventSource === 'function' ? { EventSource } : {}),
    }),
    files: createWebFileTransport({ token, fetch: fetchFn, deliver: deliverByLink(win.document) }),
  };
}

export function safeSessionStorage(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}
