import { formatPdfDate } from '../verify/pdfDate';
import { writeIncrementalUpdate } from './incrementalUpdate';
import { readNewestRevision } from './newestRevision';
import { pdfTextString } from './pdfSerialize';
import { signatureFieldObjects, type EmptySignatureField } from './signatureField';

export const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';

/**
 * DocMDP permissions (PDF 32000-1 §12.8.2.2): 1 no change at all, 2 filling in forms and signing,
 * 3 also annotations. Document timestamps and validation data (DSS) are allowed at every level.
 */
export type DocMdpPermissions = 1 | 2 | 3;

export interface CertifyOptions {
  permissions: DocMdpPermissions;
}

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
  /** Makes it a certification signature with these permissions; only a document's first signature may be one. */
  certify?: CertifyOptions;
  /** Empty signature fields added in the same update, for later signers. */
  reservedFields?: readonly EmptySignatureField[];
}

/** The /Reference entry of a certification signature (the transform parameters' /V is 1.2). */
export function docMdpReference(permissions: DocMdpPermissions): string {
  if (![1, 2, 3].includes(permissions)) throw new RangeError(`invalid DocMDP permissions ${permissions}`);
  return `/Reference [<< /Type /SigRef /TransformMethod /DocMDP /TransformParams << /Type /TransformParams /P ${permissions} /V /1.2 >> >>]`;
}

/**
 * Appends one incremental update that adds an empty signature (ByteRange and /Contents
 * placeholders in the form @signpdf/signpdf fills in), a signature field whose widget sits at
 * `widget.rect` on page `widget.pageIndex` with the Print flag and an appearance stream (PDF/A),
 * the page's /Annots and the catalog's /AcroForm; with `certify`, the DocMDP /Reference and the
 * catalog's /Perms; with `reservedFields`, those empty signature fields. The update is built on the newest revision as
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
    ...(options.certify ? [docMdpReference(options.certify.permissions)] : []),
    '>>',
  ].join('\n');
  const objects = signatureFieldObjects(base, {
    valueDict,
    namePrefix: 'Signature',
    widget: options.widget,
    emptyFields: options.reservedFields,
    certifying: options.certify !== undefined,
  });
  return writeIncrementalUpdate(pdf, base, objects);
}
