import { changedField, pageObjects, reachable } from './fieldFilling';
import type { PageRefs } from './pageRefs';
import { changedKeys } from './pdfEquals';
import { dictOf, isName, isRef } from './pdfValues';
import { BACK_LINKS, type RevisionDiff } from './revisionDiff';
import { acceptWidget, checkValue, fieldName, refNums, type AllowedWidgets } from './signatureWidgets';

/**
 * Form keys a new or newly signed signature may set: its field in /Fields, the signature flags,
 * default resources (a font for its appearance) and whether viewers should regenerate appearances.
 */
const FORM_KEYS_ALLOWED = new Set(['Fields', 'SigFlags', 'DR', 'NeedAppearances']);

export { LARGE_WIDGET_SHARE, type AllowedWidgets } from './signatureWidgets';

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
  if (merged) page = acceptWidget(diff, num, field, name, pages, widgets, null);
  for (const kid of refNums(cur, field.entries.get('Kids'))) {
    const widget = dictOf(cur.object(kid));
    if (widget && diff.added.has(kid) && isName(widget.entries.get('Subtype'), 'Widget'))
      page = acceptWidget(diff, kid, widget, name, pages, widgets, 'revWidgetAdded') ?? page;
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
  if (after) {
    for (const object of diff.addedSubtree(after.entries.get('DR'), BACK_LINKS)) diff.explain(object);
    // Default resources that were and still are the form's (a font added to its /Font) only serve
    // appearances drawn later; each appearance carries its own resources. What a page draws is not.
    const resourcesBefore = reachable(prev, [before?.entries.get('DR')], BACK_LINKS);
    const rewritten = [...reachable(cur, [after.entries.get('DR')], BACK_LINKS)].filter(
      (object) => resourcesBefore.has(object) && diff.changed.has(object),
    );
    if (rewritten.length > 0) {
      const drawn = pageObjects(prev);
      for (const object of rewritten) if (!drawn.has(object)) diff.explain(object);
    }
  }
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
