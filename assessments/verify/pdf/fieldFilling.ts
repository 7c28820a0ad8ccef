import type { PageRefs } from './pageRefs';
import { listPages } from './pageTree';
import { changedKeys } from './pdfEquals';
import { dictOf, isArray, isDict, isName, isRef, isStream, type PdfValue } from './pdfValues';
import { BACK_LINKS, type RevisionDiff } from './revisionDiff';
import type { RevisionView } from './revisionView';
import { acceptWidget, checkValue, fieldName, refNums, type AllowedWidgets } from './signatureWidgets';

/**
 * What signing an empty signature field may change in it: the value, and how its box looks
 * (appearance, its state, the border and background, the default text style). Acrobat rewrites
 * the field and its widget with these when it signs into a reserved box.
 */
const FIELD_KEYS_SIGNING = new Set(['V', 'AP', 'AS', 'MK', 'DA']);
const WIDGET_KEYS_SIGNING = new Set(['AP', 'AS', 'MK', 'DA']);

/** Every object `roots` reach in `view`, not following `stop` keys. */
export function reachable(
  view: RevisionView,
  roots: (PdfValue | undefined)[],
  stop: ReadonlySet<string>,
): Set<number> {
  const out = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    view.budget.check();
    const value = stack.pop();
    if (isRef(value)) {
      if (out.has(value.num)) continue;
      out.add(value.num);
      stack.push(view.objectOrNull(value.num));
    } else if (isArray(value)) stack.push(...value.items);
    else if (isDict(value) || isStream(value)) {
      const dict = isStream(value) ? value.dict : value;
      for (const [key, item] of dict.entries) if (!stop.has(key)) stack.push(item);
    }
  }
  return out;
}

const PAGE_STOP: ReadonlySet<string> = new Set([...BACK_LINKS, 'Annots']);

/** What the pages draw (contents, resources), annotations apart: a change to any is a change to a page. */
export function pageObjects(view: RevisionView): Set<number> {
  return reachable(
    view,
    listPages(view, view.catalog()).map((p) => p.ref ?? p.dict),
    PAGE_STOP,
  );
}

/**
 * The empty appearance of a field being signed, rewritten in place rather than replaced: allowed,
 * object by object, unless the page content draws that object too (then it is what the page shows).
 */
function acceptRewrittenAppearance(
  diff: RevisionDiff,
  oldAppearance: PdfValue | undefined,
  name: string,
  page: number | null,
  drawnByPages: () => Set<number>,
): void {
  for (const num of reachable(diff.prev, [oldAppearance], BACK_LINKS)) {
    if (!diff.changed.has(num) || diff.isExplained(num) || drawnByPages().has(num)) continue;
    diff.record({
      objectNumber: num,
      kind: 'appearance',
      page,
      verdict: 'allowed',
      key: 'revAppearanceReplaced',
      params: { field: name },
    });
  }
}

/**
 * A field that existed: only an empty signature field may change, by being signed — its value, its
 * widgets' appearance (new objects, or the empty appearance rewritten), nothing else.
 */
export function changedField(
  diff: RevisionDiff,
  num: number,
  pages: PageRefs,
  widgets: AllowedWidgets,
): void {
  const { prev, cur } = diff;
  const before = dictOf(prev.object(num));
  const after = dictOf(cur.object(num));
  const name = fieldName(cur, after, num);
  const signature = isName(cur.get(after, 'FT'), 'Sig');
  const keys = changedKeys(before, after, diff.budget);
  const signing =
    signature && before?.entries.get('V') === undefined && keys.every((key) => FIELD_KEYS_SIGNING.has(key));
  if (!after || !before || !signing) {
    diff.record({
      objectNumber: num,
      kind: signature ? 'signature-field' : 'acroform',
      page: null,
      verdict: 'disallowed',
      key: signature ? 'revSignatureChanged' : 'revFieldChanged',
      params: { field: name },
    });
    return;
  }
  let drawn: Set<number> | undefined;
  const drawnByPages = () => (drawn ??= pageObjects(prev));
  const merged = isName(after.entries.get('Subtype'), 'Widget');
  let page = merged ? acceptWidget(diff, num, after, name, pages, widgets, null) : null;
  if (merged) acceptRewrittenAppearance(diff, before.entries.get('AP'), name, page, drawnByPages);
  for (const kid of refNums(cur, after.entries.get('Kids'))) {
    if (!diff.changed.has(kid)) continue;
    const [old, now] = [dictOf(prev.object(kid)), dictOf(cur.object(kid))];
    const kidKeys = changedKeys(old, now, diff.budget);
    // A kid that became something other than this field's box is judged as what it is.
    if (!old || !now || !isName(now.entries.get('Subtype'), 'Widget')) continue;
    if (!kidKeys.every((key) => WIDGET_KEYS_SIGNING.has(key))) continue;
    page = acceptWidget(diff, kid, now, name, pages, widgets, 'revWidgetSigned') ?? page;
    acceptRewrittenAppearance(diff, old.entries.get('AP'), name, page, drawnByPages);
  }
  if (checkValue(diff, after, num, name, page))
    diff.record({
      objectNumber: num,
      kind: 'signature-field',
      page,
      verdict: 'allowed',
      key: 'revSignatureFieldSigned',
      params: { field: name },
    });
}
