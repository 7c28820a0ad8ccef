/** Parses a PDF date (`D:YYYYMMDDHHmmSS+HH'mm'`); undefined when it is not one. */
export function parsePdfDate(text: string): Date | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?|[+-]\d{2})?/.exec(
    text.trim(),
  );
  if (!match) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = 'Z'] = match;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const digits = zone.replace(/'/g, '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0'));
  }
  const utc =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offsetMinutes * 60_000;
  return Number.isFinite(utc) ? new Date(utc) : undefined;
}

/** `D:YYYYMMDDHHmmSSZ` in UTC, as the signature dictionary's /M carries it. */
export function formatPdfDate(date: Date): string {
  return `D:${date.toISOString().slice(0, 19).replace(/[-T:]/g, '')}Z`;
}
