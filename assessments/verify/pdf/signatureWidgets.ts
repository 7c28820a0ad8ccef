import { decodeTextString } from './embeddedFiles';
import { rectArea, widgetPage, type PageRefs } from './pageRefs';
import { isArray, isDict, isName, isRef, isString, type PdfDict, type PdfValue } from './pdfValues';
import { BACK_LINKS, type RevisionDiff } from './revisionDiff';
import type { RevisionView } from './revisionView';

const APPEARANCE_STOP = new Set([...BACK_LINKS, 'V', 'Kids']);

/** Above this share of its page, a new signature's box is listed as a warning. */
export const LARGE_WIDGET_SHARE = 0.25;

/** New signature widgets by object number, with their 1-based page (null when no page holds them). */
export type AllowedWidgets = Map<number, number | null>;

export function fieldName(view: RevisionView, dict: PdfDict | undefined, num: number): string {
  const title = view.get(dict, 'T');
  return isString(title) ? decodeTextString(title.bytes) : `object ${num}`;
}

export function refNums(view: RevisionView, value: PdfValue | undefined): number[] {
  const list = view.resolve(value);
  return isArray(list) ? list.items.filter(isRef).map((ref) => ref.num) : [];
}

/** A signature dictionary as PAdES and document timestamps write it. */
function signatureKind(value: PdfValue | undefined): 'signature-field' | 'doc-timestamp' | null {
  if (!isDict(value)) return null;
  const type = value.entries.get('Type');
  const looksSigned =
    isName(value.entries.get('Filter')) &&
    isArray(value.entries.get('ByteRange')) &&
    isString(value.entries.get('Contents'));
  if (!looksSigned || (type !== undefined && !isName(type, 'Sig') && !isName(type, 'DocTimeStamp')))
    return null;
  return isName(type, 'DocTimeStamp') || isName(value.entries.get('SubFilter'), 'ETSI.RFC3161')
    ? 'doc-timestamp'
    : 'signature-field';
}

/** Accepts a new signature value (the /V of a new or newly signed field) or names what is wrong with it. */
export function checkValue(
  diff: RevisionDiff,
  field: PdfDict,
  fieldNum: number,
  name: string,
  page: number | null,
): boolean {
  const value = field.entries.get('V');
  if (value === undefined || value === null) return true;
  if (!isRef(value) || !diff.added.has(value.num)) {
    diff.record({
      objectNumber: isRef(value) ? value.num : fieldNum,
      kind: 'signature-field',
      page,
      verdict: 'disallowed',
      key: isRef(value) ? 'revSignatureValueReused' : 'revSignatureValueNotSignature',
      params: { field: name },
    });
    return false;
  }
  const kind = signatureKind(diff.cur.resolve(value));
  diff.record({
    objectNumber: value.num,
    kind: kind ?? 'signature-field',
    page,
    verdict: kind ? 'allowed' : 'disallowed',
    key:
      kind === 'doc-timestamp'
        ? 'revDocTimestampAdded'
        : kind
          ? 'revSignatureAdded'
          : 'revSignatureValueNotSignature',
    params: { field: name },
  });
  return kind !== null;
}

/**
 * A widget of a new (or newly signed) signature: accepted with its new appearance objects,
 * remembered for its page. `recordAs` names the widget's own change; null when the field's change
 * covers it (a field merged with its widget).
 */
export function acceptWidget(
  diff: RevisionDiff,
  num: number,
  widget: PdfDict,
  name: string,
  pages: PageRefs,
  widgets: AllowedWidgets,
  recordAs: 'revWidgetAdded' | 'revWidgetSigned' | null,
): number | null {
  const page = widgetPage(widget, num, pages);
  widgets.set(num, page);
  const pageArea = page === null ? 0 : (pages.area.get(page) ?? 0);
  const share = pageArea > 0 ? rectArea(diff.cur.resolve(widget.entries.get('Rect'))) / pageArea : 0;
  // A signature box is a small stamp; one this large can paint over what the page shows.
  if (share > LARGE_WIDGET_SHARE)
    diff.record({
      objectNumber: num,
      kind: 'widget',
      page,
      verdict: 'warning',
      key: 'revWidgetCoversPage',
      params: { field: name, percent: Math.round(Math.min(1, share) * 100) },
    });
  if (recordAs)
    diff.record({
      objectNumber: num,
      kind: 'widget',
      page,
      verdict: 'allowed',
      key: recordAs,
      params: { field: name },
    });
  for (const object of diff.addedSubtree(widget.entries.get('AP'), APPEARANCE_STOP)) {
    if (!diff.isExplained(object))
      diff.record({
        objectNumber: object,
        kind: 'appearance',
        page,
        verdict: 'allowed',
        key: 'revAppearanceAdded',
        params: { field: name },
      });
  }
  return page;
}
