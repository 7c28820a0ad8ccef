/** "10 minutes" / "١٠ دقائق": a duration in the reader's language, plural rules included. */
export function formatMinutes(minutes: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
    minutes,
  );
}
