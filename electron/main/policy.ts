/**
 * What the window may load, navigate to and call. Pure functions over URL strings, free of
 * `electron`, so the lock itself is unit-tested (policy.test.ts); security.ts and ipc.ts only wire
 * them to Electron's events.
 */

export const APP_SCHEME = 'assay';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Schemes that never leave the machine and that Chromium needs internally (devtools, images). */
const LOCAL_REQUEST_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for `assay://app/…`. Credentials and ports are refused outright: the app never uses
 * them, and a URL that carries them is someone trying to confuse a parser.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Top-level and frame navigations and redirects: the app's own pages, nothing else. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Every request the session makes. The app never calls out, so http(s), ws, file and ftp all fail. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  return parsed !== null && LOCAL_REQUEST_SCHEMES.has(parsed.protocol);
}

/** IPC callers: only a frame showing the app's own page may reach the core. */
export function isAllowedIpcSender(frameUrl: string | null | undefined): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
