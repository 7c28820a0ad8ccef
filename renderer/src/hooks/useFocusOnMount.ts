import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the element once it mounts, so keyboard and screen-reader users land on the new
 * screen (its heading or first field) instead of on a button that no longer exists.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
