import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { certificateIds } from '../signing/certificateFields';
import { DerError, readNode } from '../signing/der';
import { DIGEST_BY_OID, OID } from '../signing/oids';
import { chainToAnchor, fingerprintHex } from './certificateTrust';
import {
  attributeOctets,
  attributeOid,
  attributeTime,
  parseSignedData,
  signingCertificateV2,
  type ParsedSignerInfo,
} from './cmsSignedData';
import { parsePdfDate } from './pdfDate';
import type { SignatureCandidate } from './pdf/pdfDocument';
import { isArray, isName, isString } from './pdf/pdfValues';
import type { SignatureVerification, VerificationCheck } from './verificationSchema';

const SUPPORTED_SUBFILTERS = ['ETSI.CAdES.detached', 'adbe.pkcs7.detached'];
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

class Checks {
  readonly list: VerificationCheck[] = [];
  pass(id: string, message: string) {
    this.list.push({ id, status: 'pass', message });
  }
  fail(id: string, message: string) {
    this.list.push({ id, status: 'fail', message });
  }
  warn(id: string, message: string) {
    this.list.push({ id, status: 'warn', message });
  }
  get failed() {
    return this.list.some((check) => check.status === 'fail');
  }
}

interface ByteRange {
  ranges: [number, number, number, number];
  contents: Buffer;
}

/** The ByteRange must be four integers covering [0, end) except exactly this dictionary's /Contents. */
function checkByteRange(bytes: Buffer, candidate: SignatureCandidate, checks: Checks): ByteRange | null {
  const range = candidate.dict.entries.get('ByteRange');
  const contents = candidate.dict.entries.get('Contents');
  if (
    !isArray(range) ||
    range.items.length !== 4 ||
    !range.items.every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0)
  ) {
    checks.fail('byte-range', '/ByteRange is not four non-negative integers.');
    return null;
  }
  const [a, b, c, d] = range.items as [number, number, number, number];
  if (!isString(contents) || !contents.hex) {
    checks.fail('byte-range', '/Contents is not a hexadecimal string.');
    return null;
  }
  if (a !== 0) {
    checks.fail('byte-range', `The signed range starts at byte ${a}, not at the beginning of the file.`);
    return null;
  }
  if (!(b > 0 && c > b && c + d <= bytes.length)) {
    checks.fail(
      'byte-range',
      `/ByteRange [${a} ${b} ${c} ${d}] points outside the file (${bytes.length} bytes) or overlaps itself.`,
    );
    return null;
  }
  if (contents.start !== b || contents.end !== c) {
    checks.fail(
      'byte-range',
      `The unsigned gap [${b}, ${c}) is not exactly this signature's /Contents (bytes ${contents.start}–${contents.end}).`,
    );
    return null;
  }
  const tail = bytes.toString('latin1', Math.max(c, c + d - 16), c + d);
  if (!/%%EOF\s*$/.test(tail)) {
    checks.fail('byte-range', 'The signed range does not end at the end of a file revision (%%EOF).');
    return null;
  }
  const after = bytes.length - (c + d);
  checks.pass(
    'byte-range',
    `The signature covers bytes 0–${c + d} except its own /Contents${after > 0 ? `; ${after} byte(s) follow it` : ', to the end of the file'}.`,
  );
  return { ranges: [a, b, c, d], contents: contents.bytes };
}

function digestOf(bytes: Buffer, [, b, c, d]: ByteRange['ranges'], algorithm: string): Buffer {
  return createHash(algorithm)
    .update(bytes.subarray(0, b))
    .update(bytes.subarray(c, c + d))
    .digest();
}

function findSigner(info: ParsedSignerInfo, certs: { der: Buffer; x509: X509Certificate }[]) {
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

/**
 * The CMS DER followed only by the placeholder's zero padding. Anything else in /Contents is
 * unsigned data riding along, so it is refused rather than ignored.
 */
function cmsBytes(contents: Buffer): Buffer {
  const end = readNode(contents).end;
  if (contents.subarray(end).some((byte) => byte !== 0)) {
    throw new DerError('non-zero bytes follow the CMS structure inside /Contents');
  }
  return contents.subarray(0, end);
}

/** /Contents must be plain hex in one letter case, so no two encodings of it verify the same. */
function regularHex(bytes: Buffer, [, b, c]: ByteRange['ranges']): boolean {
  const hex = bytes.toString('latin1', b + 1, c - 1);
  return /^[0-9a-f]*$/.test(hex) || /^[0-9A-F]*$/.test(hex);
}

export interface SignatureCheckOptions {
  anchors: readonly X509Certificate[];
  now: Date;
}

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

function verifyCms(
  bytes: Buffer,
  range: ByteRange,
  cms: ReturnType<typeof parseSignedData>,
  checks: Checks,
  result: SignatureVerification,
  options: SignatureCheckOptions,
  claimedTime: Date | undefined,
): void {
  if (!cms.detached) checks.fail('cms', 'The CMS signature is not detached (it embeds content).');
  if (cms.signerInfos.length !== 1) {
    checks.fail('cms', `The CMS signature has ${cms.signerInfos.length} signers; exactly one is expected.`);
    return;
  }
  const info = cms.signerInfos[0] as ParsedSignerInfo;
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

  const certs = cms.certificates.flatMap((der) => {
    try {
      return [{ der, x509: new X509Certificate(der) }];
    } catch {
      return [];
    }
  });
  const signer = findSigner(info, certs);
  if (!signer) {
    checks.fail('certificate', 'The signer certificate is not included in the signature.');
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

  const ecdsaDigest = ECDSA_DIGESTS[info.signatureAlgorithm];
  const rsaDigest = RSA_DIGESTS[info.signatureAlgorithm];
  let signatureOk = false;
  if (ecdsaDigest === undefined && rsaDigest === undefined) {
    checks.fail('signature', `Signature algorithm ${info.signatureAlgorithm} is not supported.`);
  } else {
    try {
      signatureOk = verifySignature(
        ecdsaDigest || rsaDigest || digestName,
        info.signedAttributesDer,
        x509.publicKey,
        info.signature,
      );
    } catch {
      signatureOk = false;
    }
    if (signatureOk)
      checks.pass('signature', 'The cryptographic signature over the signed attributes is valid.');
    else
      checks.fail('signature', "The cryptographic signature does not verify with the signer's public key.");
  }

  const essCert = signingCertificateV2(info);
  if (!essCert)
    checks.fail(
      'signing-certificate',
      'The signing-certificate-v2 attribute is missing (required by PAdES).',
    );
  else {
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
      checks.fail(
        'signing-certificate',
        'The signing-certificate-v2 attribute names a different certificate.',
      );
  }

  const cmsTime = (() => {
    try {
      return attributeTime(info, OID.signingTime);
    } catch {
      return undefined;
    }
  })();
  const at = claimedTime ?? cmsTime;
  const when = at ?? options.now;
  const from = new Date(x509.validFrom);
  const to = new Date(x509.validTo);
  if (when < from || when > to) {
    checks.fail(
      'certificate-validity',
      `The certificate was not valid at ${at ? 'the claimed signing time' : 'the time of verification'} ${when.toISOString()} (valid ${from.toISOString()} to ${to.toISOString()}).`,
    );
  } else {
    checks.pass(
      'certificate-validity',
      `The certificate was valid at ${at ? 'the claimed signing time' : 'verification time'} ${when.toISOString()}.`,
    );
  }

  const chain = chainToAnchor(
    x509,
    certs.map((c) => c.x509),
    options.anchors,
  );
  result.trusted = chain !== null && signatureOk;
  if (chain)
    checks.pass(
      'trust',
      `The signer chains to a trust anchor: ${chain.map((s) => s.split('\n').find((l) => l.startsWith('CN=')) ?? s).join(' → ')}.`,
    );
  else
    checks.warn(
      'trust',
      options.anchors.length === 0
        ? 'No trust anchors were given, so who signed cannot be confirmed.'
        : 'The signer does not chain to any of the given trust anchors.',
    );
}
