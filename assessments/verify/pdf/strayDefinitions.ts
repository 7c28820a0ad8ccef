import { headerBefore, objectHeaderAt, readIndirectObject } from './indirectObject';
import { BudgetExceededError, type Budget } from './pdfValues';
import type { PdfRevision, RevisionReport } from './revisions';
import type { XrefSection } from './xrefSection';

/** Past this many, more unreachable definitions add nothing to the report. */
export const MAX_REPORTED_UNREACHABLE = 1000;

type Span = [number, number];

/** Sorted, non-overlapping byte ranges, so containment is one binary search. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

function inside(spans: Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = spans[mid] as Span;
    if (at < start) hi = mid - 1;
    else if (at >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Where each reachable object's definition starts, and the bytes reachable objects and sections cover. */
function reachableLayout(bytes: Buffer, revisions: PdfRevision[], sections: XrefSection[], budget: Budget) {
  const starts = new Set<number>();
  const spans: Span[] = sections.flatMap((section) => section.spans);
  for (const revision of revisions) {
    for (const entry of revision.entries.values()) {
      if (entry.kind !== 'offset' || entry.offset === undefined || starts.has(entry.offset)) continue;
      const head = objectHeaderAt(bytes, entry.offset, budget);
      if (!head) continue;
      starts.add(head.start);
      try {
        const object = readIndirectObject(bytes, head.start, budget);
        spans.push([object.start, object.end]);
      } catch (error) {
        if (error instanceof BudgetExceededError) throw error;
        spans.push([head.start, head.valueStart]);
      }
    }
  }
  return { starts, spans: mergeSpans(spans) };
}

/**
 * Object definitions and %%EOF markers in the bytes that no revision accounts for. Text inside a
 * reachable object (a stream's data, a string) is not a definition, so it is skipped.
 */
export function findStrayDefinitions(
  bytes: Buffer,
  revisions: PdfRevision[],
  sections: (XrefSection & { eofAt: number | null })[],
  budget: Budget,
): Pick<RevisionReport, 'unreachable' | 'eofMarkers' | 'strayEofMarkers'> {
  const { starts, spans } = reachableLayout(bytes, revisions, sections, budget);
  const unreachable: RevisionReport['unreachable'] = [];
  let from = 0;
  for (;;) {
    const at = bytes.indexOf('obj', from, 'latin1');
    budget.chargeBytes((at < 0 ? bytes.length : at) - from);
    if (at < 0) break;
    from = at + 3;
    const head = headerBefore(bytes, at);
    if (!head || starts.has(head.start) || inside(spans, head.start)) continue;
    if (unreachable.length < MAX_REPORTED_UNREACHABLE)
      unreachable.push({ num: head.num, gen: head.gen, offset: head.start });
    try {
      // Skip the object's own body: text in its stream is not another definition.
      from = Math.max(from, readIndirectObject(bytes, head.start, budget).end);
    } catch (error) {
      if (error instanceof BudgetExceededError) throw error;
    }
  }
  const closing = new Set(sections.map((section) => section.eofAt));
  const eofMarkers: number[] = [];
  for (let at = bytes.indexOf('%%EOF', 0, 'latin1'); at >= 0; at = bytes.indexOf('%%EOF', at + 5, 'latin1')) {
    budget.chargeBytes(at - (eofMarkers[eofMarkers.length - 1] ?? 0));
    eofMarkers.push(at);
  }
  budget.chargeBytes(bytes.length - (eofMarkers[eofMarkers.length - 1] ?? 0));
  const strayEofMarkers = eofMarkers.filter((at) => !closing.has(at) && !inside(spans, at));
  return { unreachable, eofMarkers, strayEofMarkers };
}
