import * as asn1js from 'asn1js';
import { COMMITMENT_OID } from '../verify/cms/commitmentType';

/** The two conclusions a reviewer can record when countersigning a report. */
export type ReviewConclusion = 'concur' | 'do-not-concur';

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
