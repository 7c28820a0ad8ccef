import { decodeTextString } from './embeddedFiles';
import { rectArea, widgetPage, type PageRefs } from './pageRefs';
import { changedKeys } from './pdfEquals';
import { dictOf, isArray, isDict, isName, isRef, isString, type PdfDict, type PdfValue } from './pdfValues';
import { BACK_LINKS, type RevisionDiff } from './revisionDiff';
import type { RevisionView } from './revisionView';

/** Form keys a new signature may set: its field in /Fields, the signature flags, default resources. */
const FORM_KEYS_ALLOWED = new Set(['Fields', 'SigFlags', 'DR']);
/** What signing an empty signature field changes in it. */
const FIELD_KEYS_SIGNING = new Set(['V', 'AP']);
const APPEARANCE_STOP = new Set([...BACK_LINKS, 'V', 'Kids']);

/** Above this share of its page, a new signature's box is listed as a warning. */
export const LARGE_WIDGET_SHARE = 0.25;

/** New signature widgets by object number, with their 1-based page (null when no page holds them). */
export type AllowedWidgets = Map<number, number | null>;

function fieldName(view: RevisionView, dict: PdfDict | undefined, num: number): string {
  const title = view.get(dict, 'T');
  return isString(title) ? decodeTextString(title.bytes) : `object ${num}`;
}

function refNums(view: RevisionView, value: PdfValue | undefined): number[] {
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
function checkValue(
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

/** A widget of a new signature: accepted with its new appearance objects, remembered for its page. */
function acceptWidget(
  diff: RevisionDiff,
  num: number,
  widget: PdfDict,
  name: string,
  pages: PageRefs,
  widgets: AllowedWidgets,
  merged: boolean,
) {
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
  if (!merged)
    diff.record({
      objectNumber: num,
      kind: 'widget',
      page,
      verdict: 'allowed',
      key: 'revWidgetAdded',
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

/** A field the update added: allowed only as a signature field whose widgets and value are new too. */
function addedField(diff: RevisionDiff, num: number, pages: PageRefs, widgets: AllowedWidgets): void {
  const { cur } = diff;
  const field = dictOf(cur.object(num));
  const name = fieldName(cur, field, num);
  if (!field || !isName(cur.get(field, 'FT'), 'Sig') || !diff.added.has(num)) {
    diff.record({
      objectNumber: num,
      kind: 'acroform',
      page: null,
      verdict: 'disallowed',
      key: 'revFieldAdded',
      params: { field: name },
    });
    return;
  }
  let page: number | null = null;
  const merged = isName(field.entries.get('Subtype'), 'Widget');
  if (merged) page = acceptWidget(diff, num, field, name, pages, widgets, true);
  for (const kid of refNums(cur, field.entries.get('Kids'))) {
    const widget = dictOf(cur.object(kid));
    if (widget && diff.added.has(kid) && isName(widget.entries.get('Subtype'), 'Widget'))
      page = acceptWidget(diff, kid, widget, name, pages, widgets, false) ?? page;
  }
  checkValue(diff, field, num, name, page);
  diff.record({
    objectNumber: num,
    kind: 'signature-field',
    page,
    verdict: 'allowed',
    key: 'revSignatureFieldAdded',
    params: { field: name },
  });
}

/** A field that existed: only an empty signature field may change, by being signed. */
function changedField(diff: RevisionDiff, num: number, pages: PageRefs, widgets: AllowedWidgets): void {
  const { prev, cur } = diff;
  const before = dictOf(prev.object(num));
  const after = dictOf(cur.object(num));
  const name = fieldName(cur, after, num);
  const signature = isName(cur.get(after, 'FT'), 'Sig');
  const keys = changedKeys(before, after, diff.budget);
  const signing =
    signature && before?.entries.get('V') === undefined && keys.every((key) => FIELD_KEYS_SIGNING.has(key));
  if (!after || !signing) {
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
  const merged = isName(after.entries.get('Subtype'), 'Widget');
  const page = merged ? acceptWidget(diff, num, after, name, pages, widgets, true) : null;
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

/**
 * The form after a signature: new signature fields (with their widgets, appearances and values),
 * empty signature fields signed, /Fields grown by them, /SigFlags and /DR. Returns the new widgets
 * the pages may list.
 */
export function diffForm(
  diff: RevisionDiff,
  pages: PageRefs,
  prevFields: ReadonlySet<number>,
): AllowedWidgets {
  const { prev, cur, budget } = diff;
  const widgets: AllowedWidgets = new Map();
  const formRef = cur.catalog()?.entries.get('AcroForm');
  const before = dictOf(prev.get(prev.catalog(), 'AcroForm'));
  const after = dictOf(cur.resolve(formRef));
  const formNum = isRef(formRef) ? formRef.num : null;
  const keys = changedKeys(before, after, budget).filter((key) => key !== 'Fields');
  const fieldsBefore = refNums(prev, before?.entries.get('Fields'));
  const fieldsAfter = refNums(cur, after?.entries.get('Fields'));
  const fieldsChanged = fieldsBefore.join() !== fieldsAfter.join();
  const refused = keys.filter((key) => !FORM_KEYS_ALLOWED.has(key));
  if (refused.length > 0 || (before && !after)) {
    diff.record({
      objectNumber: formNum,
      kind: 'acroform',
      page: null,
      verdict: 'disallowed',
      key: 'revFormChanged',
      params: { keys: refused.join(', ') || 'AcroForm' },
    });
  } else if (diff.touched(formNum) && (keys.length > 0 || fieldsChanged)) {
    diff.record({
      objectNumber: formNum,
      kind: 'acroform',
      page: null,
      verdict: 'allowed',
      key: 'revFormUpdated',
      params: { keys: [...(fieldsChanged ? ['Fields'] : []), ...keys].join(', ') },
    });
  } else diff.explain(formNum);
  const fieldsRef = after?.entries.get('Fields');
  if (isRef(fieldsRef)) diff.explain(fieldsRef.num);
  if (after)
    for (const object of diff.addedSubtree(after.entries.get('DR'), BACK_LINKS)) diff.explain(object);
  const kept = new Set(fieldsAfter);
  for (const num of fieldsBefore.filter((field) => !kept.has(field))) {
    const name = fieldName(prev, dictOf(prev.object(num)), num);
    diff.record({
      objectNumber: num,
      kind: 'acroform',
      page: null,
      verdict: 'disallowed',
      key: 'revFieldRemoved',
      params: { field: name },
    });
  }
  for (const num of fieldsAfter) if (!prevFields.has(num)) addedField(diff, num, pages, widgets);
  for (const num of prevFields) if (diff.changed.has(num)) changedField(diff, num, pages, widgets);
  return widgets;
}
