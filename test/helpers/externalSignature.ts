import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { appendSignaturePlaceholder } from '../../assessments/signing/signatureUpdate';
import { TEST_SIGNATURE_RECT } from './signingFixtures';

class CallbackSigner extends Signer {
  constructor(private readonly signBytes: (signedBytes: Buffer) => Buffer) {
    super();
  }

  override sign(signedBytes: Buffer): Promise<Buffer> {
    return Promise.resolve(this.signBytes(signedBytes));
  }
}

export interface ExternalSignatureOptions {
  subFilter: 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';
  signingTime?: Date;
  /** Room for the CMS in /Contents (bytes). */
  contentsBytes?: number;
  pageIndex?: number;
}

/**
 * Signs a PDF the way another tool would: Assay's placeholder, then whatever CMS `signBytes`
 * makes over the signed byte ranges, hex-encoded into /Contents and padded with zeros.
 */
export function signPdfExternally(
  pdf: Buffer,
  signBytes: (signedBytes: Buffer) => Buffer,
  options: ExternalSignatureOptions,
): Promise<Buffer> {
  const signingTime = options.signingTime ?? new Date();
  const withPlaceholder = appendSignaturePlaceholder(pdf, {
    signingTime,
    reason: 'External signature',
    signerName: 'External signer',
    contentsBytes: options.contentsBytes ?? 12_000,
    widget: { pageIndex: options.pageIndex ?? 1, rect: TEST_SIGNATURE_RECT },
    subFilter: options.subFilter,
  });
  return new SignPdf().sign(withPlaceholder, new CallbackSigner(signBytes), signingTime);
}

/** The signature's /Contents hex with one zero byte of padding after the CMS made non-zero. */
export function withNonZeroPadding(signed: Buffer, cmsLength: number): Buffer {
  const text = signed.toString('latin1');
  const contentsAt = text.lastIndexOf('/Contents <') + '/Contents <'.length;
  const at = contentsAt + cmsLength * 2 + 16;
  if (text.slice(at, at + 2) !== '00') throw new Error('no zero padding where expected');
  return Buffer.concat([signed.subarray(0, at), Buffer.from('01', 'latin1'), signed.subarray(at + 2)]);
}
