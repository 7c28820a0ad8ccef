import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch } from '../api/dispatch';
import { AppError } from '../shared/errors';
import { createHandlers } from '../api/handlers';
import { listAuditEvents, verifyAuditChain } from '../audit/auditLog';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';
import { DEFAULT_WORKSPACE_SETTINGS } from './schemas';
import { getWorkspaceSettings, setWorkspaceSettings, type SettingsDeps } from './settingsService';

describe('workspace settings', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let deps: SettingsDeps;
  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    deps = { ws: session.require(), clock };
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  const settingsEvents = () => listAuditEvents(deps.ws.db, 'workspace', deps.ws.workspaceId);

  it('has a 90-day list age in a new workspace, without storing anything', () => {
    expect(getWorkspaceSettings(deps)).toEqual({ ...DEFAULT_WORKSPACE_SETTINGS });
    expect(deps.ws.db.prepare('SELECT count(*) FROM workspace_settings').pluck().get()).toBe(0);
  });

  it('stores a change, keeps it across a lock and unlock, and audits it with the old and new value', async () => {
    expect(setWorkspaceSettings(deps, { screeningMaxListAgeDays: 30 })).toEqual({
      ...DEFAULT_WORKSPACE_SETTINGS,
      screeningMaxListAgeDays: 30,
    });
    session.lock();
    await session.unlock(TEST_PASSPHRASE);
    deps = { ...deps, ws: session.require() };
    expect(getWorkspaceSettings(deps)).toEqual({
      ...DEFAULT_WORKSPACE_SETTINGS,
      screeningMaxListAgeDays: 30,
    });
    const changed = settingsEvents().filter((event) => event.action === 'settings.changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      actor: 'Nadia Haddad',
      payload: { changes: { screeningMaxListAgeDays: { from: 90, to: 30 } } },
    });
    expect(verifyAuditChain(deps.ws.db).ok).toBe(true);
  });

  it('writes nothing when the value is already in force', () => {
    const before = verifyAuditChain(deps.ws.db).headSeq;
    setWorkspaceSettings(deps, { screeningMaxListAgeDays: 90 });
    expect(verifyAuditChain(deps.ws.db).headSeq).toBe(before);
    expect(deps.ws.db.prepare('SELECT count(*) FROM workspace_settings').pluck().get()).toBe(0);
  });

  it.each([0, 3651, 12.5, '30', null])(
    'refuses %j naming the field and the allowed range, and changes nothing',
    (value) => {
      const before = verifyAuditChain(deps.ws.db).headSeq;
      let thrown: unknown;
      try {
        setWorkspaceSettings(deps, { screeningMaxListAgeDays: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).code).toBe('invalid_input');
      expect((thrown as AppError).message).toBe(
        'Invalid workspace settings: screeningMaxListAgeDays: expected a whole number of days from 1 to 3650.',
      );
      expect(getWorkspaceSettings(deps)).toEqual({ ...DEFAULT_WORKSPACE_SETTINGS });
      expect(verifyAuditChain(deps.ws.db).headSeq).toBe(before);
    },
  );

  it('is read and changed through the contract, which checks the range at the boundary', async () => {
    const handlers = createHandlers({
      session,
      clock: deps.clock,
      library: new TemplateLibrary(tmp.path),
    });
    expect(await dispatch(handlers, 'settings.get', {})).toEqual({
      ok: true,
      value: { ...DEFAULT_WORKSPACE_SETTINGS },
    });
    expect(await dispatch(handlers, 'settings.set', { screeningMaxListAgeDays: 180 })).toEqual({
      ok: true,
      value: { ...DEFAULT_WORKSPACE_SETTINGS, screeningMaxListAgeDays: 180 },
    });
    const refused = await dispatch(handlers, 'settings.set', { screeningMaxListAgeDays: 4000 });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'Invalid input for settings.set: screeningMaxListAgeDays: expected a whole number of days from 1 to 3650',
      },
    });
    expect(await dispatch(handlers, 'settings.get', {})).toMatchObject({
      value: { screeningMaxListAgeDays: 180 },
    });
  });

  it('keeps a number of automatic backups, left as it is by callers that do not name it', () => {
    expect(setWorkspaceSettings(deps, { screeningMaxListAgeDays: 90, backupKeepCount: 3 })).toEqual({
      ...DEFAULT_WORKSPACE_SETTINGS,
      backupKeepCount: 3,
    });
    expect(setWorkspaceSettings(deps, { screeningMaxListAgeDays: 60 })).toEqual({
      ...DEFAULT_WORKSPACE_SETTINGS,
      screeningMaxListAgeDays: 60,
      backupKeepCount: 3,
    });
    const changed = settingsEvents().filter((event) => event.action === 'settings.changed');
    expect(changed[0]).toMatchObject({ payload: { changes: { backupKeepCount: { from: 10, to: 3 } } } });
    expect(() => setWorkspaceSettings(deps, { screeningMaxListAgeDays: 60, backupKeepCount: 101 })).toThrow(
      'Invalid workspace settings: backupKeepCount: expected a whole number of backups from 0 (no automatic backups) to 100.',
    );
  });
});
