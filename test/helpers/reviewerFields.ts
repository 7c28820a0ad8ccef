import { writeIncrementalUpdate, type UpdatedObject } from '../../assessments/signing/incrementalUpdate';
import { pageAt, readNewestRevision } from '../../assessments/signing/newestRevision';
import { pdfTextString, serializePdfValue } from '../../assessments/signing/pdfSerialize';
import { listPages } from '../../assessments/verify/pdf/pageTree';
import { dictOf, isArray, isRef, type PdfDict, type PdfValue } from '../../assessments/verify/pdf/pdfValues';

export interface ReviewerFieldOptions {
  /** Where the box goes on the last page, [x1, y1, x2, y2]; by default above the assessor's block. */
  rect?: [number, number, number, number];
  /** A field with its widget as a /Kids entry instead of one merged field-widget dictionary. */
  separateWidget?: boolean;
}

const withEntry = (dict: PdfDict, key: string, value: PdfValue): PdfDict => ({
  ...dict,
  entries: new Map([...dict.entries, [key, value]]),
});
const ref = (num: number): PdfValue => ({ kind: 'ref', num, gen: 0 });

/**
 * Appends an empty signature field `name` (framed box, no /V) on the last page by an incremental
 * update, as a report that reserves reviewer boxes carries them.
 */
export function appendEmptySignatureField(
  pdf: Buffer,
  name: string,
  options: ReviewerFieldOptions = {},
): Buffer {
  const base = readNewestRevision(pdf);
  const lastPage = listPages(base.view, base.catalog).length - 1;
  const page = pageAt(base, lastPage);
  const [x1, y1, x2, y2] = options.rect ?? [60, 140, 300, 200];
  const [fieldNum, widgetNum, apNum] = [0, 1, 2].map((i) => base.nextObjectNumber + i) as [
    number,
    number,
    number,
  ];
  const frame = `0.5 w 0.25 0.25 ${x2 - x1 - 0.5} ${y2 - y1 - 0.5} re S`;
  const appearance = `<< /Type /XObject /Subtype /Form /BBox [0 0 ${x2 - x1} ${y2 - y1}] /Resources << >> /Length ${frame.length} >>\nstream\n${frame}\nendstream`;
  const widgetEntries = `/Type /Annot /Subtype /Widget /P ${page.ref.num} 0 R /Rect [${x1} ${y1} ${x2} ${y2}] /F 4 /AP << /N ${apNum} 0 R >>`;
  const objects: UpdatedObject[] = [{ num: apNum, body: appearance }];
  const annotated = options.separateWidget ? widgetNum : fieldNum;
  if (options.separateWidget)
    objects.push(
      { num: fieldNum, body: `<< /FT /Sig /T ${pdfTextString(name)} /Kids [${widgetNum} 0 R] >>` },
      { num: widgetNum, body: `<< ${widgetEntries} /Parent ${fieldNum} 0 R >>` },
    );
  else objects.push({ num: fieldNum, body: `<< ${widgetEntries} /FT /Sig /T ${pdfTextString(name)} >>` });
  const annots = base.view.resolve(page.dict.entries.get('Annots'));
  objects.push({
    num: page.ref.num,
    body: serializePdfValue(
      withEntry(page.dict, 'Annots', {
        kind: 'array',
        items: [...(isArray(annots) ? annots.items : []), ref(annotated)],
      }),
    ),
  });
  const formValue = base.catalog.entries.get('AcroForm');
  const form = dictOf(base.view.resolve(formValue)) ?? { kind: 'dict', entries: new Map(), start: 0, end: 0 };
  const fields = base.view.resolve(form.entries.get('Fields'));
  const newForm = withEntry(
    withEntry(form, 'Fields', {
      kind: 'array',
      items: [...(isArray(fields) ? fields.items : []), ref(fieldNum)],
    }),
    'SigFlags',
    3,
  );
  if (isRef(formValue)) objects.push({ num: formValue.num, body: serializePdfValue(newForm) });
  else
    objects.push({
      num: base.rootRef.num,
      body: serializePdfValue(withEntry(base.catalog, 'AcroForm', newForm)),
    });
  return writeIncrementalUpdate(pdf, base, objects);
}

/** Both reserved reviewer boxes, Reviewer1 above Reviewer2. */
export function appendReviewerFields(pdf: Buffer, options: Omit<ReviewerFieldOptions, 'rect'> = {}): Buffer {
  const one = appendEmptySignatureField(pdf, 'Reviewer1', { ...options, rect: [60, 220, 300, 280] });
  return appendEmptySignatureField(one, 'Reviewer2', { ...options, rect: [60, 140, 300, 200] });
}
