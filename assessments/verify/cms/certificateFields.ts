import { createHash } from 'node:crypto';
import { OID } from './oids';
import { ASN1JS_DEFAULT_LIMITS, readBerNode, readWholeBerNode, type BerNode } from './berReader';
import { berNodeOf, octetStringOf, oidText } from './berNodeValues';
import { CmsFormatError } from './cmsFormatError';
import { derEncodingOfNode } from './derCanonical';
import { plainCertificate, type PlainTbs } from './plainShapes';
import type { CmsCertificate } from './signedDataTypes';

/**
 * The fields of a certificate the signature checks compare (issuer, subject and serial in DER,
 * the subject key identifier), read from its encoding, or from PKI.js's reading where the
 * encoding is not the plain form (then PKI.js has read it already). The same bytes as PKI.js's
 * fields give, re-encoded as DER.
 */
export interface CertificateFields {
  issuer: Buffer;
  subject: Buffer;
  serial: Buffer;
  /** Throws where PKI.js's reading of the extension throws (a GeneralizedTime asn1js cannot read). */
  subjectKeyId(): Buffer;
}

/** An extension value read the way PKI.js reads one it has no class for: the first element, asn1js's defaults. */
function extensionValue(content: Buffer): unknown {
  try {
    return readBerNode(content, { limits: ASN1JS_DEFAULT_LIMITS, exactLengths: false }).node;
  } catch (error) {
    if (error instanceof CmsFormatError) return undefined;
    throw error;
  }
}

/**
 * The subjectKeyIdentifier extension, or else RFC 5280 §4.2.1.2 method 1 (SHA-1 of the public
 * key bits), which is what signers fall back to for certificates without the extension.
 */
function keyIdentifier(fromExtension: () => unknown, keyBits: Buffer): Buffer {
  const value = octetStringOf(fromExtension());
  return value ?? createHash('sha1').update(keyBits).digest();
}

function plainFields(tbs: PlainTbs): CertificateFields {
  return {
    issuer: derEncodingOfNode(tbs.issuer),
    subject: derEncodingOfNode(tbs.subject),
    serial: derEncodingOfNode(tbs.serial),
    subjectKeyId: () => {
      const extension = tbs.extensions.find(
        (ext) => oidText(ext.elements[0] as BerNode) === OID.subjectKeyIdentifier,
      );
      const extnValue = extension?.elements[extension.elements.length - 1];
      return keyIdentifier(
        () => (extnValue ? extensionValue(extnValue.content()) : undefined),
        tbs.publicKey.content().subarray(1),
      );
    },
  };
}

const derOfBlock = (block: unknown): Buffer => {
  const node = berNodeOf(block);
  if (!node) throw new Error('not an element read from BER');
  return derEncodingOfNode(node);
};

function pkijsFields(cert: Required<CmsCertificate>['pkijs']): CertificateFields {
  return {
    issuer: derOfBlock({ valueBeforeDecodeView: new Uint8Array(cert.issuer.valueBeforeDecode) }),
    subject: derOfBlock({ valueBeforeDecodeView: new Uint8Array(cert.subject.valueBeforeDecode) }),
    serial: derOfBlock(cert.serialNumber),
    subjectKeyId: () =>
      keyIdentifier(
        () => cert.extensions?.find((ext) => ext.extnID === OID.subjectKeyIdentifier)?.parsedValue,
        Buffer.from(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView),
      ),
  };
}

function plainTbsOf(der: Buffer): PlainTbs | null {
  try {
    return plainCertificate(readWholeBerNode(der));
  } catch {
    return null;
  }
}

/** Throws when the certificate has neither a plain encoding nor a PKI.js reading. */
export function certificateFields(cert: CmsCertificate): CertificateFields {
  const tbs = plainTbsOf(cert.der);
  if (tbs) return plainFields(tbs);
  if (cert.pkijs) return pkijsFields(cert.pkijs);
  throw new Error('the certificate is not in a form read without PKI.js');
}
