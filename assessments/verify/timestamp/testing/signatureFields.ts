import * as asn1js from 'asn1js';
import { PdfDocument } from '../../pdf/pdfDocument';
import { Budget, DEFAULT_MAX_STEPS, isArray, isName, isString } from '../../pdf/pdfValues';

export interface SignatureField {
  type: string | null;
  subFilter: string | null;
  byteRange: [number, number, number, number];
  /** /Contents decoded, padding included. */
  contents: Buffer;
  /** The CMS or token at the start of /Contents, without the placeholder's zero padding. */
  cms: Buffer;
}

/** The signature dictionaries of a file as the verifier's PDF reader finds them, oldest first. */
export function signatureFields(pdf: Buffer): SignatureField[] {
  const doc = new PdfDocument(pdf, new Budget(DEFAULT_MAX_STEPS, 64 * 1024 * 1024));
  return doc.signatureCandidates.map(({ dict }) => {
    const [range, contents, type, subFilter] = ['ByteRange', 'Contents', 'Type', 'SubFilter'].map((key) =>
      dict.entries.get(key),
    );
    if (!isArray(range) || !isString(contents))
      throw new Error('a signature without /ByteRange or /Contents');
    return {
      type: isName(type) ? type.name : null,
      subFilter: isName(subFilter) ? subFilter.name : null,
      byteRange: range.items as [number, number, number, number],
      contents: contents.bytes,
      cms: contents.bytes.subarray(0, asn1js.fromBER(contents.bytes).offset),
    };
  });
}
