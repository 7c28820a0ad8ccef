import type { Handlers } from '../api/dispatch';
import type { Clock } from '../shared/clock';
import type { WorkspaceSession } from '../workspace/session';
import { getWorkspaceSettings, setWorkspaceSettings } from './settingsService';

export function settingsOperations({
  session,
  clock,
}: {
  session: WorkspaceSession;
  clock: Clock;
}): Pick<Handlers, 'settings.get' | 'settings.set'> {
  const deps = () => ({ ws: session.require(), clock });
  return {
    'settings.get': () => getWorkspaceSettings(deps()),
    'settings.set': (input) => setWorkspaceSettings(deps(), input),
  };
}
