import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import {
  appendSignaturePlaceholder,
  BYTE_RANGE_PLACEHOLDER,
} from '../../assessments/signing/signatureUpdate';

/** Room for a token: the TSA certificate and its root ride along, a few kilobytes. */
const TOKEN_CAPACITY = 8192;

/** A @signpdf Signer whose "signature" is a bare TimeStampToken over the signed byte ranges. */
class TimestampSigner extends Signer {
  constructor(private readonly timestamp: (signedBytes: Buffer) => Buffer) {
    super();
  }

  override sign(signedBytes: Buffer): Promise<Buffer> {
    return Promise.resolve(this.timestamp(signedBytes));
  }
}

const SIGNATURE_HEAD = '/Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached';

/**
 * Turns the signature dictionary `appendSignaturePlaceholder` wrote at or after `from` into a
 * document-timestamp dictionary (PAdES: /Type /DocTimeStamp, /SubFilter /ETSI.RFC3161, and no /M,
 * /Name or /Reason, which a timestamp does not have). The new dictionary is padded to the old one's
 * length so the update's cross-reference offsets stay right.
 */
function asDocumentTimestampDictionary(pdf: Buffer, from: number): Buffer {
  const text = pdf.toString('latin1');
  const head = text.indexOf(SIGNATURE_HEAD, from);
  const start = text.lastIndexOf('<<', head);
  const end = text.indexOf('>>\nendobj', head) + 2;
  if (head < 0 || start < from || end < head) throw new Error('no signature placeholder found in the update');
  const dictionary = [
    '<<',
    '/Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161',
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(TOKEN_CAPACITY * 2)}>`,
    '',
  ].join('\n');
  const padded = `${dictionary.padEnd(end - start - 2, ' ')}>>`;
  if (padded.length !== end - start) throw new Error('the timestamp dictionary does not fit the placeholder');
  return Buffer.concat([pdf.subarray(0, start), Buffer.from(padded, 'latin1'), pdf.subarray(end)]);
}

/**
 * Appends a PDF document timestamp (PAdES B-LTA style) to a finished, possibly signed, PDF as one
 * incremental update: an invisible timestamp field on the first page whose /Contents is the token
 * `timestamp` returns for the signed byte ranges (e.g. `OpensslTsa.timestamp`).
 */
export async function appendDocumentTimestamp(
  pdf: Buffer,
  timestamp: (signedBytes: Buffer) => Buffer,
): Promise<Buffer> {
  const withPlaceholder = appendSignaturePlaceholder(pdf, {
    // Required by the signature placeholder and then removed from the timestamp dictionary.
    signingTime: new Date(0),
    reason: '',
    signerName: '',
    contentsBytes: TOKEN_CAPACITY,
    widget: { pageIndex: 0, rect: [0, 0, 0, 0] },
  });
  return new SignPdf().sign(
    asDocumentTimestampDictionary(withPlaceholder, pdf.length),
    new TimestampSigner(timestamp),
  );
}
