import { AlgorithmIdentifier, RSASSAPSSParams } from 'pkijs';
import { isBerNode } from './berReader';
import { readWholeBer } from './berValues';
import { DIGEST_BY_OID, OID, type DigestName } from './oids';
import { namedSignatureScheme, type SchemeProblem, type SignatureScheme } from './signatureScheme';
import type { AlgorithmRef } from './signedDataTypes';

export {
  isSchemeProblem,
  schemeName,
  verifyWithScheme,
  type SchemeProblem,
  type SignatureScheme,
  type VerifyOutcome,
} from './signatureScheme';

/** RSASSA-PSS with one SHA-2 hash for both the message and MGF1, and the standard trailer. */
function pssScheme(algorithm: AlgorithmRef): SignatureScheme | SchemeProblem {
  let params: RSASSAPSSParams;
  try {
    // Parameters the lean reader read are handed to PKI.js as asn1js reads the same bytes.
    const schema = isBerNode(algorithm.algorithmParams)
      ? readWholeBer(algorithm.algorithmParams.raw())
      : algorithm.algorithmParams;
    params = new RSASSAPSSParams({ schema });
  } catch {
    return { problem: 'pss-parameters' };
  }
  const hash = DIGEST_BY_OID[params.hashAlgorithm.algorithmId];
  if (!hash) return { problem: 'pss-parameters' };
  let mgfHash: string | undefined;
  try {
    if (params.maskGenAlgorithm.algorithmId === OID.mgf1)
      mgfHash = new AlgorithmIdentifier({ schema: params.maskGenAlgorithm.algorithmParams }).algorithmId;
  } catch {
    mgfHash = undefined;
  }
  if (mgfHash !== params.hashAlgorithm.algorithmId || params.trailerField !== 1)
    return { problem: 'pss-parameters' };
  return { kind: 'rsa-pss', hash, saltLength: params.saltLength };
}

/**
 * What a signatureAlgorithm asks the verifier to do. `digest` is the hash a bare key algorithm
 * (rsaEncryption, id-ecPublicKey) is used with: the SignerInfo's digest algorithm, or null where
 * a bare key algorithm is not allowed (certificates, CRLs, OCSP responses).
 */
export function signatureSchemeOf(
  algorithm: AlgorithmRef,
  digest: DigestName | null,
): SignatureScheme | SchemeProblem {
  if (algorithm.algorithmId === OID.rsassaPss) return pssScheme(algorithm);
  return namedSignatureScheme(algorithm, digest);
}
