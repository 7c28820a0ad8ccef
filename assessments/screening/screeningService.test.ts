import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope as value } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import type { OperationOutput } from '../api/contract';
import { createHandlers } from '../api/handlers';
import { listAuditEvents, verifyAuditChain } from '../audit/auditLog';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/reference/', import.meta.url));

type Run = OperationOutput<'screening.run'>;

describe('screening an assessment’s parties', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let assessmentId: string;
  let ofacId: string;
  let unId: string;
  const call = <T>(op: Parameters<typeof dispatch>[1], input: unknown) =>
    value<T>(dispatch(handlers, op, input));

  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(REPO_TEMPLATES),
    });
    await call('workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia Haddad' });
    ({ id: assessmentId } = await call<{ id: string }>('assessment.create', {
      title: 'Interception platform',
      destinationCountry: 'EG',
      endUserName: 'Propaganda and Agitation Department',
    }));
    await call('answers.save', {
      assessmentId,
      questionId: 'E1',
      value: [
        { name: 'Nile Integrators SAE', role: 'integrator/reseller' },
        { name: 'Abu Abbas', aliases: ['Muhammad Zaydan'], role: 'consignee' },
      ],
    });
    ofacId = (
      await call<{ dataset: { id: string } }>('reference.import', {
        kind: 'ofac',
        path: `${FIXTURES}ofac_sdn.csv`,
      })
    ).dataset.id;
    unId = (
      await call<{ dataset: { id: string } }>('reference.import', {
        kind: 'un',
        path: `${FIXTURES}un_consolidated.xml`,
      })
    ).dataset.id;
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('screens the end user and the E1 parties against every list and audits the run with list versions', async () => {
    const run = await call<Run>('screening.run', { assessmentId });
    expect(run.parties.map((party) => [party.name, party.source])).toEqual([
      ['Propaganda and Agitation Department', 'assessment'],
      ['Nile Integrators SAE', 'E1'],
      ['Abu Abbas', 'E1'],
    ]);
    expect(run.datasets.map((dataset) => dataset.kind).sort()).toEqual(['ofac', 'un']);
    expect(run.hits.map((hit) => [hit.partyName, hit.entryName])).toEqual([
      ['Abu Abbas', 'ABBAS, Abu'],
      ['Propaganda and Agitation Department', 'PROPAGANDA AND AGITATION DEPARTMENT (PAD)'],
    ]);
    expect(run.outcome).toBe('unresolved-match');
    expect(run.changes).toBeNull();
    const [event] = listAuditEvents(session.require().db, 'assessment', assessmentId).filter(
      (e) => e.action === 'screening.run',
    );
    expect(event?.payload).toMatchObject({
      runId: run.id,
      parties: expect.any(Array),
      hits: expect.any(Array),
    });
  });

  it('records a confirmed true match as the E3 STOP answer, citing the screening, and audits it', async () => {
    const run = await call<Run>('screening.run', { assessmentId, datasetIds: [ofacId] });
    const hit = run.hits.find((item) => item.entryName === 'ABBAS, Abu');
    const disposed = await call<OperationOutput<'screening.dispose'>>('screening.dispose', {
      hitId: hit?.id,
      disposition: 'true-match',
      reason: 'Same date of birth and passport as the consignee’s documents.',
    });
    expect(disposed.hit).toMatchObject({ disposition: 'true-match', decidedBy: 'Nadia Haddad' });
    expect(disposed.recordedAnswer).toMatchObject({ questionId: 'E3', value: 'confirmed-sanctions-match' });
    const detail = await call<OperationOutput<'assessment.get'>>('assessment.get', { id: assessmentId });
    const e3 = detail.answers.find((answer) => answer.questionId === 'E3');
    expect(e3?.note).toContain(`screening run ${run.id}`);
    expect(e3?.note).toContain(`dataset ${ofacId}`);
    const evaluated = await call<OperationOutput<'assessment.evaluate'>>('assessment.evaluate', {
      id: assessmentId,
    });
    expect(evaluated.result.flags.map((flag) => flag.id)).toContain('E3-STOP');
    expect(verifyAuditChain(session.require().db).ok).toBe(true);
  });

  it('keeps dispositions for unchanged hits and reports what changed on re-screening', async () => {
    const first = await call<Run>('screening.run', { assessmentId, datasetIds: [ofacId] });
    const hit = first.hits[0];
    await call('screening.dispose', {
      hitId: hit?.id,
      disposition: 'false-positive',
      reason: 'Different person: born 1990.',
    });
    await call('answers.save', {
      assessmentId,
      questionId: 'E1',
      value: [
        { name: 'Abu Abbas', role: 'consignee' },
        { name: 'Jin Tiesan', role: 'freight forwarder' },
      ],
    });
    const second = await call<Run>('screening.run', { assessmentId, datasetIds: [ofacId, unId] });
    expect(second.hits.find((item) => item.entryName === 'ABBAS, Abu')).toMatchObject({
      disposition: 'false-positive',
      reason: 'Different person: born 1990.',
    });
    expect(second.changes).toMatchObject({
      previousRunId: first.id,
      partiesAdded: ['Jin Tiesan'],
      partiesRemoved: ['Nile Integrators SAE'],
      goneHits: [],
    });
    expect(second.changes?.newHits.map((item) => item.entryName).sort()).toEqual([
      'JANG CHANG HA',
      'PROPAGANDA AND AGITATION DEPARTMENT (PAD)',
    ]);
    expect(second.changes?.datasetsAdded).toHaveLength(1);
    const listed = await call<Run[]>('screening.list', { assessmentId });
    expect(listed.map((run) => run.id)).toEqual([second.id, first.id]);
  });

  it('refuses an indicator dataset as a screening list and a disposition without a reason', async () => {
    const rsf = await call<{ dataset: { id: string } }>('reference.import', {
      kind: 'rsf',
      path: `${FIXTURES}rsf_index.csv`,
    });
    await expect(call('screening.run', { assessmentId, datasetIds: [rsf.dataset.id] })).rejects.toThrow(
      /not a screening list/,
    );
    const run = await call<Run>('screening.run', { assessmentId });
    await expect(
      call('screening.dispose', { hitId: run.hits[0]?.id, disposition: 'false-positive', reason: ' ' }),
    ).rejects.toThrow(/give the reason/);
  });
});

describe('destination suggestions from indicator datasets', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  const call = <T>(op: Parameters<typeof dispatch>[1], input: unknown) =>
    value<T>(dispatch(handlers, op, input));

  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(REPO_TEMPLATES),
    });
    await call('workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia Haddad' });
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('refuses to screen names before any screening list is imported', async () => {
    await expect(call('reference.screen', { queries: [{ name: 'Abu Abbas' }] })).rejects.toThrow(
      /No screening list has been imported/,
    );
  });

  it('maps RSF scores, CIVICUS, V-Dem and treaty values to the template options and records the dataset on accept', async () => {
    const rsf = await call<{ dataset: { id: string } }>('reference.import', {
      kind: 'rsf',
      path: `${FIXTURES}rsf_index.csv`,
    });
    const csv = await call<{ dataset: { id: string } }>('reference.import', {
      kind: 'csv',
      path: `${FIXTURES}indicators.csv`,
    });
    const { id } = await call<{ id: string }>('assessment.create', { title: 'T', destinationCountry: 'EG' });
    const suggestions = await call<OperationOutput<'reference.suggestions'>>('reference.suggestions', {
      assessmentId: id,
    });
    expect(Object.fromEntries(suggestions.map((s) => [s.questionId, s.value]))).toEqual({
      C4: 'not-covered',
      C5: 'closed',
      C6: 'very-serious',
      C7: 'electoral-autocracy',
      C11: ['no-individual-complaint-route'],
    });
    expect(suggestions.find((s) => s.questionId === 'C6')?.datasetId).toBe(rsf.dataset.id);
    const accepted = await call<OperationOutput<'reference.acceptSuggestion'>>('reference.acceptSuggestion', {
      assessmentId: id,
      questionId: 'C6',
    });
    expect(accepted.revision).toBe(1);
    const detail = await call<OperationOutput<'assessment.get'>>('assessment.get', { id });
    const c6 = detail.answers.find((answer) => answer.questionId === 'C6');
    expect(c6?.value).toBe('very-serious');
    expect(c6?.note).toContain(`dataset ${rsf.dataset.id}`);
    expect(c6?.note).toContain('rsf.score = 26.38 for EG (2024)');
    expect(suggestions.find((s) => s.questionId === 'C5')?.datasetId).toBe(csv.dataset.id);
    await expect(call('reference.acceptSuggestion', { assessmentId: id, questionId: 'C3' })).rejects.toThrow(
      /No imported indicator gives a suggestion for C3/,
    );
  });
});
