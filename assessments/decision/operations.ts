import type { Handlers } from '../api/dispatch';
import type { AssessmentDeps } from '../assessment/assessmentService';
import { getDecision, recordDecision } from './decisionService';

export function decisionOperations(
  deps: () => AssessmentDeps,
): Pick<Handlers, 'decision.record' | 'decision.get'> {
  return {
    'decision.record': (input) => recordDecision(deps(), input),
    'decision.get': ({ assessmentId }) => getDecision(deps(), assessmentId),
  };
}
