/**
 * The empty signature fields a report reserves for its reviewers, in the order they are filled:
 * the report draws their frames, the assessor's certifying update creates them, countersigning
 * fills the first one still empty.
 */
export const REVIEWER_FIELDS = ['Reviewer1', 'Reviewer2'] as const;
export type ReviewerFieldName = (typeof REVIEWER_FIELDS)[number];

/**
 * The top band of each reviewer box that holds the report's printed label ("Reviewer 1 —
 * signature", 7.5 pt after a 5 pt inset): a countersignature's appearance draws below it, so the
 * label stays readable under the signed conclusion.
 */
export const REVIEWER_LABEL_BAND = 15;
