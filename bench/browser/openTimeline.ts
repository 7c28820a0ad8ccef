import type { Page } from '@playwright/test';

/** One request the page made while an assessment opened, in ms from the open. */
export interface OpenRequest {
  /** The core operation (`…/invoke/<op>`), or the script file for a chunk. */
  name: string;
  start: number;
  end: number;
}

/** The core calls and scripts the page fetched since `from` (a `performance.now()` reading). */
export function openRequests(page: Page, from: number): Promise<OpenRequest[]> {
  return page.evaluate((since) => {
    const { performance } = globalThis as unknown as {
      performance: {
        getEntriesByType(type: 'resource'): { name: string; startTime: number; responseEnd: number }[];
      };
    };
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && /\/invoke\/|\.js$/.test(entry.name))
      .map((entry) => ({
        name: entry.name.slice(entry.name.lastIndexOf('/') + 1),
        start: entry.startTime - since,
        end: entry.responseEnd - since,
      }));
  }, from);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Where opens spent their time, as one line: each request's median start→end in ms from the open
 * (its first occurrence per open), in the order they start, then the median paint.
 */
export function describeOpens(
  opens: readonly { requests: readonly OpenRequest[]; paintMs: number }[],
): string {
  const spans = new Map<string, { start: number[]; end: number[] }>();
  for (const { requests } of opens) {
    const seen = new Set<string>();
    for (const request of requests) {
      if (seen.has(request.name)) continue;
      seen.add(request.name);
      const span = spans.get(request.name) ?? { start: [], end: [] };
      span.start.push(request.start);
      span.end.push(request.end);
      spans.set(request.name, span);
    }
  }
  const parts = [...spans]
    .map(([name, span]) => ({ name, start: median(span.start), end: median(span.end) }))
    .sort((a, b) => a.start - b.start)
    .map((part) => `${part.name} ${part.start.toFixed(0)}→${part.end.toFixed(0)}`);
  return [...parts, `paint ${median(opens.map((open) => open.paintMs)).toFixed(0)}`].join(', ');
}
