import type { Handlers } from '../api/dispatch';
import { Vault } from '../evidence/vault';
import type { ScreeningIndexCache } from '../reference/matching/indexCache';
import type { Clock } from '../shared/clock';
import type { PinnedTemplates } from '../templates/pinnedTemplates';
import type { WorkspaceSession } from '../workspace/session';
import { sealScreeningRun } from './runEvidence';
import { disposeHit, listScreenings, runScreening, type ScreeningDeps } from './screeningService';

export interface ScreeningOperationDeps {
  session: WorkspaceSession;
  clock: Clock;
  pinned: PinnedTemplates;
  /** The name-matching indexes the reference operations keep current. */
  indexes: ScreeningIndexCache;
}

/** Screening runs of an assessment's parties and the dispositions of their hits. */
export function screeningOperations({
  session,
  clock,
  pinned,
  indexes,
}: ScreeningOperationDeps): Pick<Handlers, 'screening.run' | 'screening.list' | 'screening.dispose'> {
  const deps = (): ScreeningDeps => ({ ws: session.require(), clock, pinned, indexes });
  return {
    // A run is kept as sealed evidence of the screening questions as soon as it exists.
    'screening.run': async (input) => {
      const run = runScreening(deps(), input);
      const { ws } = deps();
      await sealScreeningRun(
        { ws, clock, pinned, vault: new Vault({ dir: session.paths.vault, key: ws.vaultKey }) },
        run,
      );
      return run;
    },
    'screening.list': ({ assessmentId }) => listScreenings(deps(), assessmentId),
    'screening.dispose': (input) => disposeHit(deps(), input),
  };
}
