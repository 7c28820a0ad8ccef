import { createHash } from 'node:crypto';
import { DIGEST_BY_OID, OID } from './oids';
import type { BerNode } from './berReader';
import { berNodeOf, isUniversal, octetStringOf, oidOf, TAG } from './berNodeValues';
import { derEncodingOfNode } from './derCanonical';
import { issuerDerOf, serialDerOf } from './signerCertificate';
import type { CmsCertificate } from './signedDataTypes';

/** The first ESSCertID(v2) of an ESS signing-certificate attribute (RFC 2634 §5.4, RFC 5035). */
export interface EssCertId {
  hashAlgorithm: string;
  hash: Buffer;
  /** Directory names among the GeneralNames, and the serial, in DER; null when absent. */
  issuerSerial: { issuers: Buffer[]; serialNumber: Buffer } | null;
}

export type EssVersion = 'v1' | 'v2';

/** The elements inside, as the checks see them (end-of-contents markers left out). */
const childrenOf = (node: BerNode): BerNode[] => (node.constructed ? [...node.children] : []);

const isSequence = (node: BerNode | undefined): node is BerNode => isUniversal(node, TAG.sequence);

function readIssuerSerial(node: BerNode | undefined): EssCertId['issuerSerial'] {
  if (!isSequence(node)) return null;
  const [generalNames, serial] = childrenOf(node);
  if (!isSequence(generalNames) || !isUniversal(serial, TAG.integer)) throw new Error('IssuerSerial');
  const issuers = childrenOf(generalNames)
    .filter((name) => name.is(3, 4))
    .flatMap((name) => childrenOf(name).slice(0, 1).map(derEncodingOfNode));
  return { issuers, serialNumber: derEncodingOfNode(serial) };
}

/** Reads the first ESSCertID; null when the value does not have the structure it must have. */
export function readEssCertId(value: unknown, version: EssVersion): EssCertId | null {
  try {
    const node = berNodeOf(value);
    if (!node || !isSequence(node)) return null;
    const [certs] = childrenOf(node);
    const [first] = isSequence(certs) ? childrenOf(certs) : [];
    if (!isSequence(first)) return null;
    const parts = childrenOf(first);
    let hashAlgorithm: string = version === 'v1' ? OID.sha1 : OID.sha256;
    // ESSCertIDv2 starts with an AlgorithmIdentifier unless it is the DEFAULT SHA-256.
    if (version === 'v2' && isSequence(parts[0])) {
      const algorithm = oidOf(childrenOf(parts.shift() as BerNode)[0]);
      if (!algorithm) return null;
      hashAlgorithm = algorithm;
    }
    const hash = octetStringOf(parts[0]);
    if (!hash) return null;
    return { hashAlgorithm, hash, issuerSerial: readIssuerSerial(parts[1]) };
  } catch {
    return null;
  }
}

export type EssMatch = 'names-it' | 'names-another' | 'hash-refused';

/**
 * Whether an ESSCertID names `cert`: its hash over the certificate, and when it gives one, the
 * issuer and serial. Version 1 can only hash with SHA-1, which is why it is a weaker substitute.
 */
export function essCertIdMatch(id: EssCertId, version: EssVersion, cert: CmsCertificate): EssMatch {
  const hashName =
    version === 'v1' ? (id.hashAlgorithm === OID.sha1 ? 'sha1' : undefined) : DIGEST_BY_OID[id.hashAlgorithm];
  if (!hashName) return 'hash-refused';
  if (!createHash(hashName).update(cert.der).digest().equals(id.hash)) return 'names-another';
  if (!id.issuerSerial) return 'names-it';
  const issuer = issuerDerOf(cert);
  const serialOk = id.issuerSerial.serialNumber.equals(serialDerOf(cert));
  return serialOk && id.issuerSerial.issuers.some((name) => name.equals(issuer))
    ? 'names-it'
    : 'names-another';
}
