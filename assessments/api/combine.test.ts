import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, noTemplates, steppingClock } from '../../test/helpers/workspace';
import type { WorkspaceSession } from '../workspace/session';
import { combineOperations } from './combine';
import { contract } from './contract';
import { createHandlers } from './handlers';

const settingsGet = () => ({ screeningMaxListAgeDays: 90, backupKeepCount: 10, idleLockMinutes: 15 });

describe('combineOperations', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;

  beforeEach(() => {
    tmp = useTempDir();
    session = newSession(tmp.path, steppingClock());
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it("binds every operation of the contract, and nothing else, in the core's handlers", () => {
    const handlers = createHandlers({ session, clock: steppingClock(), library: noTemplates() });
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses an operation bound by two modules, naming the operation and both modules', () => {
    const handlers = createHandlers({ session, clock: steppingClock(), library: noTemplates() });
    expect(() =>
      combineOperations({ everything: handlers, settings: { 'settings.get': settingsGet } }),
    ).toThrow('Operation settings.get is bound twice: by the everything module and by the settings module.');
  });

  it('refuses a core in which some operation has no binding', () => {
    const { 'settings.get': _unbound, ...rest } = createHandlers({
      session,
      clock: steppingClock(),
      library: noTemplates(),
    });
    expect(() => combineOperations({ rest })).toThrow('No module binds settings.get.');
  });

  it('refuses a binding the contract does not know', () => {
    const handlers = createHandlers({ session, clock: steppingClock(), library: noTemplates() });
    expect(() =>
      combineOperations({ everything: handlers, shell: { 'fs.readFile': () => '' } as object }),
    ).toThrow('The shell module binds fs.readFile, which is not in the contract.');
  });
});
