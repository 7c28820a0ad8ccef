import type { OperationOutput } from '../../../assessments/api/contract';

type Status = OperationOutput<'assessment.get'>['assessment']['status'];
type Decision = OperationOutput<'decision.get'>;

export interface ChecklistSteps {
  review: 'done' | 'todo' | 'attention';
  sign: 'done' | 'todo' | 'waiting';
  verify: 'todo' | 'waiting';
}
export type StepState = ChecklistSteps[keyof ChecklistSteps];

/**
 * Where the assessment stands on the way to a report a regulator can check. Signing counts only
 * for the decision on record: once answers outrun it, the report signed earlier no longer speaks
 * for the assessment. Verifying happens in the verifier, on the PDF file, so nothing records it:
 * the step is offered as soon as there is a signed report to check.
 */
export function checklistSteps(status: Status, decision: Decision): ChecklistSteps {
  const review = decision === null ? 'todo' : decision.staleSince !== null ? 'attention' : 'done';
  const sign = review !== 'done' ? 'waiting' : status === 'signed' ? 'done' : 'todo';
  return { review, sign, verify: sign === 'done' ? 'todo' : 'waiting' };
}
