import { CmsFormatError } from './cms/cmsFormatError';
import { algorithmName, OID } from './cms/oids';
import type { Checks } from './checks';
import { essCertIdMatch, readEssCertId, type EssVersion } from './cms/essSigningCertificate';
import type { CmsAttribute, CmsCertificate } from './cms/signedDataTypes';
import { singleValue } from './cms/signedAttributes';

/** Which signature of the document this is: PAdES tools must add signing-certificate-v2 to the first. */
export type SignatureRole = 'first' | 'later';

const ATTRIBUTE_NAME: Record<EssVersion, string> = {
  v1: 'signing-certificate',
  v2: 'signing-certificate-v2',
};

/** Records a failure unless the attribute names `signer`; returns whether it does. */
function namesSigner(version: EssVersion, value: unknown, signer: CmsCertificate, checks: Checks): boolean {
  const attribute = ATTRIBUTE_NAME[version];
  const id = readEssCertId(value, version);
  if (!id) {
    checks.fail('signing-certificate', 'sigSigningCertificateUnreadable', { attribute });
    return false;
  }
  const match = essCertIdMatch(id, version, signer);
  if (match === 'hash-refused')
    checks.fail('signing-certificate', 'sigSigningCertificateHashRefused', {
      algorithm: algorithmName(id.hashAlgorithm),
    });
  else if (match === 'names-another')
    checks.fail('signing-certificate', 'sigSigningCertificateMismatch', { attribute });
  return match === 'names-it';
}

/**
 * ESS signing-certificate-v2 (RFC 5035) binds the signature to exactly this certificate, so it
 * cannot be swapped for another one with the same key. The SHA-1 version 1 stands in with a
 * warning; neither is a failure only for a later signature, which another tool may have added.
 */
export function checkSigningCertificate(
  byType: ReadonlyMap<string, CmsAttribute>,
  signer: CmsCertificate,
  role: SignatureRole,
  checks: Checks,
): void {
  let v2Value: unknown;
  let v1Value: unknown;
  try {
    v2Value = singleValue(byType, OID.signingCertificateV2);
    v1Value = singleValue(byType, OID.signingCertificate);
  } catch (error) {
    if (!(error instanceof CmsFormatError)) throw error;
    checks.fail('signing-certificate', error.key, error.params);
    return;
  }
  const [v2, v1] = [v2Value !== undefined, v1Value !== undefined];
  if (v2) {
    const v2Ok = namesSigner('v2', v2Value, signer, checks);
    // A version 1 beside it must not name someone else either.
    const v1Ok = !v1 || namesSigner('v1', v1Value, signer, checks);
    if (v2Ok && v1Ok) checks.pass('signing-certificate', 'sigSigningCertificateMatches');
    return;
  }
  if (v1) {
    if (namesSigner('v1', v1Value, signer, checks))
      checks.warn('signing-certificate', 'sigSigningCertificateV1Only');
    return;
  }
  if (role === 'first') checks.fail('signing-certificate', 'sigSigningCertificateMissing');
  else checks.warn('signing-certificate', 'sigSigningCertificateMissingLater');
}
