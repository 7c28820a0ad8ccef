import type { VerifyMessageKey } from '../messages';
import { diffCatalog, diffDss } from './diffCatalog';
import { refuseUnderNoChanges, type DocMdp } from './docMdpRules';
import { diffForm } from './diffForm';
import { diffInfo } from './diffMetadata';
import { diffPages } from './diffPages';
import { pageRefs } from './pageRefs';
import { fieldTree, objectContexts, type ObjectContext } from './objectContexts';
import { listPages } from './pageTree';
import { samePdfValue } from './pdfEquals';
import {
  BudgetExceededError,
  isName,
  isStream,
  PdfFormatError,
  type Budget,
  type PdfValue,
} from './pdfValues';
import { RevisionDiff, type ChangeInput, type ChangeKind, type RevisionChange } from './revisionDiff';
import type { RevisionReport } from './revisions';
import { revisionViews, type RevisionView } from './revisionView';

export type { ChangeKind, RevisionChange } from './revisionDiff';
export type { DocMdp } from './docMdpRules';

/** Cross-reference and object streams only carry other objects, which are judged themselves. */
const isContainer = (value: PdfValue) =>
  isStream(value) &&
  (isName(value.dict.entries.get('Type'), 'ObjStm') || isName(value.dict.entries.get('Type'), 'XRef'));

/** How to name a change that no rule explains, by what the object was part of. */
const CHANGED: Partial<Record<ChangeKind, VerifyMessageKey>> = {
  'page-content': 'revPageContentChanged',
  annotation: 'revAnnotationChanged',
  annots: 'revAnnotationChanged',
  widget: 'revAnnotationChanged',
  appearance: 'revAnnotationChanged',
  'embedded-file': 'revEmbeddedFileChanged',
  'signature-field': 'revSignatureChanged',
  'doc-timestamp': 'revSignatureChanged',
  acroform: 'revFormObjectChanged',
  'page-tree': 'revPageTreeChanged',
  metadata: 'revMetadataChanged',
  dss: 'revDssChanged',
  catalog: 'revCatalogObjectChanged',
};
const ADDED: Partial<Record<ChangeKind, VerifyMessageKey>> = {
  'page-content': 'revPageContentAdded',
  'embedded-file': 'revEmbeddedFileAdded',
};

/** Keys whose sentence names a page; without one (a widget no page lists) the plain sentence is used. */
const PAGE_KEYS: ReadonlySet<VerifyMessageKey> = new Set([
  'revPageContentChanged',
  'revPageContentAdded',
  'revAnnotationChanged',
]);
const withPage = (key: VerifyMessageKey, page: number | null): VerifyMessageKey =>
  page === null && PAGE_KEYS.has(key) ? 'revObjectChanged' : key;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function rethrowUnlessMalformed(error: unknown): void {
  if (error instanceof BudgetExceededError || !(error instanceof PdfFormatError)) throw error;
}

/**
 * The numbers whose value the update may have changed: those its cross-reference section lists, and
 * those whose entry (from an older section) points into an object stream the update redefines.
 */
function candidates(prev: RevisionView, cur: RevisionView): number[] {
  const listed = new Set(cur.revision.entries.keys());
  listed.delete(0);
  const redefined = new Set(
    [...listed].filter((num) => prev.entry(num)?.kind === 'offset' && cur.entry(num)?.kind === 'offset'),
  );
  if (redefined.size > 0) {
    for (const num of cur.objectNumbers()) {
      const entry = cur.entry(num);
      if (entry?.kind === 'compressed' && redefined.has(entry.stream ?? -1)) listed.add(num);
    }
  }
  return [...listed].sort((a, b) => a - b);
}

/** The objects the update may have changed, sorted into changed, added and removed. */
function classifyObjects(prev: RevisionView, cur: RevisionView, budget: Budget, unreadable: ChangeInput[]) {
  const changed = new Set<number>();
  const added = new Set<number>();
  const removed = new Set<number>();
  for (const num of candidates(prev, cur)) {
    budget.check();
    try {
      const [before, after] = [prev.has(num), cur.has(num)];
      if (before && !after) removed.add(num);
      if (!after) continue;
      const value = cur.object(num);
      const old = before ? prev.object(num) : null;
      if (isContainer(value) && (!before || isContainer(old))) continue;
      if (!before) added.add(num);
      else if (prev.entry(num)?.gen !== cur.entry(num)?.gen || !samePdfValue(old, value, budget))
        changed.add(num);
    } catch (error) {
      rethrowUnlessMalformed(error);
      unreadable.push({
        objectNumber: num,
        kind: 'other',
        page: null,
        verdict: 'disallowed',
        key: 'revObjectUnreadable',
        params: { reason: reasonOf(error) },
      });
    }
  }
  return { changed, added, removed };
}

/**
 * Names whatever no rule explained: disallowed, by what the object was (or now is) part of; a
 * changed annotation is only listed when the certification permits annotations (P=3).
 */
function sweep(diff: RevisionDiff, docMdp: DocMdp): void {
  let before: Map<number, ObjectContext> | undefined;
  let after: Map<number, ObjectContext> | undefined;
  const contextBefore = (num: number) => (before ??= objectContexts(diff.prev)).get(num);
  const contextAfter = (num: number) => (after ??= objectContexts(diff.cur)).get(num);
  const pending = [...diff.changed, ...diff.added, ...diff.removed].sort((a, b) => a - b);
  for (const num of pending) {
    if (diff.isExplained(num)) continue;
    if (diff.removed.has(num)) {
      const page = contextBefore(num)?.page ?? null;
      diff.record({
        objectNumber: num,
        kind: 'object-removed',
        page,
        verdict: 'disallowed',
        key: 'revObjectRemoved',
      });
    } else if (diff.changed.has(num)) {
      const context = contextBefore(num) ?? contextAfter(num);
      const kind = context?.kind ?? 'other';
      const page = context?.page ?? null;
      if (kind === 'annotation' && docMdp === 3 && page !== null) {
        diff.record({
          objectNumber: num,
          kind,
          page,
          verdict: 'warning',
          key: 'revAnnotationChangePermitted',
        });
        continue;
      }
      const key = withPage(CHANGED[kind] ?? 'revObjectChanged', page);
      diff.record({ objectNumber: num, kind, page, verdict: 'disallowed', key });
    } else {
      const context = contextAfter(num);
      if (!context) {
        diff.record({
          objectNumber: num,
          kind: 'other',
          page: null,
          verdict: 'warning',
          key: 'revUnusedObjectAdded',
        });
        continue;
      }
      const key = withPage(ADDED[context.kind] ?? 'revObjectAdded', context.page);
      diff.record({ objectNumber: num, kind: context.kind, page: context.page, verdict: 'disallowed', key });
    }
  }
}

/** What one update changed, each change classified. */
function diffUpdate(prev: RevisionView, cur: RevisionView, budget: Budget, docMdp: DocMdp): RevisionChange[] {
  const unreadable: ChangeInput[] = [];
  const { changed, added, removed } = classifyObjects(prev, cur, budget, unreadable);
  const diff = new RevisionDiff(prev, cur, changed, added, removed, budget);
  for (const change of unreadable) diff.record(change);
  const rules: (() => void)[] = [
    () => diffCatalog(diff),
    () => {
      const prevFields = new Set(fieldTree(prev).map((field) => field.num));
      const widgets = diffForm(diff, pageRefs(cur, listPages(cur, cur.catalog())), prevFields);
      diffPages(diff, widgets, docMdp === 3);
    },
    () => diffInfo(diff),
    () => diffDss(diff),
    () => sweep(diff, docMdp),
  ];
  for (const rule of rules) {
    try {
      rule();
    } catch (error) {
      // A malformed object in the update stops that rule; what it did not explain stays unexplained.
      rethrowUnlessMalformed(error);
      diff.record({
        objectNumber: null,
        kind: 'other',
        page: null,
        verdict: 'disallowed',
        key: 'revUpdateUnreadable',
        params: { reason: reasonOf(error) },
      });
    }
  }
  return docMdp === 1 ? diff.changes.map(refuseUnderNoChanges) : diff.changes;
}

/**
 * Compares every revision after the signed one with the state before it, object by object and
 * structurally (an object rewritten unchanged is no change), and classifies each change the way
 * PAdES validators do: what a later signature, document timestamp or validation data needs is
 * allowed; refreshed dates in the document information and XMP are listed as warnings; anything
 * else (page content, annotations, embedded files, pages, the catalog) is disallowed. When the
 * signed revision's signature certifies the document (`docMdp`), its permissions narrow (P=1: only
 * validation data and document timestamps) or widen (P=3: annotations, listed) what is allowed.
 */
export function diffRevisions(
  bytes: Buffer,
  report: RevisionReport,
  signedIndex: number,
  budget: Budget,
  docMdp: DocMdp = null,
): RevisionChange[] {
  if (!Number.isInteger(signedIndex) || signedIndex < 0 || signedIndex >= report.revisions.length)
    throw new PdfFormatError(`the file has no revision ${signedIndex}`);
  const views = revisionViews(bytes, report, budget);
  const changes: RevisionChange[] = [];
  for (let index = signedIndex + 1; index < views.length; index += 1)
    changes.push(
      ...diffUpdate(views[index - 1] as RevisionView, views[index] as RevisionView, budget, docMdp),
    );
  return changes;
}
