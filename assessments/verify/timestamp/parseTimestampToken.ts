import type { X509Certificate } from 'node:crypto';
import type { RelativeDistinguishedNames, TSTInfo } from 'pkijs';
import { findSignerCertificate, readTimestampToken } from './readTimestampToken';
import { digestLabel } from './timestampOids';

/** What a TimeStampToken says, for display; nothing here is verified. */
export interface ParsedTimestampToken {
  genTime: Date;
  /** The TSA's serial number of the token, lowercase hex. */
  serialNumber: string;
  /** The TSA policy OID the token was issued under. */
  policy: string;
  imprint: { algorithmOid: string; algorithm: string; hashHex: string };
  /** genTime ± this many seconds, when the TSA states it. */
  accuracySeconds: number | null;
  nonce: string | null;
  /** The TSA name the token states (a directory name as `CN=…, O=…`), when it states one. */
  tsaName: string | null;
  /** The certificate the token's SignerInfo names, when the token carries it. */
  tsaCertificate: X509Certificate | null;
  certificates: X509Certificate[];
}

const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.97': 'organizationIdentifier',
};

/** `CN=…, O=…` from a directory name, in its own order. */
export function directoryNameText(name: RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map(({ type, value }) => {
      const text: unknown = (value.valueBlock as { value?: unknown }).value;
      return `${ATTRIBUTE_NAMES[type] ?? type}=${typeof text === 'string' ? text : '?'}`;
    })
    .join(', ');
}

const hexOf = (view: Uint8Array) => Buffer.from(view).toString('hex');

/** GeneralName [4] directoryName is the only form TSAs use in practice; others are shown by type. */
function tsaNameText(tstInfo: TSTInfo): string | null {
  if (!tstInfo.tsa) return null;
  if (tstInfo.tsa.type === 4) return directoryNameText(tstInfo.tsa.value as RelativeDistinguishedNames);
  const value: unknown = tstInfo.tsa.value;
  return typeof value === 'string' ? value : `(general name type ${tstInfo.tsa.type})`;
}

function accuracySeconds(tstInfo: TSTInfo): number | null {
  const accuracy = tstInfo.accuracy;
  if (!accuracy) return null;
  return (accuracy.seconds ?? 0) + (accuracy.millis ?? 0) / 1e3 + (accuracy.micros ?? 0) / 1e6;
}

/**
 * Reads a TimeStampToken for display: genTime, serial, policy, imprint and the TSA certificate.
 * Throws TimestampTokenError when it is not a readable token; use verifyTimestampToken to trust it.
 */
export function parseTimestampToken(token: Buffer): ParsedTimestampToken {
  const parts = readTimestampToken(token);
  const { tstInfo } = parts;
  const algorithmOid = tstInfo.messageImprint.hashAlgorithm.algorithmId;
  return {
    genTime: tstInfo.genTime,
    serialNumber: hexOf(tstInfo.serialNumber.valueBlock.valueHexView),
    policy: tstInfo.policy,
    imprint: {
      algorithmOid,
      algorithm: digestLabel(algorithmOid),
      hashHex: hexOf(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView),
    },
    accuracySeconds: accuracySeconds(tstInfo),
    nonce: tstInfo.nonce ? hexOf(tstInfo.nonce.valueBlock.valueHexView) : null,
    tsaName: tsaNameText(tstInfo),
    tsaCertificate: findSignerCertificate(parts.signerInfo, parts.certificates)?.x509 ?? null,
    certificates: parts.certificates.map((cert) => cert.x509),
  };
}
