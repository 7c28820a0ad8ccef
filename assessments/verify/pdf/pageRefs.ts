import { inherited, type PageNode } from './pageTree';
import { isArray, isRef, type PdfDict, type PdfValue } from './pdfValues';
import type { RevisionView } from './revisionView';

/** Where things are on the pages of one revision. */
export interface PageRefs {
  /** Page object number → 1-based page. */
  byNum: Map<number, number>;
  /** Annotation object number → 1-based page whose /Annots lists it. */
  byAnnot: Map<number, number>;
  /** 1-based page → its /MediaBox area in square points (0 when it has none). */
  area: Map<number, number>;
}

/** The area of a rectangle array [x1 y1 x2 y2], or 0 when it is not one. */
export function rectArea(value: PdfValue | undefined): number {
  if (!isArray(value) || value.items.length !== 4) return 0;
  const [x1, y1, x2, y2] = value.items;
  if (typeof x1 !== 'number' || typeof y1 !== 'number' || typeof x2 !== 'number' || typeof y2 !== 'number')
    return 0;
  return Math.abs(x2 - x1) * Math.abs(y2 - y1);
}

export function pageRefs(view: RevisionView, pages: PageNode[]): PageRefs {
  const refs: PageRefs = { byNum: new Map(), byAnnot: new Map(), area: new Map() };
  pages.forEach((page, i) => {
    if (page.ref) refs.byNum.set(page.ref.num, i + 1);
    refs.area.set(i + 1, rectArea(view.resolve(inherited(view, page, 'MediaBox'))));
    const annots = view.get(page.dict, 'Annots');
    if (!isArray(annots)) return;
    for (const annot of annots.items)
      if (isRef(annot) && !refs.byAnnot.has(annot.num)) refs.byAnnot.set(annot.num, i + 1);
  });
  return refs;
}

/** The 1-based page of a widget: its /P, or the page whose /Annots lists it. */
export function widgetPage(widget: PdfDict, num: number, pages: PageRefs): number | null {
  const target = widget.entries.get('P');
  if (isRef(target) && pages.byNum.has(target.num)) return pages.byNum.get(target.num) ?? null;
  return pages.byAnnot.get(num) ?? null;
}
