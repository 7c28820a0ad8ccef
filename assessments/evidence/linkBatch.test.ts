import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope as value } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import type { OperationOutput } from '../api/contract';
import { createHandlers } from '../api/handlers';
import { verifyAuditChain } from '../audit/auditLog';
import type { WorkspaceSession } from '../workspace/session';
import { TemplateLibrary } from '../templates/templateLibrary';

type Item = OperationOutput<'evidence.list'>[number];

describe('linking many items to many questions at once', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let assessmentId: string;
  let items: Item[];
  const call = <T>(op: Parameters<typeof dispatch>[1], input: unknown) =>
    value<T>(dispatch(handlers, op, input));
  const actions = async (id: string) =>
    (await call<{ action: string }[]>('evidence.custody', { evidenceId: id })).map((event) => event.action);

  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({ session, clock, library: new TemplateLibrary(REPO_TEMPLATES) });
    await call('workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
    ({ id: assessmentId } = await call<{ id: string }>('assessment.create', { title: 'IMSI catchers' }));
    items = [];
    for (const name of ['contract.txt', 'end-use.txt']) {
      const path = join(tmp.path, name);
      writeFileSync(path, `Statement in ${name}\n`);
      items.push(await call<Item>('evidence.ingest', { assessmentId, path, questionIds: ['A5'] }));
    }
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('applies every change in one call and records one custody event per link that changed', async () => {
    const [a, b] = items as [Item, Item];
    const after = await call<Item[]>('evidence.linkMany', {
      assessmentId,
      changes: [
        { evidenceId: a.id, questionId: 'C8', linked: true },
        { evidenceId: a.id, questionId: 'E7', linked: true },
        { evidenceId: b.id, questionId: 'C8', linked: true },
        { evidenceId: b.id, questionId: 'A5', linked: false },
        // Already linked: no change, so no custody event.
        { evidenceId: a.id, questionId: 'A5', linked: true },
      ],
    });
    const links = Object.fromEntries(after.map((item) => [item.id, [...item.questionIds].sort()]));
    expect(links).toEqual({ [a.id]: ['A5', 'C8', 'E7'], [b.id]: ['C8'] });
    expect(await actions(a.id)).toEqual([
      'evidence.ingested',
      'evidence.linked',
      'evidence.linked',
      'evidence.linked',
    ]);
    expect(await actions(b.id)).toEqual([
      'evidence.ingested',
      'evidence.linked',
      'evidence.linked',
      'evidence.unlinked',
    ]);
    expect(verifyAuditChain(session.require().db).ok).toBe(true);
  });

  it('changes nothing when one change is refused', async () => {
    const [a, b] = items as [Item, Item];
    const refused = await dispatch(handlers, 'evidence.linkMany', {
      assessmentId,
      changes: [
        { evidenceId: a.id, questionId: 'C8', linked: true },
        { evidenceId: b.id, questionId: 'Z99', linked: true },
      ],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Z99/) },
    });
    const { id: other } = await call<{ id: string }>('assessment.create', { title: 'Other' });
    const foreign = await dispatch(handlers, 'evidence.linkMany', {
      assessmentId: other,
      changes: [{ evidenceId: a.id, questionId: 'C8', linked: true }],
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const list = await call<Item[]>('evidence.list', { assessmentId });
    expect(list.map((item) => item.questionIds)).toEqual([['A5'], ['A5']]);
    expect(await actions(a.id)).toEqual(['evidence.ingested', 'evidence.linked']);
  });
});
