import { decodeTextString } from '../verify/pdf/embeddedFiles';
import {
  dictOf,
  isArray,
  isDict,
  isName,
  isRef,
  isString,
  type PdfDict,
  type PdfRef,
  type PdfValue,
} from '../verify/pdf/pdfValues';
import type { UpdatedObject } from './incrementalUpdate';
import { pageAt, type NewestRevision } from './newestRevision';
import { pdfTextString, serializePdfValue } from './pdfSerialize';

/** Page (0-based) and [x1, y1, x2, y2] in points; a zero-area box is an invisible field. */
export interface WidgetPlacement {
  pageIndex: number;
  rect: [number, number, number, number];
}

/** A signature field left empty for a later signer (a reviewer), placed over a box the page draws. */
export interface EmptySignatureField extends WidgetPlacement {
  /** The field's full name (/T), unique in the form: `Reviewer1`. */
  name: string;
}

export interface SignatureFieldOptions {
  /** The signature (or document timestamp) dictionary, as PDF syntax. */
  valueDict: string;
  /** The field's name is this prefix and the value's object number (`Signature57`). */
  namePrefix: string;
  widget: WidgetPlacement;
  /** Empty signature fields the same update adds (a certification forbids adding them later). */
  emptyFields?: readonly EmptySignatureField[];
  /** The signature certifies the document: the catalog's /Perms /DocMDP points at its dictionary. */
  certifying?: boolean;
}

function withEntry(dict: PdfDict, key: string, value: PdfValue): PdfDict {
  const entries = new Map(dict.entries);
  entries.set(key, value);
  return { ...dict, entries };
}

const ref = (num: number): PdfRef => ({ kind: 'ref', num, gen: 0 });
const emptyDict = (): PdfDict => ({ kind: 'dict', entries: new Map(), start: 0, end: 0 });

/** An empty appearance stream the size of `rect`: PDF/A wants every widget to have one. */
function emptyAppearance([x1, y1, x2, y2]: WidgetPlacement['rect']): string {
  return `<< /Type /XObject /Subtype /Form /BBox [0 0 ${Math.abs(x2 - x1)} ${Math.abs(y2 - y1)}] /Resources << >> /Length 0 >>\nstream\n\nendstream`;
}

/** A signature field merged with its only widget, printable (/F 4), `value` its /V when signed. */
function widgetField(
  name: string,
  page: PdfRef,
  placement: WidgetPlacement,
  apNum: number,
  value: number | null,
): string {
  const v = value === null ? '' : ` /V ${value} 0 R`;
  return `<< /Type /Annot /Subtype /Widget /FT /Sig /T ${pdfTextString(name)}${v} /P ${page.num} ${page.gen} R /Rect [${placement.rect.join(' ')}] /F 4 /AP << /N ${apNum} 0 R >> >>`;
}

/** The names of the form's top-level fields, and whether any of them is already signed. */
function existingFields(base: NewestRevision, fields: PdfValue | undefined) {
  const names = new Set<string>();
  let signed = false;
  for (const item of isArray(fields) ? fields.items : []) {
    const field = dictOf(base.view.resolve(item));
    const title = field?.entries.get('T');
    if (isString(title)) names.add(decodeTextString(title.bytes));
    if (isName(field?.entries.get('FT'), 'Sig') && field?.entries.get('V') !== undefined) signed = true;
  }
  return { names, signed };
}

/**
 * The objects of one new signature field, numbered from the base revision's next free number: its
 * value dictionary, a widget (Print flag and an empty appearance stream, as PDF/A wants) merged
 * with the field, any empty signature fields reserved beside it (each a widget with an empty
 * appearance), the pages with the widgets in their /Annots, and the form with the fields in
 * /Fields (a new /AcroForm in the catalog when the form is not an object of its own). A certifying
 * signature also sets the catalog's /Perms /DocMDP; it must be the document's first signature.
 */
export function signatureFieldObjects(base: NewestRevision, options: SignatureFieldOptions): UpdatedObject[] {
  const { view, catalog, rootRef } = base;
  const acroFormValue = catalog.entries.get('AcroForm');
  const acroForm = dictOf(view.resolve(acroFormValue));
  const fields = view.get(acroForm, 'Fields');
  // Read only when needed: a plain signature or timestamp never depends on the other fields.
  const reserving = options.certifying === true || (options.emptyFields?.length ?? 0) > 0;
  const existing = reserving ? existingFields(base, fields) : { names: new Set<string>(), signed: false };
  if (options.certifying && existing.signed)
    throw new Error('a certification must be the first signature; this PDF is already signed');
  const sigNum = base.nextObjectNumber;
  const objects: UpdatedObject[] = [{ num: sigNum, body: options.valueDict }];
  const widgetsByPage = new Map<number, number[]>();
  const fieldNums: number[] = [];
  const addWidget = (name: string, placement: WidgetPlacement, value: number | null) => {
    // Only reserved names can collide; a signature's own name carries its new object number.
    if (value === null && existing.names.has(name))
      throw new Error(`the form already has a field named ${name}`);
    existing.names.add(name);
    const page = pageAt(base, placement.pageIndex);
    const widgetNum = sigNum + 1 + 2 * fieldNums.length;
    objects.push(
      { num: widgetNum, body: widgetField(name, page.ref, placement, widgetNum + 1, value) },
      { num: widgetNum + 1, body: emptyAppearance(placement.rect) },
    );
    fieldNums.push(widgetNum);
    widgetsByPage.set(placement.pageIndex, [...(widgetsByPage.get(placement.pageIndex) ?? []), widgetNum]);
  };
  addWidget(`${options.namePrefix}${sigNum}`, options.widget, sigNum);
  for (const field of options.emptyFields ?? []) addWidget(field.name, field, null);

  for (const [pageIndex, widgets] of widgetsByPage) {
    const page = pageAt(base, pageIndex);
    const annots = view.get(page.dict, 'Annots');
    const items = [...(isArray(annots) ? annots.items : []), ...widgets.map(ref)];
    objects.push({
      num: page.ref.num,
      body: serializePdfValue(withEntry(page.dict, 'Annots', { kind: 'array', items })),
    });
  }
  const newAcroForm = withEntry(
    withEntry(acroForm ?? emptyDict(), 'Fields', {
      kind: 'array',
      items: [...(isArray(fields) ? fields.items : []), ...fieldNums.map(ref)],
    }),
    'SigFlags',
    3,
  );
  const formIsObject = isRef(acroFormValue) && acroForm !== undefined;
  if (formIsObject) objects.push({ num: acroFormValue.num, body: serializePdfValue(newAcroForm) });
  if (!formIsObject || options.certifying) {
    let newCatalog = formIsObject ? catalog : withEntry(catalog, 'AcroForm', newAcroForm);
    if (options.certifying) {
      const perms = view.resolve(catalog.entries.get('Perms'));
      newCatalog = withEntry(
        newCatalog,
        'Perms',
        withEntry(isDict(perms) ? perms : emptyDict(), 'DocMDP', ref(sigNum)),
      );
    }
    objects.push({ num: rootRef.num, body: serializePdfValue(newCatalog) });
  }
  return objects;
}
