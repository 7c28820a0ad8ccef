/**
 * Wraps user-entered text placed inside a translated sentence in Unicode first-strong isolates, so
 * an Arabic file name in an English sentence (or the reverse) cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
