import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { listAuditEvents, verifyAuditChain } from '../audit/auditLog';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';

const ok = unwrapEnvelope;

interface Summary {
  id: string;
  title: string;
  updatedAt: string;
  archivedAt: string | null;
}

describe('renaming and archiving an assessment', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let id: string;

  const events = () => listAuditEvents(session.require().db, 'assessment', id);

  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({ session, clock, library: new TemplateLibrary(REPO_TEMPLATES) });
    await dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
    ({ id } = await ok<Summary>(dispatch(handlers, 'assessment.create', { title: 'IMSI catchers' })));
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('renames, trimming the title, and audits both titles', async () => {
    const renamed = await ok<Summary>(
      dispatch(handlers, 'assessment.rename', { id, title: '  IMSI catchers for Egypt ' }),
    );
    expect(renamed.title).toBe('IMSI catchers for Egypt');
    const detail = await ok<{ assessment: Summary }>(dispatch(handlers, 'assessment.get', { id }));
    expect(detail.assessment.title).toBe('IMSI catchers for Egypt');
    expect(events().at(-1)).toMatchObject({
      action: 'assessment.renamed',
      actor: 'Nadia',
      payload: { from: 'IMSI catchers', to: 'IMSI catchers for Egypt' },
    });
    expect(verifyAuditChain(session.require().db)).toMatchObject({ ok: true });
  });

  it('records nothing when the title does not change', async () => {
    const before = events().length;
    await ok(dispatch(handlers, 'assessment.rename', { id, title: 'IMSI catchers' }));
    expect(events()).toHaveLength(before);
  });

  it('refuses an empty or too long title with a message naming the rule', async () => {
    const empty = await dispatch(handlers, 'assessment.rename', { id, title: '   ' });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { issues: [{ path: 'title', message: 'enter a title' }] } },
    });
    const long = await dispatch(handlers, 'assessment.rename', { id, title: 'x'.repeat(201) });
    expect(long).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        details: { issues: [{ path: 'title', message: 'at most 200 characters' }] },
      },
    });
    const detail = await ok<{ assessment: Summary }>(dispatch(handlers, 'assessment.get', { id }));
    expect(detail.assessment.title).toBe('IMSI catchers');
  });

  it('names the assessment it cannot find', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = await dispatch(handlers, 'assessment.archive', { id: missing, archived: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('archives and unarchives, keeping the assessment and auditing each change', async () => {
    const { updatedAt } = await ok<Summary>(dispatch(handlers, 'assessment.rename', { id, title: 'Kept' }));
    const archived = await ok<Summary>(dispatch(handlers, 'assessment.archive', { id, archived: true }));
    expect(archived.archivedAt).toEqual(expect.any(String));
    // Archiving is not an edit: the "last changed" date the list sorts by stays.
    expect(archived.updatedAt).toBe(updatedAt);
    const listed = await ok<Summary[]>(dispatch(handlers, 'assessment.list', {}));
    expect(listed).toEqual([expect.objectContaining({ id, archivedAt: archived.archivedAt })]);
    // Beside the summary, never in it: a signed report embeds the summary as it was signed.
    const detail = await ok<{ assessment: object; archivedAt: string | null }>(
      dispatch(handlers, 'assessment.get', { id }),
    );
    expect(detail.archivedAt).toBe(archived.archivedAt);
    expect(detail.assessment).not.toHaveProperty('archivedAt');

    const again = events().length;
    await ok(dispatch(handlers, 'assessment.archive', { id, archived: true }));
    expect(events()).toHaveLength(again);

    const restored = await ok<Summary>(dispatch(handlers, 'assessment.archive', { id, archived: false }));
    expect(restored.archivedAt).toBeNull();
    expect(events().map((event) => event.action)).toEqual([
      'assessment.created',
      'assessment.renamed',
      'assessment.archived',
      'assessment.unarchived',
    ]);
    expect(verifyAuditChain(session.require().db)).toMatchObject({ ok: true });
  });
});
