import {
  createAssessment,
  getAssessment,
  listAssessments,
  saveAnswer,
} from '../assessment/assessmentService';
import { verifyAuditChain } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import type { WorkspaceSession } from '../workspace/session';
import { verifyWorkspace } from '../workspace/verifyWorkspace';
import type { Dialogs } from './dialogs';
import type { Handlers } from './dispatch';

export interface Services {
  session: WorkspaceSession;
  dialogs: Dialogs;
  clock: Clock;
}

/** Binds every contract operation to the domain; the only place the two meet. */
export function createHandlers({ session, dialogs, clock }: Services): Handlers {
  return {
    'workspace.status': () => session.status(),
    'workspace.create': ({ passphrase, assessorName }) => session.create(passphrase, assessorName),
    'workspace.unlock': ({ passphrase }) => session.unlock(passphrase),
    'workspace.lock': () => session.lock(),
    'workspace.changePassphrase': ({ current, next }) => session.changePassphrase(current, next),
    'workspace.verify': () => verifyWorkspace(session),
    'audit.verify': () => verifyAuditChain(session.require().db),
    'assessment.create': (input) => createAssessment(session.require(), clock, input),
    'assessment.list': () => listAssessments(session.require()),
    'assessment.get': ({ id }) => getAssessment(session.require(), id),
    'answers.save': (input) => saveAnswer(session.require(), clock, input),
    'dialogs.pickFiles': (input) => dialogs.pickFiles(input),
    'dialogs.saveFile': (input) => dialogs.saveFile(input),
  };
}
