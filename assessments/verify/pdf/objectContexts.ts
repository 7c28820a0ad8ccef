import { listPages } from './pageTree';
import { dictOf, isArray, isDict, isName, isRef, isStream, type PdfDict, type PdfValue } from './pdfValues';
import type { ChangeKind } from './revisionDiff';
import type { RevisionView } from './revisionView';

/** What an object is part of in one revision, for naming a change to it. */
export interface ObjectContext {
  kind: ChangeKind;
  page: number | null;
}

/** Links up or across the document (to a page, a parent field): claiming through them would mislabel. */
const WALK_STOP: ReadonlySet<string> = new Set(['P', 'Parent', 'Pg', 'Dest']);

const FIELD_STOP: ReadonlySet<string> = new Set([...WALK_STOP, 'Kids', 'V', 'AP']);
const PAGE_STOP: ReadonlySet<string> = new Set([...WALK_STOP, 'Annots']);

/** The form's fields and their kids, top-down, with a depth limit. */
export function fieldTree(view: RevisionView): { num: number; dict: PdfDict }[] {
  const out: { num: number; dict: PdfDict }[] = [];
  const seen = new Set<number>();
  const form = dictOf(view.get(view.catalog(), 'AcroForm'));
  const walk = (value: PdfValue | undefined, depth: number) => {
    if (!isRef(value) || seen.has(value.num) || depth > 16 || out.length > 10_000) return;
    seen.add(value.num);
    const dict = dictOf(view.resolve(value));
    if (!dict) return;
    out.push({ num: value.num, dict });
    const kids = view.get(dict, 'Kids');
    if (isArray(kids)) for (const kid of kids.items) walk(kid, depth + 1);
  };
  const fields = view.get(form, 'Fields');
  if (isArray(fields)) for (const field of fields.items) walk(field, 0);
  return out;
}

/**
 * Assigns each object reachable in a revision the part of the document it belongs to. Parts are
 * claimed in order (form, pages, page tree, names, information, metadata, validation data, the rest
 * of the catalog), and an object shared by several keeps the first, so a font on page 1 and page 2
 * is page 1's.
 */
export function objectContexts(view: RevisionView): Map<number, ObjectContext> {
  const contexts = new Map<number, ObjectContext>();
  const claim = (value: PdfValue | undefined, context: ObjectContext) => {
    if (isRef(value) && !contexts.has(value.num)) contexts.set(value.num, context);
  };
  /** Claims what `root` reaches and nobody claimed yet; `root` itself may be pre-claimed (a page). */
  const walk = (
    root: PdfValue | undefined,
    context: ObjectContext,
    skip: ReadonlySet<string> = WALK_STOP,
  ) => {
    const seen = new Set<number>();
    const stack: (PdfValue | undefined)[] = [root];
    while (stack.length > 0) {
      view.budget.check();
      const value = stack.pop();
      if (isRef(value)) {
        if (seen.has(value.num) || (value !== root && contexts.has(value.num))) continue;
        seen.add(value.num);
        claim(value, context);
        stack.push(view.objectOrNull(value.num));
      } else if (isArray(value)) stack.push(...value.items);
      else if (isDict(value) || isStream(value)) {
        const dict = isStream(value) ? value.dict : value;
        for (const [key, item] of dict.entries) if (!skip.has(key)) stack.push(item);
      }
    }
  };
  const catalogRef = view.trailer.entries.get('Root');
  const catalog = view.catalog();
  claim(catalogRef, { kind: 'catalog', page: null });
  const pages = listPages(view, catalog);
  const pageOf = new Map<number, number>();
  pages.forEach((page, i) => {
    if (page.ref) pageOf.set(page.ref.num, i + 1);
    claim(page.ref ?? undefined, { kind: 'page-content', page: i + 1 });
  });
  const pagesRoot = catalog?.entries.get('Pages');
  walkTreeNodes(view, pagesRoot, (ref) => claim(ref, { kind: 'page-tree', page: null }));
  const form = catalog?.entries.get('AcroForm');
  claim(form, { kind: 'acroform', page: null });
  claim(dictOf(view.resolve(form))?.entries.get('Fields'), { kind: 'acroform', page: null });
  for (const { num, dict } of fieldTree(view)) {
    const ref = { kind: 'ref', num, gen: view.entry(num)?.gen ?? 0 } as const;
    const signature = isName(view.get(dict, 'FT'), 'Sig');
    const isWidget = isName(dict.entries.get('Subtype'), 'Widget');
    const target = dict.entries.get('P');
    const page = isRef(target) ? (pageOf.get(target.num) ?? null) : null;
    const kind: ChangeKind = signature ? 'signature-field' : isWidget ? 'widget' : 'acroform';
    claim(ref, { kind, page });
    walk(dict.entries.get('V'), { kind, page });
    walk(dict.entries.get('AP'), { kind: 'appearance', page });
    walk(ref, { kind, page }, FIELD_STOP);
  }
  pages.forEach((page, i) => {
    const annots = page.dict.entries.get('Annots');
    claim(annots, { kind: 'annots', page: i + 1 });
    const list = view.resolve(annots);
    if (isArray(list)) {
      for (const annot of list.items) {
        claim(annot, { kind: 'annotation', page: i + 1 });
        walk(annot, { kind: 'annotation', page: i + 1 });
      }
    }
    walk(page.ref ?? page.dict, { kind: 'page-content', page: i + 1 }, PAGE_STOP);
  });
  const names = catalog?.entries.get('Names');
  walk(dictOf(view.resolve(names))?.entries.get('EmbeddedFiles'), { kind: 'embedded-file', page: null });
  walk(catalog?.entries.get('AF'), { kind: 'embedded-file', page: null });
  walk(names, { kind: 'catalog', page: null });
  walk(view.trailer.entries.get('Info'), { kind: 'info', page: null });
  walk(catalog?.entries.get('Metadata'), { kind: 'metadata', page: null });
  walk(catalog?.entries.get('DSS'), { kind: 'dss', page: null });
  walk(catalogRef, { kind: 'catalog', page: null });
  return contexts;
}

/** Calls `visit` with each intermediate node (not the pages) of a page tree. */
export function walkTreeNodes(
  view: RevisionView,
  root: PdfValue | undefined,
  visit: (ref: PdfValue) => void,
): void {
  const seen = new Set<number>();
  const walk = (value: PdfValue | undefined, depth: number) => {
    if (!isRef(value) || seen.has(value.num) || depth > 32) return;
    seen.add(value.num);
    const node = dictOf(view.resolve(value));
    if (!node || isName(node.entries.get('Type'), 'Page')) return;
    visit(value);
    const kids = view.get(node, 'Kids');
    if (isArray(kids)) for (const kid of kids.items) walk(kid, depth + 1);
  };
  walk(root, 0);
}
