import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, MessageImprint, TimeStampReq } from 'pkijs';
import { parseTimestampToken } from '../verify/timestamp/parseTimestampToken';
import { TimestampTokenError } from '../verify/timestamp/readTimestampToken';
import { digestLabel, TS_OID } from '../verify/timestamp/timestampOids';
import { DOCUMENT_TIMESTAMP_BYTES, timestampPlaceholder, withToken } from './timestampPlaceholder';
import { TimestampResponseError, tokenFromResponse } from './timestampResponse';

export { DOCUMENT_TIMESTAMP_BYTES, timestampPlaceholder } from './timestampPlaceholder';
export { TimestampResponseError } from './timestampResponse';

/**
 * A DER RFC 3161 TimeStampReq for the SHA-256 of the byte ranges `timestampPlaceholder(pdf)`
 * covers, asking for the TSA's certificate (certReq) so the token can be verified offline. It has
 * no nonce: a nonce only proves a response is fresh to a client waiting online, and a random one
 * would make the request differ each time it is made for the same file; the binding that matters,
 * to these exact bytes, is the imprint.
 */
export function timestampRequest(pdf: Buffer): Buffer {
  return timestampRequestForDigest(timestampPlaceholder(pdf).digest);
}

/** The TimeStampReq for a placeholder's digest (`timestampPlaceholder(pdf).digest`). */
export function timestampRequestForDigest(digest: Buffer): Buffer {
  const request = new TimeStampReq({
    version: 1,
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({ algorithmId: TS_OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: digest }),
    }),
    certReq: true,
  });
  return Buffer.from(request.toSchema().toBER(false));
}

export interface AppliedTimestamp {
  pdf: Buffer;
  /** The time the TSA states (not yet verified: `verifyPdf` with the TSA as an anchor does that). */
  genTime: Date;
  /** The TSA's name as the token states it, when it does. */
  tsaName: string | null;
  tokenBytes: number;
}

/** As `applyTimestampResponse`, also saying what the token states. */
export function applyTimestampResponseDetailed(pdf: Buffer, response: Buffer): AppliedTimestamp {
  const placeholder = timestampPlaceholder(pdf);
  const token = tokenFromResponse(response);
  let parsed;
  try {
    parsed = parseTimestampToken(token);
  } catch (error) {
    if (!(error instanceof TimestampTokenError)) throw error;
    throw new TimestampResponseError(`the token cannot be read: ${error.message}`, { cause: error });
  }
  const wanted = placeholder.digest.toString('hex');
  if (parsed.imprint.algorithmOid !== TS_OID.sha256 || parsed.imprint.hashHex !== wanted)
    throw new TimestampResponseError(
      `the token timestamps ${digestLabel(parsed.imprint.algorithmOid)} ${parsed.imprint.hashHex}, not ` +
        `this file's timestamp placeholder (SHA-256 ${wanted}): it answers a request made for another ` +
        'file, or for another revision of this one',
    );
  if (token.length > DOCUMENT_TIMESTAMP_BYTES)
    throw new TimestampResponseError(
      `the token is ${token.length} bytes; a document timestamp here holds at most ${DOCUMENT_TIMESTAMP_BYTES}`,
    );
  return {
    pdf: withToken(placeholder, token),
    genTime: parsed.genTime,
    tsaName: parsed.tsaName,
    tokenBytes: token.length,
  };
}

/**
 * Puts the TSA's answer to `timestampRequest(pdf)` into the same placeholder, rebuilt from `pdf`,
 * and returns the timestamped PDF. Refuses (TimestampResponseError) a response that is not
 * granted, holds no token, timestamps other bytes, or does not fit 16 KiB. The token's signature
 * and the TSA's trust are the verifier's to judge, as for any document timestamp.
 */
export function applyTimestampResponse(pdf: Buffer, response: Buffer): Buffer {
  return applyTimestampResponseDetailed(pdf, response).pdf;
}
