import type { AssayClient } from '../client/createClient';

/**
 * Minutes of inactivity after which an unlocked workspace locks itself. It is a workspace setting
 * (`idleLockMinutes`), enforced by the core on every transport; earlier versions kept it in this
 * browser's storage under this key, which is moved into the workspace once and then removed.
 */
export const IDLE_LOCK_STORAGE_KEY = 'assay.idleLockMinutes';
export const IDLE_LOCK_CHOICES = [1, 5, 10, 15, 30, 60] as const;
export type IdleLockMinutes = (typeof IDLE_LOCK_CHOICES)[number];
export const DEFAULT_IDLE_LOCK_MINUTES: IdleLockMinutes = 10;

export function isIdleLockMinutes(value: number): value is IdleLockMinutes {
  return (IDLE_LOCK_CHOICES as readonly number[]).includes(value);
}

/** A choice an earlier version left in this browser's storage, if a valid one is there. */
export function readLegacyIdleLockMinutes(storage: Pick<Storage, 'getItem'> | null): IdleLockMinutes | null {
  try {
    const raw = storage?.getItem(IDLE_LOCK_STORAGE_KEY);
    const stored = Number(raw);
    return raw !== null && raw !== undefined && isIdleLockMinutes(stored) ? stored : null;
  } catch {
    return null;
  }
}

function forgetLegacyIdleLockMinutes(storage: Pick<Storage, 'removeItem'> | null): void {
  try {
    storage?.removeItem(IDLE_LOCK_STORAGE_KEY);
  } catch {
    // Nothing stored, or no storage: nothing to forget.
  }
}

/** The setting shown in the window: a value outside the choices offered falls back to the default. */
export function asIdleLockChoice(minutes: number): IdleLockMinutes {
  return isIdleLockMinutes(minutes) ? minutes : DEFAULT_IDLE_LOCK_MINUTES;
}

/**
 * The open workspace's idle-lock setting. A choice an earlier version kept in this browser is moved
 * into the workspace once (then removed from the browser, only after the core has stored it).
 */
export async function loadIdleLockMinutes(
  client: AssayClient,
  storage: Pick<Storage, 'getItem' | 'removeItem'> | null,
): Promise<number> {
  const settings = await client.invoke('settings.get', {});
  const legacy = readLegacyIdleLockMinutes(storage);
  if (legacy === null) return settings.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES;
  const saved =
    legacy === settings.idleLockMinutes
      ? settings
      : await client.invoke('settings.set', { ...settings, idleLockMinutes: legacy });
  forgetLegacyIdleLockMinutes(storage);
  return saved.idleLockMinutes ?? legacy;
}

/** Stores a new choice in the workspace; returns the value now in force. */
export async function saveIdleLockMinutes(client: AssayClient, minutes: number): Promise<number> {
  const settings = await client.invoke('settings.get', {});
  const saved = await client.invoke('settings.set', { ...settings, idleLockMinutes: minutes });
  return saved.idleLockMinutes ?? minutes;
}

export function safeLocalStorage(view: Window): Storage | null {
  try {
    return view.localStorage;
  } catch {
    return null;
  }
}
