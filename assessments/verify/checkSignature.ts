import { checkByteRange, Checks, cmsBytes, regularHex } from './byteRange';
import { verifyCms, type SignatureCheckOptions } from './cmsChecks';
import { parseSignedData } from './cmsSignedData';
import { parsePdfDate } from './pdfDate';
import type { SignatureCandidate } from './pdf/pdfDocument';
import { isName, isString } from './pdf/pdfValues';
import type { SignatureVerification } from './verificationSchema';

export type { SignatureCheckOptions };

const SUPPORTED_SUBFILTERS = ['ETSI.CAdES.detached', 'adbe.pkcs7.detached'];

/** Every check of one signature dictionary; never throws on hostile input. */
export function checkSignature(
  bytes: Buffer,
  candidate: SignatureCandidate,
  index: number,
  options: SignatureCheckOptions,
): SignatureVerification {
  const checks = new Checks();
  const subFilterValue = candidate.dict.entries.get('SubFilter');
  const subFilter = isName(subFilterValue) ? subFilterValue.name : null;
  const mValue = candidate.dict.entries.get('M');
  const claimedTime = isString(mValue) ? parsePdfDate(mValue.bytes.toString('latin1')) : undefined;
  const result: SignatureVerification = {
    index,
    objectNumber: candidate.num,
    subFilter,
    byteRange: null,
    bytesAfterSignedRange: null,
    signingTime: claimedTime?.toISOString() ?? null,
    signer: null,
    trusted: false,
    status: 'invalid',
    checks: checks.list,
  };
  if (!subFilter || !SUPPORTED_SUBFILTERS.includes(subFilter)) {
    checks.fail('sub-filter', `Unsupported signature format /SubFilter ${subFilter ?? '(missing)'}.`);
    return result;
  }
  if (subFilter === 'ETSI.CAdES.detached')
    checks.pass('sub-filter', 'PAdES signature (ETSI.CAdES.detached).');
  else checks.warn('sub-filter', 'Legacy PDF signature (adbe.pkcs7.detached), not PAdES.');

  const range = checkByteRange(bytes, candidate, checks);
  if (!range) return result;
  result.byteRange = [...range.ranges];
  result.bytesAfterSignedRange = bytes.length - (range.ranges[2] + range.ranges[3]);

  if (!regularHex(bytes, range.ranges)) {
    checks.fail('byte-range', '/Contents is not plain hexadecimal in one letter case.');
    return result;
  }
  try {
    const cms = parseSignedData(cmsBytes(range.contents));
    verifyCms(bytes, range, cms, checks, result, options, claimedTime);
  } catch (error) {
    checks.fail('cms', `The signature data is not a readable CMS SignedData: ${(error as Error).message}.`);
  }
  if (!checks.failed) result.status = result.trusted ? 'valid' : 'valid-untrusted';
  return result;
}
