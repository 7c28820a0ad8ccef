import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { TEST_PASSPHRASE, newSession, noTemplates, steppingClock } from '../../test/helpers/workspace';
import type { WorkspaceSession } from '../workspace/session';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

describe('dispatch', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let logged: string[];
  const log = { logError: (_error: unknown, op: string) => logged.push(op) };

  beforeEach(() => {
    tmp = useTempDir();
    logged = [];
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({ session, clock, library: noTemplates() });
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('refuses an operation that is not in the contract', async () => {
    expect(await dispatch(handlers, 'fs.readFile', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
    expect(await dispatch(handlers, 42, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
  });

  it('reports every invalid field with its path', async () => {
    await dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'N' });
    const result = await dispatch(handlers, 'assessment.create', { title: '  ', destinationCountry: 'XX' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const issues = (result.error.details as { issues: { path: string }[] }).issues.map((issue) => issue.path);
    expect(issues).toEqual(expect.arrayContaining(['title', 'destinationCountry']));
    expect(result.error.message).toMatch(
      /destinationCountry: expected an ISO 3166-1 alpha-2 country code, got "XX"/,
    );
  });

  it('rejects unknown keys on operations without input', async () => {
    const result = await dispatch(handlers, 'workspace.status', { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('turns domain errors into envelopes, never throws', async () => {
    expect(await dispatch(handlers, 'assessment.list', {})).toMatchObject({
      ok: false,
      error: { code: 'workspace_locked' },
    });
    await dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'N' });
    expect(
      await dispatch(handlers, 'assessment.get', { id: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('hides unexpected failures behind a generic message and reports them to the log', async () => {
    const broken: Handlers = {
      ...handlers,
      'workspace.status': () => {
        throw new Error('secret internal detail');
      },
    };
    const result = await dispatch(broken, 'workspace.status', {}, log);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'workspace.status failed unexpectedly; the change was not saved.' },
    });
    expect(logged).toEqual(['workspace.status']);
  });

  it('refuses a handler result that does not match the contract', async () => {
    const broken: Handlers = { ...handlers, 'workspace.status': () => ({ state: 'open' }) as never };
    expect(await dispatch(broken, 'workspace.status', {}, log)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('round-trips a saved answer through the contract', async () => {
    await dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
    const created = await dispatch(handlers, 'assessment.create', {
      title: 'FRT for city police',
      destinationCountry: 'RS',
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    const saved = await dispatch(handlers, 'answers.save', {
      assessmentId: id,
      questionId: 'A5',
      value: 'ToR v2',
    });
    expect(saved).toMatchObject({ ok: true, value: { questionId: 'A5', revision: 1, answeredBy: 'Nadia' } });
    const again = await dispatch(handlers, 'answers.save', {
      assessmentId: id,
      questionId: 'A5',
      value: 'ToR v3',
    });
    expect(again).toMatchObject({ ok: true, value: { revision: 2 } });
    const detail = await dispatch(handlers, 'assessment.get', { id });
    expect(detail).toMatchObject({
      ok: true,
      value: { answers: [{ questionId: 'A5', value: 'ToR v3', revision: 2 }] },
    });
  });
});
