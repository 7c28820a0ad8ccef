import type { Handlers } from '../api/dispatch';
import { archiveAssessment } from './archiveAssessment';
import {
  createAssessment,
  getAssessment,
  importAssessment,
  listAssessments,
  saveAnswer,
  type AssessmentDeps,
} from './assessmentService';
import { assessmentSensitivity, evaluateAssessment } from './evaluateAssessment';
import { renameAssessment } from './renameAssessment';
import { planUpgrade, upgradeAssessment } from './upgradeAssessment';

type AssessmentOps =
  | 'assessment.create'
  | 'assessment.import'
  | 'assessment.list'
  | 'assessment.get'
  | 'assessment.evaluate'
  | 'assessment.sensitivity'
  | 'assessment.planUpgrade'
  | 'assessment.upgrade'
  | 'assessment.rename'
  | 'assessment.archive'
  | 'answers.save';

/** Assessments and their answers; `deps` opens onto the unlocked workspace at each call. */
export function assessmentOperations(deps: () => AssessmentDeps): Pick<Handlers, AssessmentOps> {
  return {
    'assessment.create': (input) => createAssessment(deps(), input),
    'assessment.import': ({ answers, ...input }) => importAssessment(deps(), input, answers),
    'assessment.list': () => listAssessments(deps()),
    'assessment.get': ({ id }) => getAssessment(deps(), id),
    'assessment.evaluate': ({ id }) => evaluateAssessment(deps(), id),
    'assessment.sensitivity': ({ id }) => assessmentSensitivity(deps(), id),
    'assessment.planUpgrade': ({ assessmentId, ...target }) => planUpgrade(deps(), assessmentId, target),
    'assessment.upgrade': ({ assessmentId, ...target }) => upgradeAssessment(deps(), assessmentId, target),
    'assessment.rename': (input) => renameAssessment(deps(), input),
    'assessment.archive': (input) => archiveAssessment(deps(), input),
    'answers.save': (input) => saveAnswer(deps(), input),
  };
}
