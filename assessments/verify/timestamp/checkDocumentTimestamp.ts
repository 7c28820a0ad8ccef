import { readBerNode } from '../cms/berReader';
import { Checks } from '../checks';
import type { TimestampVerification, TimestampVerifyOptions } from './verifyTimestampToken';

export interface DocumentTimestampInput {
  /** The whole file. */
  fileBytes: Buffer;
  /**
   * The dictionary's /ByteRange [a b c d]. The caller has checked it as for any signature (starts
   * at 0, leaves out exactly this /Contents, ends a revision); here it is only kept inside the file.
   */
  byteRange: readonly [number, number, number, number];
  /** /Contents decoded from hex: the token followed by the placeholder's zero padding. */
  contents: Buffer;
}

/** The bytes a document timestamp or signature covers: [a, a+b) then [c, c+d). */
export function signedRangeBytes(
  fileBytes: Buffer,
  [a, b, c, d]: DocumentTimestampInput['byteRange'],
): Buffer {
  return Buffer.concat([fileBytes.subarray(a, a + b), fileBytes.subarray(c, c + d)]);
}

const inside = (fileBytes: Buffer, [a, b, c, d]: DocumentTimestampInput['byteRange']) =>
  [a, b, c, d].every((n) => Number.isSafeInteger(n) && n >= 0) && a + b <= c && c + d <= fileBytes.length;

/**
 * The token inside /Contents: one BER element (its length read from its own header, so an
 * indefinite-length token keeps its end-of-contents zeros) followed by nothing but zero padding.
 * Other bytes would be unsigned data riding along, so they are refused. Null when unreadable.
 */
function tokenInContents(contents: Buffer, checks: Checks): Buffer | null {
  let end: number;
  try {
    end = readBerNode(contents).end;
  } catch (error) {
    checks.fail('timestamp-token', 'tsTokenUnreadable', { reason: (error as Error).message });
    return null;
  }
  if (contents.subarray(end).some((byte) => byte !== 0)) {
    checks.fail('timestamp-token', 'tsContentsTrailingData');
    return null;
  }
  return contents.subarray(0, end);
}

/**
 * A PDF document timestamp (/Type /DocTimeStamp, /SubFilter /ETSI.RFC3161, PAdES B-LTA): its
 * /Contents is a bare TimeStampToken whose imprint is the hash of the signed byte ranges, exactly
 * the bytes a signature would cover. Never throws on hostile input.
 */
export async function checkDocumentTimestamp(
  input: DocumentTimestampInput,
  options: TimestampVerifyOptions,
): Promise<TimestampVerification> {
  const checks = new Checks();
  const invalid = (): TimestampVerification => ({
    status: 'invalid',
    genTime: null,
    tsa: null,
    trusted: false,
    checks: checks.list,
  });
  if (!inside(input.fileBytes, input.byteRange)) {
    checks.fail('timestamp-byte-range', 'tsByteRangeOutsideFile', {
      range: input.byteRange.join(' '),
      size: input.fileBytes.length,
    });
    return invalid();
  }
  const token = tokenInContents(input.contents, checks);
  if (!token) return invalid();
  // PKI.js, which reads the token, loads only when a document has a timestamp.
  const { verifyTimestampToken } = await import('./verifyTimestampToken');
  const result = await verifyTimestampToken(
    token,
    signedRangeBytes(input.fileBytes, input.byteRange),
    options,
  );
  return { ...result, checks: [...checks.list, ...result.checks] };
}
