import { useCallback, useEffect, useLayoutEffect, useRef, useState, type DependencyList } from 'react';
import type { AssayClient } from '../client/createClient';
import { useClient } from '../client/ClientContext';

export type CoreQuery<T> =
  | { kind: 'loading'; reload: () => void }
  | { kind: 'failed'; error: unknown; reload: () => void }
  /** `refreshing` while a reload runs: the data shown stays until its successor arrives. */
  | { kind: 'loaded'; data: T; refreshing: boolean; reload: () => void };

type Settled<T> = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'loaded'; data: T };

/**
 * Loads what a screen shows from the core, and again whenever `deps` change or `reload()` is
 * called. An answer that arrives after its screen moved on (other deps, unmounted, a newer reload)
 * is dropped, so a slow old request never overwrites a newer one. A reload keeps the loaded data on
 * screen until the new data or error arrives, so lists do not flicker while they refresh.
 */
export function useCoreQuery<T>(
  load: (client: AssayClient) => Promise<T>,
  deps: DependencyList,
): CoreQuery<T> {
  const client = useClient();
  const [settled, setSettled] = useState<Settled<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [refreshing, setRefreshing] = useState(false);
  // The latest loader, so callers may pass an inline function without it re-running every render.
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const depsKey = useRef<DependencyList | null>(null);

  useEffect(() => {
    let current = true;
    const sameDeps = depsKey.current !== null && sameList(depsKey.current, deps);
    depsKey.current = deps;
    // New deps are a different question: their answer must not be mistaken for the old one's.
    if (!sameDeps) setSettled({ kind: 'loading' });
    setRefreshing(sameDeps);
    loadRef.current(client).then(
      (data) => {
        if (!current) return;
        setSettled({ kind: 'loaded', data });
        setRefreshing(false);
      },
      (error: unknown) => {
        if (!current) return;
        setSettled({ kind: 'failed', error });
        setRefreshing(false);
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps are the query's identity
  }, [client, attempt, ...deps]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  if (settled.kind === 'loaded') return { kind: 'loaded', data: settled.data, refreshing, reload };
  if (settled.kind === 'failed') return { kind: 'failed', error: settled.error, reload };
  return { kind: 'loading', reload };
}

function sameList(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
