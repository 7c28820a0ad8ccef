import { useEffect, useRef } from 'react';

/** Activity that proves someone is at the keyboard or pointer. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'focusin'] as const;
/** How often the deadline is checked; a sleeping laptop wakes past it and locks at the next check. */
const CHECK_INTERVAL_MS = 5_000;

/**
 * Calls `onIdle` once when nobody has touched the window for `minutes` while `active`. The deadline
 * is a wall-clock time, not one long timer, so time spent suspended counts as idle.
 */
export function useIdleLock(
  active: boolean,
  minutes: number,
  onIdle: () => void,
  target: Window = window,
): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!active) return undefined;
    const limit = minutes * 60_000;
    let lastActivity = Date.now();
    let fired = false;
    const touch = () => {
      lastActivity = Date.now();
    };
    const check = () => {
      if (!fired && Date.now() - lastActivity >= limit) {
        fired = true;
        onIdleRef.current();
      }
    };
    for (const event of ACTIVITY_EVENTS)
      target.addEventListener(event, touch, { passive: true, capture: true });
    const timer = target.setInterval(check, Math.min(CHECK_INTERVAL_MS, limit));
    return () => {
      for (const event of ACTIVITY_EVENTS) target.removeEventListener(event, touch, { capture: true });
      target.clearInterval(timer);
    };
  }, [active, minutes, target]);
}
