import { createHash, createPrivateKey, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  Attribute,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';

const OID = {
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

export interface CraftOptions {
  /** The TSTInfo DER to encapsulate (e.g. taken from a real token). */
  tstInfo: Buffer;
  /** The signing certificate (DER) and its RSA private key (PEM). */
  certificate: Buffer;
  privateKeyPem: string;
  /** `none`: no signed attributes at all (RFC 3161 requires them). */
  signedAttributes:
    | 'none'
    | {
        /** The content-type attribute's value (id-ct-TSTInfo when omitted). */
        contentType?: string;
        /** The certHash of signing-certificate-v2 (SHA-256 of `certificate` when omitted), or no attribute. */
        signingCertificateHash?: Buffer | 'omit';
      };
}

const octets = (bytes: Buffer) => new asn1js.OctetString({ valueHex: new Uint8Array(bytes) });

function signedAttributes(options: CraftOptions): SignedAndUnsignedAttributes | undefined {
  if (options.signedAttributes === 'none') return undefined;
  const { contentType = OID.tstInfo, signingCertificateHash } = options.signedAttributes;
  const attributes = [
    new Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: contentType })] }),
    new Attribute({
      type: OID.messageDigest,
      values: [octets(createHash('sha256').update(options.tstInfo).digest())],
    }),
  ];
  if (signingCertificateHash !== 'omit') {
    const hash = signingCertificateHash ?? createHash('sha256').update(options.certificate).digest();
    // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { certHash } } with SHA-256, the default.
    const value = new asn1js.Sequence({
      value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [octets(hash)] })] })],
    });
    attributes.push(new Attribute({ type: OID.signingCertificateV2, values: [value] }));
  }
  return new SignedAndUnsignedAttributes({ type: 0, attributes });
}

/**
 * A TimeStampToken built with PKI.js rather than a TSA, for the malformed cases no TSA produces
 * (missing or wrong signed attributes). It is otherwise well formed and correctly signed.
 */
export async function craftTimestampToken(options: CraftOptions): Promise<Buffer> {
  const certificate = Certificate.fromBER(new Uint8Array(options.certificate));
  const keyDer = createPrivateKey(options.privateKeyPem).export({ format: 'der', type: 'pkcs8' });
  const privateKey = await webcrypto.subtle.importKey(
    'pkcs8',
    new Uint8Array(keyDer),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const attributes = signedAttributes(options);
  const signedData = new SignedData({
    version: 3,
    encapContentInfo: new EncapsulatedContentInfo({
      eContentType: OID.tstInfo,
      eContent: octets(options.tstInfo),
    }),
    signerInfos: [
      new SignerInfo({
        version: 1,
        sid: new IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        // PKI.js treats a present-but-undefined signedAttrs as an (invalid) empty set.
        ...(attributes ? { signedAttrs: attributes } : {}),
      }),
    ],
    certificates: [certificate],
  });
  await signedData.sign(privateKey, 0, 'SHA-256');
  const contentInfo = new ContentInfo({
    contentType: ContentInfo.SIGNED_DATA,
    content: signedData.toSchema(true),
  });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}
