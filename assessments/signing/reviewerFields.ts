/**
 * The empty signature fields a report reserves for its reviewers, in the order they are filled:
 * the report draws their frames, the assessor's certifying update creates them, countersigning
 * fills the first one still empty.
 */
export const REVIEWER_FIELDS = ['Reviewer1', 'Reviewer2'] as const;
export type ReviewerFieldName = (typeof REVIEWER_FIELDS)[number];
