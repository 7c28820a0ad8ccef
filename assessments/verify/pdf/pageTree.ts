import type { PdfObjects } from './pdfObjects';
import { dictOf, isArray, isName, isRef, type PdfDict, type PdfRef, type PdfValue } from './pdfValues';

export const MAX_PAGES = 5000;

export interface PageNode {
  ref: PdfRef | null;
  dict: PdfDict;
  /** Page-tree ancestors, nearest first, for inherited /Resources. */
  ancestors: PdfDict[];
}

/** The pages in document order; cycles and absurd depths in the tree are cut off. */
export function listPages(doc: PdfObjects, catalog: PdfDict | undefined): PageNode[] {
  const out: PageNode[] = [];
  const seen = new Set<number>();
  const walk = (value: PdfValue | undefined, ancestors: PdfDict[]) => {
    if (ancestors.length > 32 || out.length >= MAX_PAGES) return;
    if (isRef(value)) {
      if (seen.has(value.num)) return;
      seen.add(value.num);
    }
    const node = dictOf(doc.resolve(value));
    if (!node) return;
    if (isName(node.entries.get('Type'), 'Page')) {
      out.push({ ref: isRef(value) ? value : null, dict: node, ancestors });
      return;
    }
    const kids = doc.get(node, 'Kids');
    if (isArray(kids)) for (const kid of kids.items) walk(kid, [node, ...ancestors]);
  };
  walk(catalog?.entries.get('Pages'), []);
  return out;
}

/** A page attribute, inherited from the page tree when the page itself lacks it. */
export function inherited(doc: PdfObjects, page: PageNode, key: string): PdfValue | undefined {
  for (const dict of [page.dict, ...page.ancestors]) {
    const value = doc.get(dict, key);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}
