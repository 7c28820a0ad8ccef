import { protocol } from 'electron';
import { respondToAppRequest } from './appResponse';
import { APP_SCHEME } from './policy';

/**
 * Must run before `app` is ready. `standard` gives the scheme real origins and relative URLs,
 * `secure` makes it a secure context; `supportFetchAPI` lets the page fetch its own assets.
 * Deliberately not `bypassCSP`, `corsEnabled` or `allowServiceWorkers`.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `assay://app/…` from the built renderer; every other host and any traversal is a 404. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rendererRoot, request));
}
