import { assessmentOperations } from '../assessment/operations';
import { auditOperations } from '../audit/operations';
import { decisionOperations } from '../decision/operations';
import { cleanUpInterruptedIngests, evidenceOperations } from '../evidence/operations';
import type { FileStaging } from '../files/fileStaging';
import { fileOperations } from '../files/operations';
import { ScreeningIndexCache } from '../reference/matching/indexCache';
import { referenceOperations } from '../reference/operations';
import { reportOperations } from '../report/operations';
import { screeningOperations } from '../screening/operations';
import { settingsOperations } from '../settings/operations';
import type { Clock } from '../shared/clock';
import { signingOperations } from '../signing/operations';
import { templateOperations } from '../templates/operations';
import { PinnedTemplates } from '../templates/pinnedTemplates';
import type { TemplateLibrary } from '../templates/templateLibrary';
import { cachedTemplateLookup } from '../verify/templateLookup';
import { verifyOperations } from '../verify/operations';
import { workspaceOperations } from '../workspace/operations';
import type { WorkspaceSession } from '../workspace/session';
import { combineOperations } from './combine';
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

/**
 * Each module binds its own operations (`<module>/operations.ts`); this joins them, sharing the
 * caches several modules read, and wraps the result in the guards every operation passes.
 */
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
  const indexes = new ScreeningIndexCache();
  const templates = cachedTemplateLookup();
  const deps = () => ({ ws: session.require(), clock, library, pinned });
  const handlers = combineOperations({
    workspace: workspaceOperations({
      session,
      clock,
      hub,
      afterWritableUnlock: () => cleanUpInterruptedIngests(session),
    }),
    audit: auditOperations({ session }),
    settings: settingsOperations({ session, clock }),
    templates: templateOperations({ library }),
    assessment: assessmentOperations(deps),
    decision: decisionOperations(deps),
    evidence: evidenceOperations({ session, clock, pinned, hub, staging }),
    api: { 'dialogs.saveFile': (input) => dialogs.saveFile(input) },
    files: fileOperations(staging),
    reference: referenceOperations({ session, clock, pinned, hub, indexes }),
    screening: screeningOperations({ session, clock, pinned, indexes }),
    signing: signingOperations({ session, clock, templates }),
    verify: verifyOperations({ templates }),
    report: reportOperations(deps),
  });
  return refuseWritesWhenReadOnly(guardFilePaths(handlers, paths), session);
}
