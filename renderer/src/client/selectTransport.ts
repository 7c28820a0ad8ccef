import { createElectronTransport } from './electronTransport';
import type { Transport } from './transport';
import { takeWebToken } from './webToken';
import { createWebTransport } from './webTransport';

/** Electron when the preload bridge is present, otherwise the loopback web server. */
export function selectTransport(win: Window): Transport {
  if (win.assay) return createElectronTransport(win.assay);
  const token = takeWebToken({
    location: win.location,
    storage: safeSessionStorage(win),
    replaceUrl: (url) => win.history.replaceState(win.history.state, '', url),
  });
  return createWebTransport({
    token,
    fetch: win.fetch.bind(win),
    ...(typeof EventSource === 'function' ? { EventSource } : {}),
  });
}

export function safeSessionStorage(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}
