import { checkByteRange, cmsBytes, regularHex } from './byteRange';
import { Checks } from './checks';
import { verifyCms, type SignatureCheckOptions } from './cmsChecks';
import { CmsFormatError } from './cms/cmsFormatError';
import { readSignedData } from './cms/readSignedData';
import { parsePdfDate } from './pdfDate';
import { decodeTextString } from './pdf/embeddedFiles';
import type { SignatureCandidate } from './pdf/pdfDocument';
import { isName, isString } from './pdf/pdfValues';
import type { SignatureVerification } from './verificationSchema';

export type { SignatureCheckOptions };

const SUPPORTED_SUBFILTERS = ['ETSI.CAdES.detached', 'adbe.pkcs7.detached'];

/** Every check of one signature dictionary; never rejects on hostile input. */
export async function checkSignature(
  bytes: Buffer,
  candidate: SignatureCandidate,
  index: number,
  options: SignatureCheckOptions,
): Promise<SignatureVerification> {
  const checks = new Checks();
  const subFilterValue = candidate.dict.entries.get('SubFilter');
  const subFilter = isName(subFilterValue) ? subFilterValue.name : null;
  const mValue = candidate.dict.entries.get('M');
  const claimedTime = isString(mValue) ? parsePdfDate(mValue.bytes.toString('latin1')) : undefined;
  const reasonValue = candidate.dict.entries.get('Reason');
  const reason = isString(reasonValue) ? decodeTextString(reasonValue.bytes) : null;
  const result: SignatureVerification = {
    index,
    objectNumber: candidate.num,
    kind: 'signature',
    role: options.role === 'first' ? 'assessor' : 'countersigner',
    subFilter,
    byteRange: null,
    revision: null,
    bytesAfterSignedRange: null,
    signingTime: claimedTime?.toISOString() ?? null,
    provenTime: null,
    timestampAuthority: null,
    signer: null,
    certification: null,
    trusted: false,
    status: 'invalid',
    conclusion: null,
    checks: checks.list,
  };
  if (!subFilter || !SUPPORTED_SUBFILTERS.includes(subFilter)) {
    checks.fail('sub-filter', 'sigSubFilterUnsupported', { subFilter: subFilter ?? '(missing)' });
    return result;
  }
  if (subFilter === 'ETSI.CAdES.detached') checks.pass('sub-filter', 'sigSubFilterPades');
  else checks.warn('sub-filter', 'sigSubFilterLegacy');

  const range = checkByteRange(bytes, candidate, checks);
  if (!range) return result;
  result.byteRange = [...range.ranges];
  result.bytesAfterSignedRange = bytes.length - (range.ranges[2] + range.ranges[3]);

  if (!regularHex(bytes, range.ranges)) {
    checks.fail('byte-range', 'sigContentsNotRegularHex');
    return result;
  }
  let indeterminate = false;
  try {
    const cms = await readSignedData(cmsBytes(range.contents));
    const outcome = await verifyCms(bytes, range, cms, checks, result, options, claimedTime);
    indeterminate = outcome.indeterminate;
    // A conclusion is what the signer committed to under the signature; /Reason says it in words.
    if (outcome.commitment !== null) result.conclusion = { commitment: outcome.commitment, reason };
  } catch (error) {
    if (error instanceof CmsFormatError) checks.fail('cms', error.key, error.params);
    else
      checks.fail('cms', 'sigCmsUnreadable', {
        reason: error instanceof Error ? error.message : String(error),
      });
  }
  if (!checks.failed)
    result.status = indeterminate ? 'indeterminate' : result.trusted ? 'valid' : 'valid-untrusted';
  return result;
}
