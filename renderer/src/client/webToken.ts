export const TOKEN_STORAGE_KEY = 'assay.token';

export interface TokenEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Replaces the visible address without navigating (history.replaceState). */
  replaceUrl: (url: string) => void;
}

/**
 * The loopback server hands out `#token=HEX`. Take it from the hash, remember it for reloads of
 * this tab only, and take it out of the address bar so it does not end up in screenshots or
 * bookmarks. `?lang=` and the path stay as they were.
 */
export function takeWebToken({ location, storage, replaceUrl }: TokenEnvironment): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    try {
      storage?.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works until the tab is reloaded.
    }
    replaceUrl(`${location.pathname}${location.search}`);
    return fromHash;
  }
  try {
    return storage?.getItem(TOKEN_STORAGE_KEY) || null;
  } catch {
    return null;
  }
}
