/** Fills a catalogue message's {{name}} and {{name, format}} slots the way the UI does for plain values. */
export function fillMessage(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{\{\s*(\w+)(?:\s*,\s*\w+)?\s*\}\}/gu, (_, name: string) =>
    String(values[name] ?? ''),
  );
}
