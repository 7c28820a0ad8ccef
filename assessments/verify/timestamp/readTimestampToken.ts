import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { readWholeBer } from '../cms/berValues';
import { Certificate, ContentInfo, IssuerAndSerialNumber, SignedData, TSTInfo, type SignerInfo } from 'pkijs';
import { TS_OID } from './timestampOids';

/** A token that cannot be read as CMS SignedData over a TSTInfo; the message says what is wrong. */
export class TimestampTokenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TimestampTokenError';
  }
}

/** A certificate the token carries, as PKI.js and node:crypto each read it. */
export interface TokenCertificate {
  der: Buffer;
  pkijs: Certificate;
  x509: X509Certificate;
}

/** The parts of a TimeStampToken the checks work on. */
export interface TimestampTokenParts {
  signedData: SignedData;
  signerInfo: SignerInfo;
  eContentType: string;
  /** The encapsulated content exactly as signed (the TSTInfo encoding). */
  eContent: Buffer;
  tstInfo: TSTInfo;
  certificates: TokenCertificate[];
}

const bytesOf = (view: ArrayBuffer | Uint8Array) =>
  Buffer.from(view instanceof Uint8Array ? view : new Uint8Array(view));

/**
 * Parses one whole BER element; trailing bytes mean it is not the element the caller thinks, and a
 * length that overruns its container is refused (asn1js alone would read past it).
 */
export function parseWholeBer(bytes: Buffer, what: string): asn1js.AsnType {
  try {
    return readWholeBer(bytes);
  } catch (error) {
    throw new TimestampTokenError(`${what} is not valid ASN.1 (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/** Builds a PKI.js object from its schema, turning its schema errors into ours. */
function fromSchema<T>(build: () => T, what: string): T {
  try {
    return build();
  } catch (error) {
    throw new TimestampTokenError(`${what} does not have the expected structure`, { cause: error });
  }
}

function tokenCertificates(signedData: SignedData): TokenCertificate[] {
  return (signedData.certificates ?? []).flatMap((item) => {
    if (!(item instanceof Certificate)) return [];
    try {
      const der = bytesOf(item.toSchema().toBER(false));
      return [{ der, pkijs: item, x509: new X509Certificate(der) }];
    } catch {
      // A certificate node:crypto cannot read cannot be the TSA's; the signer lookup then fails.
      return [];
    }
  });
}

/**
 * Reads a TimeStampToken: a ContentInfo holding SignedData whose encapsulated content is the
 * TSTInfo (BER, including indefinite lengths, is accepted as RFC 3161 allows). Throws
 * TimestampTokenError; checks on the content (type, imprint, signature) are the caller's.
 */
export function readTimestampToken(token: Buffer): TimestampTokenParts {
  const contentInfo = fromSchema(
    () => new ContentInfo({ schema: parseWholeBer(token, 'token') }),
    'the token',
  );
  if (contentInfo.contentType !== TS_OID.signedData)
    throw new TimestampTokenError(`the token is ${contentInfo.contentType}, not CMS SignedData`);
  const signedData = fromSchema(() => new SignedData({ schema: contentInfo.content }), 'the SignedData');
  const [signerInfo, ...others] = signedData.signerInfos;
  if (!signerInfo || others.length > 0)
    throw new TimestampTokenError(
      `the token has ${signedData.signerInfos.length} signers; RFC 3161 wants one`,
    );
  const { eContentType, eContent: content } = signedData.encapContentInfo;
  if (!content || content.idBlock.tagClass !== 1 || content.idBlock.tagNumber !== 4)
    throw new TimestampTokenError('the token carries no encapsulated content');
  const eContent = bytesOf((content as asn1js.OctetString).getValue());
  const tstInfo = fromSchema(
    () => new TSTInfo({ schema: parseWholeBer(eContent, 'TSTInfo') }),
    'the TSTInfo',
  );
  // asn1js turns an unreadable GeneralizedTime into an Invalid Date rather than an error.
  if (!(tstInfo.genTime instanceof Date) || Number.isNaN(tstInfo.genTime.getTime()))
    throw new TimestampTokenError('the TSTInfo genTime is not a valid time');
  return {
    signedData,
    signerInfo,
    eContentType,
    eContent,
    tstInfo,
    certificates: tokenCertificates(signedData),
  };
}

/** A `[0] SubjectKeyIdentifier` sid, which PKI.js keeps as the raw tagged block (primitive or not). */
function subjectKeyIdentifier(sid: unknown): Buffer | null {
  if (sid instanceof asn1js.Primitive) return bytesOf(sid.valueBlock.valueHexView);
  if (sid instanceof asn1js.Constructed) {
    const [inner] = sid.valueBlock.value;
    return inner instanceof asn1js.OctetString ? bytesOf(inner.valueBlock.valueHexView) : null;
  }
  return null;
}

/** The certificate a SignerInfo names (issuer and serial, or subject key identifier), if present. */
export function findSignerCertificate(
  signerInfo: SignerInfo,
  candidates: readonly TokenCertificate[],
): TokenCertificate | undefined {
  const sid: unknown = signerInfo.sid;
  if (sid instanceof IssuerAndSerialNumber)
    return candidates.find(
      ({ pkijs }) => pkijs.issuer.isEqual(sid.issuer) && pkijs.serialNumber.isEqual(sid.serialNumber),
    );
  const keyId = subjectKeyIdentifier(sid);
  return candidates.find(({ pkijs }) => {
    const extension = pkijs.extensions?.find((ext) => ext.extnID === TS_OID.subjectKeyIdentifier);
    const value = extension?.parsedValue;
    return (
      keyId !== null &&
      value instanceof asn1js.OctetString &&
      bytesOf(value.valueBlock.valueHexView).equals(keyId)
    );
  });
}

/** A certificate given as node:crypto reads it (a trust anchor), in the shape the checks use. */
export function tokenCertificateOf(x509: X509Certificate): TokenCertificate | null {
  try {
    return { der: x509.raw, pkijs: Certificate.fromBER(x509.raw), x509 };
  } catch {
    return null;
  }
}

/** A certificate's subject on one line (node:crypto separates its parts with newlines), for messages. */
export const subjectLine = (x509: X509Certificate): string => x509.subject.replace(/\n/g, ', ');
