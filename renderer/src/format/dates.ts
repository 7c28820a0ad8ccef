/** Date and time as the reader's language writes them; stored timestamps are ISO 8601 UTC. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(date);
}
