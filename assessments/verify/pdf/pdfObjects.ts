import type { Budget, PdfDict, PdfStream, PdfValue } from './pdfValues';

/**
 * What the content checks need from a PDF: resolved objects, the trailer and catalog, and stream
 * decoding, all within one budget. The scanning reader (`PdfDocument`, every definition in the file,
 * the last one winning) and a revision read through its own cross-reference (`RevisionView`) both
 * provide it, so the same checks can read either.
 */
export interface PdfObjects {
  readonly budget: Budget;
  readonly bytes: Buffer;
  readonly trailer: PdfDict | undefined;
  /** Follows references (bounded) to a direct value; a dangling reference is null, as in PDF. */
  resolve(value: PdfValue | undefined): PdfValue | undefined;
  /** `dict[key]`, resolved. */
  get(dict: PdfDict | undefined, key: string): PdfValue | undefined;
  catalog(): PdfDict | undefined;
  decode(stream: PdfStream): Buffer;
}
