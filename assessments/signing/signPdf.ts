import { createHash, type KeyObject } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { buildCadesSignedData } from './cms';
import type { ReviewConclusion } from './commitmentType';
import type { EmptySignatureField } from './signatureField';
import { appendSignaturePlaceholder, type CertifyOptions } from './signatureUpdate';

/** What signing needs from an identity: its certificate (DER), any chain, and the private key. */
export interface SigningKeyMaterial {
  certificate: Buffer;
  chain: readonly Buffer[];
  privateKey: KeyObject;
  /** Shown in the signature dictionary's /Name. */
  signerName: string;
}

export interface SignPdfOptions {
  signingTime: Date;
  reason: string;
  location?: string;
  /** The visible signature block the report draws: page (0-based) and [x1, y1, x2, y2] in points. */
  widget: { pageIndex: number; rect: [number, number, number, number] };
  /**
   * Certify the document (DocMDP) with these permissions: 2 lets reviewers still sign the reserved
   * fields. Only a document's first signature may certify.
   */
  certify?: CertifyOptions;
  /** Empty signature fields for later signers, added with this signature (a certification forbids adding them later). */
  reservedFields?: readonly EmptySignatureField[];
}

/** A box as the report announces its signature block: bottom-left corner and size, in points. */
export interface SignatureBox {
  pageIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The widget placement for a signature that sits exactly over the report's signature block. */
export function widgetOverBox(box: SignatureBox): SignPdfOptions['widget'] {
  return { pageIndex: box.pageIndex, rect: [box.x, box.y, box.x + box.width, box.y + box.height] };
}

/** An empty signature field named `name` exactly over a box the report draws for a reviewer. */
export function reservedFieldOverBox(name: string, box: SignatureBox): EmptySignatureField {
  return { name, ...widgetOverBox(box) };
}

/**
 * A @signpdf Signer producing the CAdES-detached CMS over the bytes SignPdf hands it; a reviewer's
 * signature also carries the commitment type of the conclusion.
 */
export class CadesDetachedSigner extends Signer {
  constructor(
    private readonly identity: SigningKeyMaterial,
    private readonly commitment?: ReviewConclusion,
  ) {
    super();
  }

  override sign(signedBytes: Buffer): Promise<Buffer> {
    const contentDigest = createHash('sha256').update(signedBytes).digest();
    return Promise.resolve(
      buildCadesSignedData({
        contentDigest,
        signerCertificate: this.identity.certificate,
        chain: this.identity.chain,
        privateKey: this.identity.privateKey,
        ...(this.commitment ? { commitment: this.commitment } : {}),
      }),
    );
  }
}

/** Room for the CMS: the certificates, the signature (up to RSA-4096) and the ASN.1 around them. */
export function contentsCapacity(identity: SigningKeyMaterial): number {
  return identity.certificate.length + identity.chain.reduce((sum, der) => sum + der.length, 0) + 4096;
}

/**
 * Signs a finished PDF with a PAdES baseline B-B signature (ETSI.CAdES.detached, SHA-256,
 * signing-certificate-v2, claimed time in /M) in one final incremental update; the earlier bytes
 * are unchanged, so the signature covers the whole file except its own /Contents.
 */
export async function signPdf(
  pdf: Buffer,
  identity: SigningKeyMaterial,
  options: SignPdfOptions,
): Promise<Buffer> {
  const withPlaceholder = appendSignaturePlaceholder(pdf, {
    signingTime: options.signingTime,
    reason: options.reason,
    location: options.location,
    signerName: identity.signerName,
    contentsBytes: contentsCapacity(identity),
    widget: options.widget,
    certify: options.certify,
    reservedFields: options.reservedFields,
  });
  return new SignPdf().sign(withPlaceholder, new CadesDetachedSigner(identity), options.signingTime);
}
