export type WizardCommand =
  'next' | 'previous' | 'nextSection' | 'previousSection' | 'nextUnanswered' | 'unknown';

interface Shortcut {
  command: WizardCommand;
  /** As shown to the user; key names are the same in every language. */
  label: string;
  /** `KeyboardEvent.code`, so the shortcut does not depend on the keyboard layout (Arabic, French…). */
  code: string;
}

/**
 * Every wizard shortcut uses Alt with a key that has no meaning inside text fields, radio groups or
 * selects, so it works from wherever focus is without ever swallowing typing.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'next', label: 'Alt + ↓', code: 'ArrowDown' },
  { command: 'previous', label: 'Alt + ↑', code: 'ArrowUp' },
  { command: 'nextSection', label: 'Alt + Page Down', code: 'PageDown' },
  { command: 'previousSection', label: 'Alt + Page Up', code: 'PageUp' },
  { command: 'nextUnanswered', label: 'Alt + J', code: 'KeyJ' },
  { command: 'unknown', label: 'Alt + U', code: 'KeyU' },
];

export function commandFor(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>,
): WizardCommand | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return SHORTCUTS.find((shortcut) => shortcut.code === event.code)?.command ?? null;
}
