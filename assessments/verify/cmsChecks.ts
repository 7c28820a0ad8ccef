import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { certificateIds } from '../signing/certificateFields';
import { DIGEST_BY_OID, OID } from '../signing/oids';
import { digestOf, type ByteRange, type Checks } from './byteRange';
import { chainToAnchor, fingerprintHex } from './certificateTrust';
import {
  attributeOctets,
  attributeOid,
  attributeTime,
  type ParsedSignedData,
  type ParsedSignerInfo,
  signingCertificateV2,
} from './cmsSignedData';
import type { SignatureVerification } from './verificationSchema';

const ECDSA_DIGESTS: Record<string, string> = {
  [OID.ecdsaWithSha256]: 'sha256',
  [OID.ecdsaWithSha384]: 'sha384',
  [OID.ecdsaWithSha512]: 'sha512',
};
const RSA_DIGESTS: Record<string, string> = {
  [OID.rsaEncryption]: '',
  [OID.sha256WithRsa]: 'sha256',
  [OID.sha384WithRsa]: 'sha384',
  [OID.sha512WithRsa]: 'sha512',
};

interface SignerCertificate {
  der: Buffer;
  x509: X509Certificate;
}

export interface SignatureCheckOptions {
  anchors: readonly X509Certificate[];
  now: Date;
}

function findSigner(info: ParsedSignerInfo, certs: SignerCertificate[]): SignerCertificate | undefined {
  return certs.find(({ der, x509 }) => {
    if ('keyId' in info.sid) return false;
    try {
      const ids = certificateIds(der);
      return ids.issuer.equals(info.sid.issuer) && ids.serial.equals(info.sid.serial) && x509 !== undefined;
    } catch {
      return false;
    }
  });
}

function checkDigest(
  bytes: Buffer,
  range: ByteRange,
  info: ParsedSignerInfo,
  digestName: string,
  checks: Checks,
) {
  const expected = attributeOctets(info, OID.messageDigest);
  const actual = digestOf(bytes, range.ranges, digestName);
  if (!expected) checks.fail('digest', 'The signed attributes carry no message digest.');
  else if (!expected.equals(actual))
    checks.fail(
      'digest',
      'The document digest does not match the signed digest: the signed bytes were changed.',
    );
  else
    checks.pass(
      'digest',
      `The ${digestName.toUpperCase()} digest of the signed bytes matches the signature.`,
    );
  if (attributeOid(info, OID.contentType) !== OID.data)
    checks.fail('cms', 'The content-type signed attribute is missing or not id-data.');
}

function checkSignatureValue(
  info: ParsedSignerInfo,
  signedAttributes: Buffer,
  digestName: string,
  x509: X509Certificate,
  checks: Checks,
): boolean {
  const ecdsaDigest = ECDSA_DIGESTS[info.signatureAlgorithm];
  const rsaDigest = RSA_DIGESTS[info.signatureAlgorithm];
  if (ecdsaDigest === undefined && rsaDigest === undefined) {
    checks.fail('signature', `Signature algorithm ${info.signatureAlgorithm} is not supported.`);
    return false;
  }
  let ok: boolean;
  try {
    ok = verifySignature(
      ecdsaDigest || rsaDigest || digestName,
      signedAttributes,
      x509.publicKey,
      info.signature,
    );
  } catch {
    ok = false;
  }
  if (ok) checks.pass('signature', 'The cryptographic signature over the signed attributes is valid.');
  else checks.fail('signature', "The cryptographic signature does not verify with the signer's public key.");
  return ok;
}

/** signing-certificate-v2 must name exactly this certificate (hash, and issuer/serial if given). */
function checkSigningCertificate(info: ParsedSignerInfo, signer: SignerCertificate, checks: Checks): void {
  const essCert = signingCertificateV2(info);
  if (!essCert) {
    checks.fail(
      'signing-certificate',
      'The signing-certificate-v2 attribute is missing (required by PAdES).',
    );
    return;
  }
  const hashName = DIGEST_BY_OID[essCert.hashAlgorithm];
  const matches =
    hashName !== undefined && createHash(hashName).update(signer.der).digest().equals(essCert.hash);
  const ids = certificateIds(signer.der);
  const serialOk =
    !essCert.issuerSerial ||
    (essCert.issuerSerial.issuer.equals(ids.issuer) && essCert.issuerSerial.serial.equals(ids.serial));
  if (matches && serialOk)
    checks.pass('signing-certificate', 'The signing-certificate-v2 attribute names this certificate.');
  else
    checks.fail('signing-certificate', 'The signing-certificate-v2 attribute names a different certificate.');
}

/** Validity at the claimed time (/M, else a CMS signing-time, else now). */
function checkValidity(
  info: ParsedSignerInfo,
  x509: X509Certificate,
  claimedTime: Date | undefined,
  now: Date,
  checks: Checks,
): void {
  let cmsTime: Date | undefined;
  try {
    cmsTime = attributeTime(info, OID.signingTime);
  } catch {
    cmsTime = undefined;
  }
  const at = claimedTime ?? cmsTime;
  const when = at ?? now;
  const from = new Date(x509.validFrom);
  const to = new Date(x509.validTo);
  const label = at ? 'the claimed signing time' : 'the time of verification';
  if (when < from || when > to) {
    checks.fail(
      'certificate-validity',
      `The certificate was not valid at ${label} ${when.toISOString()} (valid ${from.toISOString()} to ${to.toISOString()}).`,
    );
  } else checks.pass('certificate-validity', `The certificate was valid at ${label} ${when.toISOString()}.`);
}

function checkTrust(
  x509: X509Certificate,
  certs: SignerCertificate[],
  anchors: readonly X509Certificate[],
  checks: Checks,
): boolean {
  const chain = chainToAnchor(
    x509,
    certs.map((c) => c.x509),
    anchors,
  );
  if (chain) {
    const names = chain.map(
      (subject) => subject.split('\n').find((line) => line.startsWith('CN=')) ?? subject,
    );
    checks.pass('trust', `The signer chains to a trust anchor: ${names.join(' → ')}.`);
    return true;
  }
  checks.warn(
    'trust',
    anchors.length === 0
      ? 'No trust anchors were given, so who signed cannot be confirmed.'
      : 'The signer does not chain to any of the given trust anchors.',
  );
  return false;
}

/** Every CMS-level check of one signature; fills in the signer and whether it is trusted. */
export function verifyCms(
  bytes: Buffer,
  range: ByteRange,
  cms: ParsedSignedData,
  checks: Checks,
  result: SignatureVerification,
  options: SignatureCheckOptions,
  claimedTime: Date | undefined,
): void {
  if (!cms.detached) checks.fail('cms', 'The CMS signature is not detached (it embeds content).');
  const [info] = cms.signerInfos;
  if (!info || cms.signerInfos.length !== 1) {
    checks.fail('cms', `The CMS signature has ${cms.signerInfos.length} signers; exactly one is expected.`);
    return;
  }
  const digestName = DIGEST_BY_OID[info.digestAlgorithm];
  if (!digestName) {
    checks.fail(
      'digest',
      `Digest algorithm ${info.digestAlgorithm} is not accepted (SHA-256, -384 or -512 required).`,
    );
    return;
  }
  if (!info.signedAttributesDer) {
    checks.fail('cms', 'The CMS signature has no signed attributes.');
    return;
  }
  checkDigest(bytes, range, info, digestName, checks);
  const certs = cms.certificates.flatMap((der) => {
    try {
      return [{ der, x509: new X509Certificate(der) }];
    } catch {
      return [];
    }
  });
  const signer = findSigner(info, certs);
  if (!signer) {
    checks.fail(
      'certificate',
      'keyId' in info.sid
        ? 'The signer is identified by key identifier, which is not supported; issuer and serial are required.'
        : 'The signer certificate is not included in the signature.',
    );
    return;
  }
  const { x509 } = signer;
  result.signer = {
    subject: x509.subject,
    issuer: x509.issuer,
    fingerprint: fingerprintHex(x509),
    serialNumber: x509.serialNumber,
    notBefore: new Date(x509.validFrom).toISOString(),
    notAfter: new Date(x509.validTo).toISOString(),
    selfSigned: x509.subject === x509.issuer,
  };
  const signatureOk = checkSignatureValue(info, info.signedAttributesDer, digestName, x509, checks);
  checkSigningCertificate(info, signer, checks);
  checkValidity(info, x509, claimedTime, options.now, checks);
  result.trusted = checkTrust(x509, certs, options.anchors, checks) && signatureOk;
}
