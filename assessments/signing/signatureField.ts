import { dictOf, isArray, isRef, type PdfDict, type PdfRef, type PdfValue } from '../verify/pdf/pdfValues';
import type { UpdatedObject } from './incrementalUpdate';
import { pageAt, type NewestRevision } from './newestRevision';
import { pdfTextString, serializePdfValue } from './pdfSerialize';

export interface SignatureFieldOptions {
  /** The signature (or document timestamp) dictionary, as PDF syntax. */
  valueDict: string;
  /** The field's name is this prefix and the value's object number (`Signature57`). */
  namePrefix: string;
  /** Page (0-based) and [x1, y1, x2, y2] in points; a zero-area box is an invisible field. */
  widget: { pageIndex: number; rect: [number, number, number, number] };
}

function withEntry(dict: PdfDict, key: string, value: PdfValue): PdfDict {
  const entries = new Map(dict.entries);
  entries.set(key, value);
  return { ...dict, entries };
}

const ref = (num: number): PdfRef => ({ kind: 'ref', num, gen: 0 });

/**
 * The objects of one new signature field, numbered from the base revision's next free number: its
 * value dictionary, a widget (Print flag and an empty appearance stream, as PDF/A wants) merged
 * with the field, the page with the widget in its /Annots, and the form with the field in /Fields
 * (a new /AcroForm in the catalog when the form is not an object of its own).
 */
export function signatureFieldObjects(base: NewestRevision, options: SignatureFieldOptions): UpdatedObject[] {
  const { view, catalog, rootRef } = base;
  const page = pageAt(base, options.widget.pageIndex);
  const sigNum = base.nextObjectNumber;
  const [widgetNum, apNum] = [sigNum + 1, sigNum + 2];
  const [x1, y1, x2, y2] = options.widget.rect;
  const name = pdfTextString(`${options.namePrefix}${sigNum}`);
  const widget = `<< /Type /Annot /Subtype /Widget /FT /Sig /T ${name} /V ${sigNum} 0 R /P ${page.ref.num} ${page.ref.gen} R /Rect [${[x1, y1, x2, y2].join(' ')}] /F 4 /AP << /N ${apNum} 0 R >> >>`;
  const appearance = `<< /Type /XObject /Subtype /Form /BBox [0 0 ${Math.abs(x2 - x1)} ${Math.abs(y2 - y1)}] /Resources << >> /Length 0 >>\nstream\n\nendstream`;

  const annots = view.get(page.dict, 'Annots');
  const newPage = withEntry(page.dict, 'Annots', {
    kind: 'array',
    items: [...(isArray(annots) ? annots.items : []), ref(widgetNum)],
  });
  const objects: UpdatedObject[] = [
    { num: sigNum, body: options.valueDict },
    { num: widgetNum, body: widget },
    { num: apNum, body: appearance },
    { num: page.ref.num, body: serializePdfValue(newPage) },
  ];
  const acroFormValue = catalog.entries.get('AcroForm');
  const acroForm = dictOf(view.resolve(acroFormValue));
  const fields = view.get(acroForm, 'Fields');
  const newAcroForm = withEntry(
    withEntry(acroForm ?? { kind: 'dict', entries: new Map(), start: 0, end: 0 }, 'Fields', {
      kind: 'array',
      items: [...(isArray(fields) ? fields.items : []), ref(widgetNum)],
    }),
    'SigFlags',
    3,
  );
  if (isRef(acroFormValue) && acroForm)
    objects.push({ num: acroFormValue.num, body: serializePdfValue(newAcroForm) });
  else
    objects.push({ num: rootRef.num, body: serializePdfValue(withEntry(catalog, 'AcroForm', newAcroForm)) });
  return objects;
}
