import { berNodeOf, isUniversal, oidOf, TAG } from './berNodeValues';
import { CmsFormatError } from './cmsFormatError';
import { singleValue } from './signedAttributes';
import type { CmsAttribute } from './signedDataTypes';

export const COMMITMENT_OID = {
  /** id-aa-ets-commitmentType (RFC 5126 §5.11.1, ETSI EN 319 122-1 §5.2.3). */
  commitmentTypeIndication: '1.2.840.113549.1.9.16.2.16',
  proofOfOrigin: '1.2.840.113549.1.9.16.6.1',
  proofOfReceipt: '1.2.840.113549.1.9.16.6.2',
  proofOfDelivery: '1.2.840.113549.1.9.16.6.3',
  proofOfSender: '1.2.840.113549.1.9.16.6.4',
  proofOfApproval: '1.2.840.113549.1.9.16.6.5',
  proofOfCreation: '1.2.840.113549.1.9.16.6.6',
  /**
   * The qualifier that says what a reviewer concluded. No registered arc is Assay's, so the
   * identifier is a UUID-derived OID (ITU-T X.667, arc 2.25), unique without registration; its
   * value is a UTF8String, "do-not-concur".
   */
  assayReviewConclusion: '2.25.74028148155613033711872831176236949414',
} as const;

/** ETSI commitment types by OID, named as the verification result names them. */
const COMMITMENT_NAMES: Record<string, string> = {
  [COMMITMENT_OID.proofOfOrigin]: 'origin',
  [COMMITMENT_OID.proofOfReceipt]: 'receipt',
  [COMMITMENT_OID.proofOfDelivery]: 'delivery',
  [COMMITMENT_OID.proofOfSender]: 'sender',
  [COMMITMENT_OID.proofOfApproval]: 'approval',
  [COMMITMENT_OID.proofOfCreation]: 'creation',
};

/**
 * The signer's commitment type from the signed commitment-type-indication attribute (RFC 5126
 * §5.11.1): 'approval', 'creation', another ETSI type's name, or the OID of any other type; null
 * when the signature states none. Qualifiers are not interpreted: the /Reason says the same in words.
 * Throws CmsFormatError when the attribute is there but not a CommitmentTypeIndication.
 */
export function commitmentTypeOf(byType: ReadonlyMap<string, CmsAttribute>): string | null {
  const value = singleValue(byType, COMMITMENT_OID.commitmentTypeIndication);
  if (value === undefined) return null;
  const node = berNodeOf(value);
  // A SEQUENCE's first element as asn1js reads one, in either form.
  const first = node && isUniversal(node, TAG.sequence) ? node.elements[0] : undefined;
  const oid = oidOf(first);
  if (oid === null) throw new CmsFormatError('sigCommitmentTypeUnreadable', {});
  return COMMITMENT_NAMES[oid] ?? oid;
}
