import { PdfDocument } from '../verify/pdf/pdfDocument';
import {
  Budget,
  dictOf,
  isArray,
  isName,
  isRef,
  PdfFormatError,
  type PdfDict,
  type PdfRef,
  type PdfValue,
} from '../verify/pdf/pdfValues';
import { formatPdfDate } from '../verify/pdfDate';
import { pdfTextString, serializePdfValue } from './pdfSerialize';

export const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';

export interface PlaceholderOptions {
  signingTime: Date;
  reason: string;
  location?: string;
  signerName: string;
  /** Bytes reserved for the CMS (written as twice as many hex digits). */
  contentsBytes: number;
  widget: { pageIndex: number; rect: [number, number, number, number] };
  /** PAdES (the default) or the legacy PKCS#7 format other tools still write. */
  subFilter?: 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';
}

function pageRefs(doc: PdfDocument, pages: PdfValue | undefined): PdfRef[] {
  const out: PdfRef[] = [];
  const seen = new Set<number>();
  const walk = (ref: PdfValue | undefined, depth: number) => {
    if (!isRef(ref) || seen.has(ref.num) || depth > 32) return;
    seen.add(ref.num);
    const node = dictOf(doc.resolve(ref));
    if (!node) return;
    if (isName(node.entries.get('Type'), 'Page')) {
      out.push(ref);
      return;
    }
    const kids = doc.get(node, 'Kids');
    if (isArray(kids)) for (const kid of kids.items) walk(kid, depth + 1);
  };
  walk(pages, 0);
  return out;
}

function withEntry(dict: PdfDict, key: string, value: PdfValue): PdfDict {
  const entries = new Map(dict.entries);
  entries.set(key, value);
  return { ...dict, entries };
}

function writeObject(num: number, body: string): string {
  return `${num} 0 obj\n${body}\nendobj\n`;
}

/**
 * Appends one incremental update that adds an empty signature (ByteRange and /Contents
 * placeholders in the form @signpdf/signpdf fills in), a signature field whose widget sits at
 * `widget.rect` on page `widget.pageIndex` with the Print flag and an appearance stream (PDF/A),
 * the page's /Annots and the catalog's /AcroForm. The original bytes are left untouched.
 */
export function appendSignaturePlaceholder(pdf: Buffer, options: PlaceholderOptions): Buffer {
  const doc = new PdfDocument(pdf, new Budget(32_000_000, 256 * 1024 * 1024));
  const trailer = doc.trailer;
  if (!trailer || isName(trailer.entries.get('Type'), 'XRef')) {
    throw new PdfFormatError(
      'the PDF has no classic trailer (cross-reference streams are not supported for signing)',
    );
  }
  const rootRef = trailer.entries.get('Root');
  const catalog = dictOf(doc.resolve(rootRef));
  if (!isRef(rootRef) || !catalog) throw new PdfFormatError('the PDF has no document catalog');
  const pages = pageRefs(doc, catalog.entries.get('Pages'));
  const pageRef = pages[options.widget.pageIndex];
  const page = dictOf(doc.resolve(pageRef));
  if (!pageRef || !page) {
    throw new PdfFormatError(
      `the PDF has ${pages.length} page(s); there is no page index ${options.widget.pageIndex}`,
    );
  }
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(
    pdf.toString('latin1', Math.max(0, pdf.length - 64)),
  );
  if (!startxref) throw new PdfFormatError('the PDF does not end with startxref and %%EOF');
  const size = Math.max(Number(trailer.entries.get('Size')) || 0, ...[...doc.values()].map((v) => v.num + 1));
  const [sigNum, widgetNum, apNum] = [size, size + 1, size + 2];
  const ref = (num: number): PdfRef => ({ kind: 'ref', num, gen: 0 });
  const [x1, y1, x2, y2] = options.widget.rect;

  const sigDict = [
    '<<',
    `/Type /Sig /Filter /Adobe.PPKLite /SubFilter /${options.subFilter ?? 'ETSI.CAdES.detached'}`,
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(options.contentsBytes * 2)}>`,
    `/M (${formatPdfDate(options.signingTime)})`,
    `/Name ${pdfTextString(options.signerName)}`,
    `/Reason ${pdfTextString(options.reason)}`,
    ...(options.location ? [`/Location ${pdfTextString(options.location)}`] : []),
    '>>',
  ].join('\n');
  const widget = `<< /Type /Annot /Subtype /Widget /FT /Sig /T ${pdfTextString(`Signature${sigNum}`)} /V ${sigNum} 0 R /P ${pageRef.num} ${pageRef.gen} R /Rect [${[x1, y1, x2, y2].join(' ')}] /F 4 /AP << /N ${apNum} 0 R >> >>`;
  const appearance = `<< /Type /XObject /Subtype /Form /BBox [0 0 ${Math.abs(x2 - x1)} ${Math.abs(y2 - y1)}] /Resources << >> /Length 0 >>\nstream\n\nendstream`;

  const annots = doc.get(page, 'Annots');
  const newPage = withEntry(page, 'Annots', {
    kind: 'array',
    items: [...(isArray(annots) ? annots.items : []), ref(widgetNum)],
  });
  const updates: [number, string][] = [
    [sigNum, sigDict],
    [widgetNum, widget],
    [apNum, appearance],
    [pageRef.num, serializePdfValue(newPage)],
  ];
  const acroFormValue = catalog.entries.get('AcroForm');
  const acroForm = dictOf(doc.resolve(acroFormValue));
  const fields = doc.get(acroForm, 'Fields');
  const newAcroForm = withEntry(
    withEntry(acroForm ?? { kind: 'dict', entries: new Map(), start: 0, end: 0 }, 'Fields', {
      kind: 'array',
      items: [...(isArray(fields) ? fields.items : []), ref(widgetNum)],
    }),
    'SigFlags',
    3,
  );
  if (isRef(acroFormValue) && acroForm) updates.push([acroFormValue.num, serializePdfValue(newAcroForm)]);
  else updates.push([rootRef.num, serializePdfValue(withEntry(catalog, 'AcroForm', newAcroForm))]);

  let body = '\n';
  const offsets: [number, number][] = [];
  for (const [num, text] of updates) {
    offsets.push([num, pdf.length + Buffer.byteLength(body, 'latin1')]);
    body += writeObject(num, text);
  }
  const xrefAt = pdf.length + Buffer.byteLength(body, 'latin1');
  const xref = offsets
    .sort(([a], [b]) => a - b)
    .map(([num, offset]) => `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`)
    .join('');
  const newTrailer = new Map<string, PdfValue>([
    ['Size', apNum + 1],
    ['Root', rootRef],
    ['Prev', Number(startxref[1])],
  ]);
  for (const key of ['Info', 'ID']) {
    const value = trailer.entries.get(key);
    if (value !== undefined) newTrailer.set(key, value);
  }
  const trailerText = serializePdfValue({ kind: 'dict', entries: newTrailer, start: 0, end: 0 });
  body += `xref\n${xref}trailer\n${trailerText}\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(body, 'latin1')]);
}
