import { formatPdfDate } from '../verify/pdfDate';
import { writeIncrementalUpdate } from './incrementalUpdate';
import { readNewestRevision } from './newestRevision';
import { pdfTextString } from './pdfSerialize';
import { signatureFieldObjects } from './signatureField';

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

/**
 * Appends one incremental update that adds an empty signature (ByteRange and /Contents
 * placeholders in the form @signpdf/signpdf fills in), a signature field whose widget sits at
 * `widget.rect` on page `widget.pageIndex` with the Print flag and an appearance stream (PDF/A),
 * the page's /Annots and the catalog's /AcroForm. The update is built on the newest revision as
 * its cross-reference (table or stream) defines it, objects in object streams included, and ends
 * in the same kind of cross-reference. The original bytes are left untouched.
 */
export function appendSignaturePlaceholder(pdf: Buffer, options: PlaceholderOptions): Buffer {
  const base = readNewestRevision(pdf);
  const valueDict = [
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
  const objects = signatureFieldObjects(base, { valueDict, namePrefix: 'Signature', widget: options.widget });
  return writeIncrementalUpdate(pdf, base, objects);
}
