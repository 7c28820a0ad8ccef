import * as asn1js from 'asn1js';

/** The two conclusions a reviewer can record when countersigning a report. */
export type ReviewConclusion = 'concur' | 'do-not-concur';

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

/** The qualifier text of a "do not concur" countersignature. */
export const DO_NOT_CONCUR_QUALIFIER = 'do-not-concur';

/**
 * The value of a commitment-type-indication attribute for a reviewer's conclusion. Concurring is
 * ETSI's proofOfApproval. ETSI defines no "disapproval", so not concurring is proofOfCreation (the
 * reviewer made this signed statement, no more) with an Assay qualifier saying "do-not-concur":
 * a tool that knows only the ETSI types never reads it as an approval, and ours reads the intent.
 */
export function commitmentTypeIndication(conclusion: ReviewConclusion): asn1js.Sequence {
  if (conclusion === 'concur')
    return new asn1js.Sequence({
      value: [new asn1js.ObjectIdentifier({ value: COMMITMENT_OID.proofOfApproval })],
    });
  const qualifier = new asn1js.Sequence({
    value: [
      new asn1js.ObjectIdentifier({ value: COMMITMENT_OID.assayReviewConclusion }),
      new asn1js.Utf8String({ value: DO_NOT_CONCUR_QUALIFIER }),
    ],
  });
  return new asn1js.Sequence({
    value: [
      new asn1js.ObjectIdentifier({ value: COMMITMENT_OID.proofOfCreation }),
      new asn1js.Sequence({ value: [qualifier] }),
    ],
  });
}
