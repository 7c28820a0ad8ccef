import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clock } from '../../assessments/shared/clock';
import { WorkspaceSession, type WorkspaceStatus } from '../../assessments/workspace/session';
import type { AssessmentDeps } from '../../assessments/assessment/assessmentService';
import { PinnedTemplates } from '../../assessments/templates/pinnedTemplates';
import { TemplateLibrary } from '../../assessments/templates/templateLibrary';

export const TEST_PASSPHRASE = 'correct horse battery staple';

/** The lowest scrypt cost the header accepts, so unit tests stay fast; the format is unchanged. */
export const TEST_KDF_LOG_N = 14;

export function steppingClock(start = Date.parse('2026-01-15T09:00:00.000Z'), stepMs = 1000): Clock {
  let t = start;
  return {
    now: () => {
      const at = new Date(t);
      t += stepMs;
      return at;
    },
  };
}

export function newSession(
  root: string,
  clock: Clock = steppingClock(),
  onChange?: (status: WorkspaceStatus) => void,
): WorkspaceSession {
  return new WorkspaceSession(join(root, 'ws'), { clock, kdfLogN: TEST_KDF_LOG_N, onChange });
}

/** The templates shipped in this repository. */
export const REPO_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A library with no templates: assessments are created without a questionnaire. */
export function noTemplates(): TemplateLibrary {
  return new TemplateLibrary(fileURLToPath(new URL('../fixtures/no-templates/', import.meta.url)));
}

export function assessmentDeps(
  session: WorkspaceSession,
  clock: Clock,
  library = noTemplates(),
): AssessmentDeps {
  return { ws: session.require(), clock, library, pinned: new PinnedTemplates() };
}
