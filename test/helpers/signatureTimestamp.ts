import * as asn1js from 'asn1js';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { Attribute, ContentInfo, SignedAndUnsignedAttributes, SignedData } from 'pkijs';
import {
  CadesDetachedSigner,
  type SigningKeyMaterial,
  type SignPdfOptions,
} from '../../assessments/signing/signPdf';
import { appendSignaturePlaceholder } from '../../assessments/signing/signatureUpdate';

/** id-aa-signatureTimeStampToken (RFC 3161 appendix A). */
const SIGNATURE_TIME_STAMP_TOKEN = '1.2.840.113549.1.9.16.2.14';

/**
 * Adds a signature-time-stamp unsigned attribute to every SignerInfo of a CMS SignedData (DER
 * ContentInfo): `timestamp` gets the signature value (its OCTET STRING contents, the imprint RFC 3161
 * appendix A asks for) and returns a token. Signed parts are re-encoded unchanged by PKI.js, so the
 * signature still verifies; the result is a PAdES B-T signature.
 */
export function addSignatureTimestamp(cms: Buffer, timestamp: (signatureValue: Buffer) => Buffer): Buffer {
  const contentInfo = ContentInfo.fromBER(new Uint8Array(cms));
  const signedData = new SignedData({ schema: contentInfo.content });
  for (const signerInfo of signedData.signerInfos) {
    const token = timestamp(Buffer.from(signerInfo.signature.valueBlock.valueHexView));
    const attribute = new Attribute({
      type: SIGNATURE_TIME_STAMP_TOKEN,
      values: [asn1js.fromBER(token).result],
    });
    signerInfo.unsignedAttrs = new SignedAndUnsignedAttributes({
      type: 1,
      attributes: [...(signerInfo.unsignedAttrs?.attributes ?? []), attribute],
    });
  }
  const out = new ContentInfo({ contentType: ContentInfo.SIGNED_DATA, content: signedData.toSchema(true) });
  return Buffer.from(out.toSchema().toBER(false));
}

/** Assay's CAdES signer, with a signature timestamp added to what it makes. */
class TimestampedCadesSigner extends Signer {
  constructor(
    private readonly identity: SigningKeyMaterial,
    private readonly timestamp: (signatureValue: Buffer) => Buffer,
  ) {
    super();
  }

  override async sign(signedBytes: Buffer): Promise<Buffer> {
    const cms = await new CadesDetachedSigner(this.identity).sign(signedBytes);
    return addSignatureTimestamp(cms, this.timestamp);
  }
}

/**
 * Signs a PDF as `signPdf` does, with a signature timestamp in the CMS (PAdES B-T); the /Contents
 * placeholder leaves room for the token and the TSA certificates it carries.
 */
export async function signPdfWithSignatureTimestamp(
  pdf: Buffer,
  identity: SigningKeyMaterial,
  options: SignPdfOptions,
  timestamp: (signatureValue: Buffer) => Buffer,
): Promise<Buffer> {
  const withPlaceholder = appendSignaturePlaceholder(pdf, {
    ...options,
    signerName: identity.signerName,
    contentsBytes:
      identity.certificate.length + identity.chain.reduce((sum, der) => sum + der.length, 0) + 16_384,
  });
  return new SignPdf().sign(
    withPlaceholder,
    new TimestampedCadesSigner(identity, timestamp),
    options.signingTime,
  );
}
