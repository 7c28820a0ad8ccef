import { SignPdf } from '@signpdf/signpdf';
import { writeIncrementalUpdate, type UpdatedObject } from '../../assessments/signing/incrementalUpdate';
import { readNewestRevision } from '../../assessments/signing/newestRevision';
import { pdfTextString, serializePdfValue } from '../../assessments/signing/pdfSerialize';
import { CadesDetachedSigner, type SigningKeyMaterial } from '../../assessments/signing/signPdf';
import { BYTE_RANGE_PLACEHOLDER } from '../../assessments/signing/signatureUpdate';
import { formatPdfDate } from '../../assessments/verify/pdfDate';
import { decodeTextString } from '../../assessments/verify/pdf/embeddedFiles';
import {
  dictOf,
  isArray,
  isRef,
  isString,
  type PdfDict,
  type PdfValue,
} from '../../assessments/verify/pdf/pdfValues';

export interface FillOptions {
  signingTime?: Date;
  /**
   * Sign as Acrobat does into a reserved box: the field's empty appearance stream rewritten in place
   * (not replaced by a new object), the form given default resources with a font and
   * /NeedAppearances false.
   */
  acrobatStyle?: boolean;
}

const withEntries = (dict: PdfDict, entries: Record<string, PdfValue>): PdfDict => ({
  ...dict,
  entries: new Map([...dict.entries, ...Object.entries(entries)]),
});
const ref = (num: number): PdfValue => ({ kind: 'ref', num, gen: 0 });
const dictValue = (entries: Record<string, PdfValue>): PdfDict => ({
  kind: 'dict',
  entries: new Map(Object.entries(entries)),
  start: 0,
  end: 0,
});

/** Writes a dict with entries added in PDF syntax written out already. */
function dictText(dict: PdfDict, extra: Record<string, string>): string {
  const parts = [...dict.entries].map(([key, value]) => `/${key} ${serializePdfValue(value)}`);
  for (const [key, text] of Object.entries(extra)) parts.push(`/${key} ${text}`);
  return `<< ${parts.join(' ')} >>`;
}

/**
 * Signs the empty signature field `fieldName` the way a second signer's tool does, by hand: one
 * incremental update giving the field a /V (a new signature dictionary) and a visible appearance,
 * then @signpdf/signpdf embedding a CAdES signature by `identity`.
 */
export async function fillReservedField(
  pdf: Buffer,
  fieldName: string,
  identity: SigningKeyMaterial,
  options: FillOptions = {},
): Promise<Buffer> {
  const signingTime = options.signingTime ?? new Date('2026-03-01T10:00:00Z');
  const base = readNewestRevision(pdf);
  const { view, catalog, rootRef } = base;
  const formValue = catalog.entries.get('AcroForm');
  const form = dictOf(view.resolve(formValue));
  const fields = view.get(form, 'Fields');
  const fieldRef = (isArray(fields) ? fields.items : []).filter(isRef).find((item) => {
    const title = dictOf(view.resolve(item))?.entries.get('T');
    return isString(title) && decodeTextString(title.bytes) === fieldName;
  });
  const field = dictOf(view.resolve(fieldRef));
  if (!fieldRef || !field || !form) throw new Error(`no field ${fieldName}`);
  const rect = view.resolve(field.entries.get('Rect'));
  const [x1, y1, x2, y2] = isArray(rect) ? rect.items.map(Number) : [0, 0, 0, 0];
  const [w, h] = [Math.abs((x2 ?? 0) - (x1 ?? 0)), Math.abs((y2 ?? 0) - (y1 ?? 0))];
  const stroke = `0 0 0.6 RG 1.5 w 6 6 m ${w - 6} ${h - 6} l S 6 ${h - 6} m ${w - 6} 6 l S`;
  const appearance = `<< /Type /XObject /Subtype /Form /BBox [0 0 ${w} ${h}] /Resources << >> /Length ${stroke.length} >>\nstream\n${stroke}\nendstream`;

  const sigNum = base.nextObjectNumber;
  const objects: UpdatedObject[] = [
    {
      num: sigNum,
      body: [
        '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached',
        BYTE_RANGE_PLACEHOLDER,
        `/Contents <${'0'.repeat(24_000)}>`,
        `/M (${formatPdfDate(signingTime)}) /Name ${pdfTextString(identity.signerName)} /Reason (Reviewed)`,
        '>>',
      ].join('\n'),
    },
  ];
  const oldAp = dictOf(view.resolve(field.entries.get('AP')))?.entries.get('N');
  if (options.acrobatStyle && isRef(oldAp)) {
    objects.push({ num: oldAp.num, body: appearance });
    objects.push({ num: fieldRef.num, body: serializePdfValue(withEntries(field, { V: ref(sigNum) })) });
    const fontNum = sigNum + 1;
    objects.push({
      num: fontNum,
      body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    });
    const newForm = dictText(form, {
      DR: `<< /Font << /Helv ${fontNum} 0 R >> >>`,
      NeedAppearances: 'false',
    });
    if (isRef(formValue)) objects.push({ num: formValue.num, body: newForm });
    else {
      const others = [...catalog.entries].filter(([key]) => key !== 'AcroForm');
      const catalogText = `<< ${others.map(([key, value]) => `/${key} ${serializePdfValue(value)}`).join(' ')} /AcroForm ${newForm} >>`;
      objects.push({ num: rootRef.num, body: catalogText });
    }
  } else {
    const apNum = sigNum + 1;
    objects.push({ num: apNum, body: appearance });
    const signed = withEntries(field, { V: ref(sigNum), AP: dictValue({ N: ref(apNum) }) });
    objects.push({ num: fieldRef.num, body: serializePdfValue(signed) });
  }
  const withPlaceholder = writeIncrementalUpdate(pdf, base, objects);
  return new SignPdf().sign(withPlaceholder, new CadesDetachedSigner(identity), signingTime);
}
