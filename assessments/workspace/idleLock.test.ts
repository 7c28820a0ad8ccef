import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../api/createCore';
import { dispatch } from '../api/dispatch';
import { useTempDir } from '../../test/helpers/tempDir';
import { steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';

const NO_TEMPLATES = fileURLToPath(new URL('../../test/fixtures/no-templates/', import.meta.url));
const MINUTE = 60_000;

describe('the core locks an idle workspace itself', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let core: Core;
  const call = async (op: string, input: unknown = {}) => {
    const result = await dispatch(core.handlers, op, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const state = () => core.session.status().state;

  beforeEach(async () => {
    tmp = useTempDir();
    core = createCore({
      workspaceDir: `${tmp.path}/ws`,
      templatesDir: NO_TEMPLATES,
      clock: steppingClock(),
    });
    // Only timers and Date are faked: scrypt and the file system run for real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    await call('workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia Haddad' });
  });
  afterEach(() => {
    vi.useRealTimers();
    core.session.lock();
    tmp.cleanup();
  });

  it('after the workspace setting (10 minutes by default), however often the status is polled', async () => {
    expect(await call('settings.get')).toMatchObject({ idleLockMinutes: 10 });
    for (let minute = 1; minute < 10; minute += 1) {
      await vi.advanceTimersByTimeAsync(MINUTE);
      await call('workspace.status');
      expect(state()).toBe('unlocked');
    }
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(state()).toBe('locked');
  });

  it('counts from the last user-initiated call, and follows a changed setting', async () => {
    await call('settings.set', { screeningMaxListAgeDays: 90, idleLockMinutes: 2 });
    await vi.advanceTimersByTimeAsync(1.5 * MINUTE);
    await call('assessment.list');
    await vi.advanceTimersByTimeAsync(1.5 * MINUTE);
    expect(state()).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(0.6 * MINUTE);
    expect(state()).toBe('locked');

    // The setting lives in the workspace: it is in force again at the next unlock.
    await call('workspace.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await call('settings.get')).toMatchObject({ idleLockMinutes: 2 });
    await vi.advanceTimersByTimeAsync(2.1 * MINUTE);
    expect(state()).toBe('locked');
  });

  it('refuses a setting outside 1 to 1440 minutes', async () => {
    const refused = await dispatch(core.handlers, 'settings.set', {
      screeningMaxListAgeDays: 90,
      idleLockMinutes: 0,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining(
          'idleLockMinutes: expected a whole number of minutes from 1 to 1440',
        ),
      },
    });
  });
});
