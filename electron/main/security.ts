import { join } from 'node:path';
import type { App, Session, WebContents, WebPreferences } from 'electron';
import { isAllowedNavigation, isAllowedRequestUrl } from './policy';

export type SecurityLog = (message: string) => void;

/**
 * The only webPreferences any Assay window gets. `devTools` follows `allowDevTools` so a packaged
 * build cannot open a console inside an unlocked workspace.
 */
export function secureWebPreferences(preloadDirectory: string, allowDevTools: boolean): WebPreferences {
  return {
    preload: join(preloadDirectory, 'preload.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: allowDevTools,
  };
}

/** No permission (camera, notifications, clipboard-read, geolocation, …) is ever granted. */
function hardenSession(session: Session, log: SecurityLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The app never calls out: anything but its own scheme and in-memory URLs is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) log(`blocked request: ${details.url}`);
    callback({ cancel: !allowed });
  });
}

/** Applied to every webContents, including any a bug or an attacker manages to create. */
function hardenWebContents(contents: WebContents, log: SecurityLog): void {
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied window.open: ${url}`);
    return { action: 'deny' };
  });
  const blockUnlessAllowed = (event: { preventDefault(): void }, url: string, kind: string): void => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    log(`blocked ${kind}: ${url}`);
  };
  contents.on('will-navigate', (event) => blockUnlessAllowed(event, event.url, 'navigation'));
  contents.on('will-frame-navigate', (event) => blockUnlessAllowed(event, event.url, 'frame navigation'));
  contents.on('will-redirect', (event) => blockUnlessAllowed(event, event.url, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('refused to attach a webview');
  });
}

/**
 * App-wide hardening; call before `ready` so the first window is already covered. Each session is
 * hardened once, the first time a webContents using it appears.
 */
export function hardenApp(app: App, log: SecurityLog): void {
  const hardenedSessions = new WeakSet<Session>();
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, log);
    if (!hardenedSessions.has(contents.session)) {
      hardenedSessions.add(contents.session);
      hardenSession(contents.session, log);
    }
  });
}
