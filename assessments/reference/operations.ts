import type { Handlers } from '../api/dispatch';
import { AppError } from '../shared/errors';
import type { EventHub } from '../api/events';
import type { Clock } from '../shared/clock';
import type { PinnedTemplates } from '../templates/pinnedTemplates';
import type { WorkspaceSession } from '../workspace/session';
import { compareDatasets, importDataset, listDatasets, removeDataset } from './datasetService';
import { ScreeningIndexCache } from './matching/indexCache';
import { searchAll } from './matching/screeningIndex';
import { acceptSuggestion, assessmentSuggestions } from './suggestions';
import { SCREENING_KINDS } from './types';

type ReferenceOps =
  | 'reference.import'
  | 'reference.list'
  | 'reference.compare'
  | 'reference.remove'
  | 'reference.screen'
  | 'reference.suggestions'
  | 'reference.acceptSuggestion';

export interface ReferenceOperationDeps {
  session: WorkspaceSession;
  clock: Clock;
  pinned: PinnedTemplates;
  /** Where import progress goes; without it imports run silently. */
  hub?: EventHub;
  /** The name-matching indexes; a core shares one cache with its screening operations. */
  indexes?: ScreeningIndexCache;
}

/** At most one progress event per this many bytes read (and always the last). */
const PROGRESS_STEP = 512 * 1024;

/** Reference data (import, compare, remove), name screening and destination suggestions. */
export function referenceOperations({
  session,
  clock,
  pinned,
  hub,
  indexes = new ScreeningIndexCache(),
}: ReferenceOperationDeps): Pick<Handlers, ReferenceOps> {
  const deps = () => ({ ws: session.require(), clock, pinned });
  return {
    'reference.import': (input) => {
      let reported = -PROGRESS_STEP;
      return importDataset(deps(), input, ({ phase, done, total }) => {
        if (phase === 'reading' && done - reported < PROGRESS_STEP && done < total) return;
        reported = done;
        hub?.emit('reference.progress', { path: input.path, phase, done, total });
      });
    },
    'reference.list': () => listDatasets(deps()),
    'reference.compare': ({ datasetId, previousId }) => compareDatasets(deps(), datasetId, previousId),
    'reference.remove': ({ datasetId }) => {
      const removed = removeDataset(deps(), datasetId);
      indexes.forget(datasetId);
      return removed;
    },
    'reference.screen': ({ queries, datasetIds, threshold, limit }) => {
      const { ws } = deps();
      const ids = datasetIds ?? listDatasets({ ws }, SCREENING_KINDS).map((dataset) => dataset.id);
      if (ids.length === 0)
        throw new AppError(
          'conflict',
          'No screening list has been imported: import the UN, OFAC, UK or OpenSanctions list first.',
        );
      const chosen = ids.map((id) => indexes.get(ws, id));
      return queries.map((query) => ({ query, hits: searchAll(chosen, query, threshold, limit) }));
    },
    'reference.suggestions': ({ assessmentId }) => assessmentSuggestions(deps(), assessmentId),
    'reference.acceptSuggestion': ({ assessmentId, questionId }) =>
      acceptSuggestion(deps(), assessmentId, questionId),
  };
}
