/**
 * How old a screening list was at a moment (the decision, or when a report was made), judged from
 * its publication date ("vintage"). Pure, so the report and the reference-data screen judge alike.
 */
export type ListAge =
  | { kind: 'undated' }
  /** The vintage is not a calendar date (a free-text label typed at import). */
  | { kind: 'unreadable' }
  | { kind: 'fresh'; days: number }
  | { kind: 'stale'; days: number };

const DAY_MS = 86_400_000;

/**
 * The latest day a vintage can mean, as a UTC timestamp: `2024-05-03` is that day, `2024-05` the
 * last day of May, `2024` the last day of the year. Taking the latest day means a list is called
 * stale only when it certainly is. Null when the text is no such date.
 */
export function publicationDay(vintage: string): number | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(vintage.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return Date.UTC(year, 11, 31);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return Date.UTC(year, month, 0);
  const day = Number(match[3]);
  const at = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2024-02-30 over into March; such a day does not exist.
  return new Date(at).getUTCDate() === day ? at : null;
}

/**
 * The list's age in whole days at `at`, and whether that is more than `maxAgeDays`. A list
 * published after `at` counts as zero days old.
 */
export function judgeListAge(vintage: string | null, at: string | Date, maxAgeDays: number): ListAge {
  if (vintage === null || vintage.trim() === '') return { kind: 'undated' };
  const published = publicationDay(vintage);
  if (published === null) return { kind: 'unreadable' };
  const moment = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (!Number.isFinite(moment)) throw new Error(`judgeListAge: ${String(at)} is not a point in time`);
  const days = Math.max(0, Math.floor((moment - published) / DAY_MS));
  return days > maxAgeDays ? { kind: 'stale', days } : { kind: 'fresh', days };
}
