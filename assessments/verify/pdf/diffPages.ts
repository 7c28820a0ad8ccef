import type { AllowedWidgets } from './diffForm';
import { walkTreeNodes } from './objectContexts';
import { listPages, type PageNode } from './pageTree';
import { changedKeys } from './pdfEquals';
import { dictOf, isArray, isName, isRef, type PdfValue } from './pdfValues';
import { BACK_LINKS, type RevisionDiff } from './revisionDiff';
import type { RevisionView } from './revisionView';

function annotNums(view: RevisionView, value: PdfValue | undefined): number[] {
  const list = view.resolve(value);
  return isArray(list) ? list.items.filter(isRef).map((ref) => ref.num) : [];
}

/** A page's /Annots: it may only grow by the new signatures' widgets. Returns whether it did no more. */
function diffAnnots(
  diff: RevisionDiff,
  before: PdfValue | undefined,
  after: PdfValue | undefined,
  page: number,
  widgets: AllowedWidgets,
  permitsAnnotations: boolean,
): boolean {
  const { prev, cur } = diff;
  const old = annotNums(prev, before);
  const now = annotNums(cur, after);
  let clean = true;
  const kept = new Set(now);
  const isWidget = (view: RevisionView, num: number) =>
    isName(dictOf(view.object(num))?.entries.get('Subtype'), 'Widget');
  for (const num of old.filter((annot) => !kept.has(annot))) {
    clean = false;
    // A certification with P=3 permits removing annotations, never a form field's box.
    const permitted = permitsAnnotations && !isWidget(prev, num);
    diff.record({
      objectNumber: num,
      kind: 'annotation',
      page,
      verdict: permitted ? 'warning' : 'disallowed',
      key: permitted ? 'revAnnotationChangePermitted' : 'revAnnotationRemoved',
    });
  }
  const existed = new Set(old);
  for (const num of now.filter((annot) => !existed.has(annot))) {
    if (widgets.has(num)) continue;
    clean = false;
    const subtype = dictOf(cur.object(num))?.entries.get('Subtype');
    const permitted = permitsAnnotations && !isWidget(cur, num);
    diff.record({
      objectNumber: num,
      kind: 'annotation',
      page,
      verdict: permitted ? 'warning' : 'disallowed',
      key: permitted ? 'revAnnotationPermitted' : 'revAnnotationAdded',
      params: { subtype: isName(subtype) ? subtype.name : 'unknown' },
    });
    // What the annotation brings along (its appearance, fonts) is part of that one change.
    for (const object of diff.addedSubtree({ kind: 'ref', num, gen: 0 }, BACK_LINKS)) diff.explain(object);
  }
  const keptOld = old.filter((num) => kept.has(num));
  if (keptOld.join() !== now.filter((num) => existed.has(num)).join()) {
    clean = false;
    diff.record({
      objectNumber: null,
      kind: 'annots',
      page,
      verdict: 'disallowed',
      key: 'revAnnotsReordered',
    });
  }
  return clean;
}

/** A page that exists before and after: only its /Annots may change, and only by new widgets. */
function diffPage(
  diff: RevisionDiff,
  before: PageNode,
  after: PageNode,
  page: number,
  widgets: AllowedWidgets,
  permitsAnnotations: boolean,
): void {
  const num = after.ref?.num ?? null;
  const annotsBefore = before.dict.entries.get('Annots');
  const annotsAfter = after.dict.entries.get('Annots');
  const arrayNum = isRef(annotsAfter) ? annotsAfter.num : null;
  const listChanged = diff.touched(num) || diff.touched(arrayNum);
  const keys = diff.touched(num) ? changedKeys(before.dict, after.dict, diff.budget) : [];
  const other = keys.filter((key) => key !== 'Annots');
  if (other.length > 0)
    diff.record({
      objectNumber: num,
      kind: 'page-content',
      page,
      verdict: 'disallowed',
      key: 'revPageChanged',
      params: { keys: other.join(', ') },
    });
  if (!listChanged) return;
  const clean = diffAnnots(diff, annotsBefore, annotsAfter, page, widgets, permitsAnnotations);
  const holder = diff.touched(arrayNum) ? arrayNum : num;
  if (
    clean &&
    other.length === 0 &&
    annotNums(diff.prev, annotsBefore).join() !== annotNums(diff.cur, annotsAfter).join()
  )
    diff.record({
      objectNumber: holder,
      kind: 'annots',
      page,
      verdict: 'allowed',
      key: 'revAnnotsWidgetAdded',
    });
  diff.explain(num);
  diff.explain(arrayNum);
}

/**
 * The page tree: pages added, removed or reordered, tree nodes changed, each page's own changes.
 * `permitsAnnotations` (a certification with P=3) lists new and removed annotations instead of
 * refusing them.
 */
export function diffPages(diff: RevisionDiff, widgets: AllowedWidgets, permitsAnnotations = false): void {
  const { prev, cur } = diff;
  const before = listPages(prev, prev.catalog());
  const after = listPages(cur, cur.catalog());
  const nums = (pages: PageNode[]) => pages.map((page) => page.ref?.num ?? -1);
  const [old, now] = [nums(before), nums(after)];
  const kept = new Set(now);
  const existed = new Set(old);
  old.forEach((num, i) => {
    if (!kept.has(num))
      diff.record({
        objectNumber: num,
        kind: 'page-removed',
        page: i + 1,
        verdict: 'disallowed',
        key: 'revPageRemoved',
      });
  });
  now.forEach((num, i) => {
    if (existed.has(num)) return;
    diff.record({
      objectNumber: num,
      kind: 'page-added',
      page: i + 1,
      verdict: 'disallowed',
      key: 'revPageAdded',
    });
    for (const object of diff.addedSubtree({ kind: 'ref', num, gen: 0 }, BACK_LINKS)) diff.explain(object);
  });
  if (old.filter((num) => kept.has(num)).join() !== now.filter((num) => existed.has(num)).join())
    diff.record({
      objectNumber: null,
      kind: 'page-tree',
      page: null,
      verdict: 'disallowed',
      key: 'revPagesReordered',
    });
  const nodes = new Set<number>();
  for (const view of [prev, cur])
    walkTreeNodes(view, view.catalog()?.entries.get('Pages'), (ref) => isRef(ref) && nodes.add(ref.num));
  for (const num of nodes) {
    if (diff.touched(num) && !diff.isExplained(num))
      diff.record({
        objectNumber: num,
        kind: 'page-tree',
        page: null,
        verdict: 'disallowed',
        key: 'revPageTreeChanged',
      });
  }
  const beforeByNum = new Map(before.map((page) => [page.ref?.num ?? -1, page]));
  after.forEach((page, i) => {
    const old = beforeByNum.get(page.ref?.num ?? -1);
    if (old && page.ref) diffPage(diff, old, page, i + 1, widgets, permitsAnnotations);
  });
}
