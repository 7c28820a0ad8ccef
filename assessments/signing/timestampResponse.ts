import * as asn1js from 'asn1js';
import { PKIStatus, TimeStampResp } from 'pkijs';
import { childrenOf, isBerBlock, rawBytes } from '../verify/cms/berValues';
import { parseWholeBer, TimestampTokenError } from '../verify/timestamp/readTimestampToken';

/** A TSA's answer that cannot go into this file; the message says why, for the person holding it. */
export class TimestampResponseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TimestampResponseError';
  }
}

/** PKIFailureInfo bit names (RFC 3161 §2.4.2), by bit number. */
const FAILURE_BITS: Record<number, string> = {
  0: 'badAlg',
  2: 'badRequest',
  5: 'badDataFormat',
  14: 'timeNotAvailable',
  15: 'unacceptedPolicy',
  16: 'unacceptedExtension',
  17: 'addInfoNotAvailable',
  25: 'systemFailure',
};

function failureNames(failInfo: asn1js.BitString | undefined): string[] {
  if (!failInfo) return [];
  const bytes = failInfo.valueBlock.valueHexView;
  const names: string[] = [];
  for (let bit = 0; bit < bytes.length * 8; bit += 1) {
    if (((bytes[bit >> 3] as number) >> (7 - (bit & 7))) & 1) names.push(FAILURE_BITS[bit] ?? `bit ${bit}`);
  }
  return names;
}

function refusal(response: TimeStampResp): string {
  const { status, failInfo, statusStrings } = response.status;
  const parts = [`status ${PKIStatus[status] ?? 'unknown'} (${status})`];
  const failures = failureNames(failInfo);
  if (failures.length > 0) parts.push(`failure info ${failures.join(', ')}`);
  const texts = (statusStrings ?? []).map((text) => text.valueBlock.value).filter(Boolean);
  if (texts.length > 0) parts.push(`"${texts.join('; ')}"`);
  return `the TSA did not grant the timestamp: ${parts.join(', ')}`;
}

/**
 * The TimeStampToken in what a TSA sent: a TimeStampResp (RFC 3161 §2.4.2, BER accepted) whose
 * status is granted, or a bare token (a ContentInfo, as `openssl ts -reply -token_out` writes).
 * The token's bytes are returned exactly as received: re-encoding could change what was signed.
 */
export function tokenFromResponse(response: Buffer): Buffer {
  let root: asn1js.AsnType;
  try {
    root = parseWholeBer(response, 'the response');
  } catch (error) {
    if (!(error instanceof TimestampTokenError)) throw error;
    throw new TimestampResponseError(
      `the file is not an RFC 3161 time-stamp response or token: ${error.message}`,
      { cause: error },
    );
  }
  const [first, second] = isBerBlock(root) ? childrenOf(root) : [];
  // A ContentInfo starts with its content type; a TimeStampResp with its PKIStatusInfo.
  if (first instanceof asn1js.ObjectIdentifier) return response;
  let parsed: TimeStampResp;
  try {
    parsed = new TimeStampResp({ schema: root });
  } catch (error) {
    throw new TimestampResponseError('the file is not an RFC 3161 time-stamp response or token', {
      cause: error,
    });
  }
  const { status } = parsed.status;
  if (status !== PKIStatus.granted && status !== PKIStatus.grantedWithMods)
    throw new TimestampResponseError(refusal(parsed));
  if (!second) throw new TimestampResponseError('the response grants the timestamp but holds no token');
  return rawBytes(second);
}
