/**
 * Wraps text from data (a source name, a file name) in Unicode first-strong isolates, so inside a
 * translated sentence it keeps its own direction and does not reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
