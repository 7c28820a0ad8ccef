import type { KeyboardEvent } from 'react';

/** Inputs where Enter means "I am done with this field", not "submit everything". */
const SINGLE_LINE = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'date', 'password']);

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * For forms with several fields (a new assessment): Enter in a one-line field moves to the next
 * control instead of submitting before the rest is filled in. The submit button, or Ctrl/Cmd+Enter
 * anywhere, still submits; a field with its own use for Enter (adding a row) handles it first.
 */
export function enterMovesToNextField(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  if (event.ctrlKey || event.metaKey) return;
  const field = event.target;
  if (!(field instanceof HTMLInputElement) || !SINGLE_LINE.has(field.type)) return;
  event.preventDefault();
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (control) => control.tabIndex >= 0 && control.getAttribute('aria-hidden') !== 'true',
  );
  controls[controls.indexOf(field) + 1]?.focus();
}
