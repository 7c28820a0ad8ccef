/** Left-to-right, right-to-left and first-strong isolates and their end (UAX #9). */
const OPEN = { ltr: '\u2066', rtl: '\u2067', auto: '\u2068' } as const;
const PDI = '\u2069';

/** Explicit bidi formatting characters: they steer the layout and are never drawn. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * `value` isolated from the text around it for the bidi algorithm. `auto` (for text a user typed)
 * takes its direction from its own first strong letter: a Latin note after an Arabic label keeps
 * its full stop at its own end, and an Arabic name in an English sentence does not pull the
 * punctuation after it. The layout honours the isolates and draws none of them.
 */
export function isolate(value: string, direction: keyof typeof OPEN = 'auto'): string {
  return value === '' ? value : `${OPEN[direction]}${value}${PDI}`;
}

/** Whether `text` is one isolate already (as `isolate` makes it). */
export function isIsolated(text: string): boolean {
  return /^[\u2066-\u2068]/.test(text) && text.endsWith(PDI);
}

export function isBidiControl(char: string | undefined): boolean {
  return char !== undefined && BIDI_CONTROL.test(char);
}

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
