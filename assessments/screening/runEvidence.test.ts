import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope as value } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import type { OperationOutput } from '../api/contract';
import { createHandlers } from '../api/handlers';
import { verifyAuditChain } from '../audit/auditLog';
import { Vault } from '../evidence/vault';
import { PinnedTemplates } from '../templates/pinnedTemplates';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';
import { sealScreeningRun, screeningRunRecord } from './runEvidence';
import { SCREENING_RUN_MIME } from './schemas';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/reference/', import.meta.url));

type Run = OperationOutput<'screening.run'>;
type Item = OperationOutput<'evidence.list'>[number];
type Custody = OperationOutput<'evidence.custody'>;

describe('a screening run kept as evidence', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let clock: ReturnType<typeof steppingClock>;
  let assessmentId: string;
  const call = <T>(op: Parameters<typeof dispatch>[1], input: unknown) =>
    value<T>(dispatch(handlers, op, input));
  const runItems = async () =>
    (await call<Item[]>('evidence.list', { assessmentId })).filter(
      (item) => item.mimeType === SCREENING_RUN_MIME,
    );

  beforeEach(async () => {
    tmp = useTempDir();
    clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({ session, clock, library: new TemplateLibrary(REPO_TEMPLATES) });
    await call('workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia Haddad' });
    ({ id: assessmentId } = await call<{ id: string }>('assessment.create', {
      title: 'Interception platform',
      endUserName: 'Propaganda and Agitation Department',
    }));
    await call('answers.save', {
      assessmentId,
      questionId: 'E1',
      value: [{ name: 'Abu Abbas', role: 'consignee' }],
    });
    await call('reference.import', { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv` });
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('seals each run into the vault, linked to E2 and E3, with the ingest and links in its custody', async () => {
    const run = await call<Run>('screening.run', { assessmentId });
    const [item, ...others] = await runItems();
    expect(others).toHaveLength(0);
    expect(item).toMatchObject({
      originalName: `screening-run-${run.runAt.slice(0, 10)}-${run.id.slice(0, 8)}.json`,
      questionIds: ['E2', 'E3'],
      acquiredBy: 'Nadia Haddad',
      sizeBytes: screeningRunRecord(run).length,
    });
    const custody = await call<Custody>('evidence.custody', { evidenceId: item?.id });
    expect(custody.map((event) => event.action)).toEqual([
      'evidence.ingested',
      'evidence.linked',
      'evidence.linked',
    ]);
    expect(custody[0]?.payload).toMatchObject({ origin: { screeningRunId: run.id } });
    const record = JSON.parse(screeningRunRecord(run).toString('utf8')) as { runId: string; hits: unknown[] };
    expect(record).toMatchObject({ runId: run.id, hits: expect.any(Array) });
    expect(record.hits).toHaveLength(run.hits.length);
    expect(verifyAuditChain(session.require().db).ok).toBe(true);

    await call('screening.run', { assessmentId });
    expect(await runItems()).toHaveLength(2);
  });

  it('returns the same item when a run is sealed again, even after a hit was dispositioned', async () => {
    const run = await call<Run>('screening.run', { assessmentId });
    const [first] = await runItems();
    const hit = run.hits[0];
    if (!hit) throw new Error('the fixture run should have a hit');
    await call('screening.dispose', {
      hitId: hit.id,
      disposition: 'false-positive',
      reason: 'Different person',
    });
    const [rerun] = await call<Run[]>('screening.list', { assessmentId });
    const ws = session.require();
    const again = await sealScreeningRun(
      {
        ws,
        clock,
        pinned: new PinnedTemplates(),
        vault: new Vault({ dir: session.paths.vault, key: ws.vaultKey }),
      },
      rerun as Run,
    );
    expect(again.id).toBe(first?.id);
    expect(await runItems()).toHaveLength(1);
    const custody = await call<Custody>('evidence.custody', { evidenceId: first?.id });
    expect(custody).toHaveLength(3);
  });
});
