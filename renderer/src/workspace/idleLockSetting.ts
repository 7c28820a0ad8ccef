/** Minutes of inactivity after which an unlocked workspace locks itself; a per-computer choice. */
export const IDLE_LOCK_STORAGE_KEY = 'assay.idleLockMinutes';
export const IDLE_LOCK_CHOICES = [1, 5, 10, 15, 30, 60] as const;
export type IdleLockMinutes = (typeof IDLE_LOCK_CHOICES)[number];
export const DEFAULT_IDLE_LOCK_MINUTES: IdleLockMinutes = 10;

export function isIdleLockMinutes(value: number): value is IdleLockMinutes {
  return (IDLE_LOCK_CHOICES as readonly number[]).includes(value);
}

/** The stored choice, or the default when nothing (or something unexpected) is stored. */
export function readIdleLockMinutes(storage: Pick<Storage, 'getItem'> | null): IdleLockMinutes {
  try {
    const stored = Number(storage?.getItem(IDLE_LOCK_STORAGE_KEY));
    return isIdleLockMinutes(stored) ? stored : DEFAULT_IDLE_LOCK_MINUTES;
  } catch {
    return DEFAULT_IDLE_LOCK_MINUTES;
  }
}

export function storeIdleLockMinutes(
  storage: Pick<Storage, 'setItem'> | null,
  minutes: IdleLockMinutes,
): void {
  try {
    storage?.setItem(IDLE_LOCK_STORAGE_KEY, String(minutes));
  } catch {
    // Without storage the choice lasts until the window closes.
  }
}

export function safeLocalStorage(view: Window): Storage | null {
  try {
    return view.localStorage;
  } catch {
    return null;
  }
}
