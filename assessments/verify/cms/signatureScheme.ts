import { constants, verify, type KeyObject } from 'node:crypto';
import { algorithmName, DIGEST_BY_OID, OID, type DigestName } from './oids';
import type { AlgorithmRef } from './signedDataTypes';

export type SignatureScheme =
  | { kind: 'rsa-pkcs1'; hash: DigestName }
  | { kind: 'rsa-pss'; hash: DigestName; saltLength: number }
  | { kind: 'ecdsa'; hash: DigestName };

export type SchemeProblem =
  | { problem: 'unsupported'; algorithm: string }
  | { problem: 'refused'; algorithm: string; digest: string }
  | { problem: 'pss-parameters' };

/** Algorithms that name their hash; the hash decides whether they are accepted. */
const HASH_OF: Record<string, { kind: 'rsa-pkcs1' | 'ecdsa'; hash: string }> = {
  [OID.md5WithRsa]: { kind: 'rsa-pkcs1', hash: OID.md5 },
  [OID.sha1WithRsa]: { kind: 'rsa-pkcs1', hash: OID.sha1 },
  [OID.sha224WithRsa]: { kind: 'rsa-pkcs1', hash: OID.sha224 },
  [OID.sha256WithRsa]: { kind: 'rsa-pkcs1', hash: OID.sha256 },
  [OID.sha384WithRsa]: { kind: 'rsa-pkcs1', hash: OID.sha384 },
  [OID.sha512WithRsa]: { kind: 'rsa-pkcs1', hash: OID.sha512 },
  [OID.ecdsaWithSha1]: { kind: 'ecdsa', hash: OID.sha1 },
  [OID.ecdsaWithSha224]: { kind: 'ecdsa', hash: OID.sha224 },
  [OID.ecdsaWithSha256]: { kind: 'ecdsa', hash: OID.sha256 },
  [OID.ecdsaWithSha384]: { kind: 'ecdsa', hash: OID.sha384 },
  [OID.ecdsaWithSha512]: { kind: 'ecdsa', hash: OID.sha512 },
};

/** Bare key algorithms CMS allows as signatureAlgorithm: the digest algorithm then names the hash. */
const KEY_ONLY: Record<string, 'rsa-pkcs1' | 'ecdsa'> = {
  [OID.rsaEncryption]: 'rsa-pkcs1',
  [OID.ecPublicKey]: 'ecdsa',
};

const ACCEPTED_CURVES: Record<string, string> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

/**
 * What a signatureAlgorithm other than RSASSA-PSS asks the verifier to do: RSASSA-PSS needs its
 * parameters read, which signatureAlgorithm.ts does with PKI.js (here it is 'unsupported'). `digest` is the hash a bare key
 * algorithm (rsaEncryption, id-ecPublicKey) is used with: the SignerInfo's digest algorithm, or
 * null where a bare key algorithm is not allowed (certificates, CRLs, OCSP responses).
 */
export function namedSignatureScheme(
  algorithm: AlgorithmRef,
  digest: DigestName | null,
): SignatureScheme | SchemeProblem {
  const oid = algorithm.algorithmId;
  const keyOnly = KEY_ONLY[oid];
  if (keyOnly) return digest ? { kind: keyOnly, hash: digest } : { problem: 'unsupported', algorithm: oid };
  const named = HASH_OF[oid];
  if (!named) return { problem: 'unsupported', algorithm: oid };
  const hash = DIGEST_BY_OID[named.hash];
  if (!hash) return { problem: 'refused', algorithm: oid, digest: algorithmName(named.hash) };
  return { kind: named.kind, hash };
}

export const isSchemeProblem = (value: SignatureScheme | SchemeProblem): value is SchemeProblem =>
  'problem' in value;

export type VerifyOutcome =
  | { outcome: 'valid' | 'invalid' }
  | { outcome: 'key-mismatch'; keyType: string }
  | { outcome: 'curve-refused'; curve: string };

function keyProblem(scheme: SignatureScheme, key: KeyObject): VerifyOutcome | null {
  const type = key.asymmetricKeyType ?? 'unknown';
  if (scheme.kind === 'ecdsa') {
    if (type !== 'ec') return { outcome: 'key-mismatch', keyType: type };
    const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    return ACCEPTED_CURVES[curve] ? null : { outcome: 'curve-refused', curve };
  }
  const fits = scheme.kind === 'rsa-pss' ? type === 'rsa' || type === 'rsa-pss' : type === 'rsa';
  return fits ? null : { outcome: 'key-mismatch', keyType: type };
}

/** Checks `signature` over `data` with node:crypto; never throws. */
export function verifyWithScheme(
  scheme: SignatureScheme,
  key: KeyObject,
  data: Uint8Array,
  signature: Uint8Array,
): VerifyOutcome {
  const problem = keyProblem(scheme, key);
  if (problem) return problem;
  try {
    const ok =
      scheme.kind === 'rsa-pss'
        ? verify(
            scheme.hash,
            data,
            { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: scheme.saltLength },
            signature,
          )
        : verify(scheme.hash, data, key, signature);
    return { outcome: ok ? 'valid' : 'invalid' };
  } catch {
    return { outcome: 'invalid' };
  }
}

/** How messages name the scheme that verified. */
export function schemeName(scheme: SignatureScheme): string {
  const hash = scheme.hash.toUpperCase().replace('SHA', 'SHA-');
  if (scheme.kind === 'rsa-pss') return `RSASSA-PSS with ${hash}`;
  return scheme.kind === 'ecdsa' ? `ECDSA with ${hash}` : `RSA PKCS#1 v1.5 with ${hash}`;
}
