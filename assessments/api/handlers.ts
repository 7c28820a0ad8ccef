import {
  createAssessment,
  getAssessment,
  importAssessment,
  listAssessments,
  saveAnswer,
} from '../assessment/assessmentService';
import { archiveAssessment } from '../assessment/archiveAssessment';
import { assessmentSensitivity, evaluateAssessment } from '../assessment/evaluateAssessment';
import { renameAssessment } from '../assessment/renameAssessment';
import { planUpgrade, upgradeAssessment } from '../assessment/upgradeAssessment';
import { verifyAuditChain } from '../audit/auditLog';
import { getDecision, recordDecision } from '../decision/decisionService';
import { getWorkspaceSettings, setWorkspaceSettings } from '../settings/settingsService';
import type { Clock } from '../shared/clock';
import type { TemplateBundle } from '../templates/loadTemplate';
import { PinnedTemplates } from '../templates/pinnedTemplates';
import type { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';
import { verifyWorkspace } from '../workspace/verifyWorkspace';
import { assessPassphrase } from '../workspace/passphraseStrength';
import { createBackupHandlers } from '../workspace/backup/backupHandlers';
import { cleanUpInterruptedIngests, createEvidenceHandlers } from '../evidence/evidenceHandlers';
import { createReferenceHandlers } from '../reference/referenceHandlers';
import { createSigningHandlers } from '../signing/signingHandlers';
import { exportSignedReport } from '../report/exportSignedReport';
import type { FileStaging } from '../files/fileStaging';
import { createFileHandlers } from '../files/fileHandlers';
import { guardFilePaths, type PathPolicy } from './guardFilePaths';
import { refuseWritesWhenReadOnly } from './readOnlyGuard';
import { noSaveDialog, type Dialogs } from './dialogs';
import type { EventHub } from './events';
import type { Handlers } from './dispatch';

export interface Services {
  session: WorkspaceSession;
  /** The desktop's native save dialog; absent elsewhere. */
  dialogs?: Dialogs;
  clock: Clock;
  library: TemplateLibrary;
  /** Core events (ingest progress); absent in one-shot callers such as most tests. */
  hub?: EventHub;
  /** For a core serving a window: how the paths its operations name are resolved (guardFilePaths). */
  paths?: PathPolicy;
  /** For a core serving a browser window: its uploads and downloads. */
  staging?: FileStaging;
}

/** Binds every contract operation to the domain; the only place the two meet. */
export function createHandlers({
  session,
  dialogs = noSaveDialog,
  clock,
  library,
  hub,
  paths,
  staging,
}: Services): Handlers {
  const pinned = new PinnedTemplates();
  const deps = () => ({ ws: session.require(), clock, library, pinned });
  const guarded = guardFilePaths(
    {
      'workspace.status': () => session.status(),
      'workspace.create': ({ passphrase, assessorName }) => session.create(passphrase, assessorName),
      'workspace.unlock': async ({ passphrase }) => {
        const status = await session.unlock(passphrase);
        if (!status.readOnly) cleanUpInterruptedIngests(session);
        return status;
      },
      'workspace.lock': () => session.lock(),
      'workspace.changePassphrase': ({ current, next }) => session.changePassphrase(current, next),
      'workspace.verify': () => verifyWorkspace(session),
      'passphrase.assess': ({ passphrase, userInputs }) => assessPassphrase(passphrase, userInputs),
      ...createBackupHandlers({ session, clock, hub }),
      'audit.verify': () => verifyAuditChain(session.require().db),
      'settings.get': () => getWorkspaceSettings(deps()),
      'settings.set': (input) => setWorkspaceSettings(deps(), input),
      'template.list': () => library.list().map(summariseTemplate),
      'template.get': ({ id, version }) => {
        const bundle = library.get(id, version);
        return {
          ref: bundle.ref,
          hash: bundle.hash,
          template: bundle.template,
          translations: bundle.translations,
        };
      },
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
      'decision.record': (input) => recordDecision(deps(), input),
      'decision.get': ({ assessmentId }) => getDecision(deps(), assessmentId),
      ...createEvidenceHandlers({ session, clock, pinned, hub, staging }),
      'dialogs.saveFile': (input) => dialogs.saveFile(input),
      ...createFileHandlers(staging),
      ...createReferenceHandlers({ session, clock, pinned, hub }),
      ...createSigningHandlers({ session, clock }),
      'report.export': (input) => exportSignedReport(deps(), input),
    },
    paths,
  );
  return refuseWritesWhenReadOnly(guarded, session);
}

function summariseTemplate(bundle: TemplateBundle) {
  const { template } = bundle;
  return {
    id: template.id,
    version: template.version,
    hash: bundle.hash,
    title: template.title,
    titles: Object.fromEntries(
      bundle.translations.flatMap(({ locale, texts }) =>
        typeof texts.title === 'string' ? [[locale, texts.title]] : [],
      ),
    ),
    locales: template.locales,
    sections: template.sections.length,
    questions: template.sections.reduce((sum, section) => sum + section.questions.length, 0),
  };
}
