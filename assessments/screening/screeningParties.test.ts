import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope as value } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import type { OperationOutput } from '../api/contract';
import { dispatch, type Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { listAuditEvents } from '../audit/auditLog';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';
import { partiesToScreen, readStoredParties, storedParties } from './screeningParties';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/reference/', import.meta.url));

const answer = (questionId: string, json: unknown) => ({ questionId, valueJson: JSON.stringify(json) });

describe('the parties an assessment’s answers give to screening', () => {
  it('screens identified parties with what they carry and keeps parties not identified apart', () => {
    const found = partiesToScreen(' Propaganda and Agitation Department', [
      answer('E1', [
        { name: ' Abu Abbas ', aliases: [' Muhammad Zaydan'], role: ' consignee ' },
        {
          name: 'Jin Tiesan',
          role: 'end user',
          birthDate: '1948-12-10',
          nationality: 'SY',
          identifiers: [{ type: 'passport', value: '123456' }],
        },
        { notIdentified: true, role: 'freight forwarder', reason: ' Not named in the contract ' },
        { notIdentified: true, role: 'bank' },
        { name: 'unknown', role: 'financier' },
        { name: 'ABU ABBAS' },
        { name: '' },
      ]),
    ]);
    expect(found.screened).toEqual([
      { name: ' Propaganda and Agitation Department', aliases: [], role: 'end user', source: 'assessment' },
      { name: 'Abu Abbas', aliases: ['Muhammad Zaydan'], role: 'consignee', source: 'E1' },
      {
        name: 'Jin Tiesan',
        aliases: [],
        role: 'end user',
        source: 'E1',
        birthDate: '1948-12-10',
        nationality: 'SY',
        identifiers: [{ type: 'passport', value: '123456' }],
      },
    ]);
    expect(found.notIdentified).toEqual([
      { role: 'freight forwarder', reason: 'Not named in the contract', source: 'E1' },
      { role: 'bank', source: 'E1' },
    ]);
  });

  it('stores a version 1 party exactly as before, and reads runs of earlier releases', () => {
    const found = partiesToScreen(null, [
      answer('E1', { name: 'Abu Abbas', aliases: [], role: 'consignee' }),
    ]);
    expect(JSON.stringify(storedParties(found))).toBe(
      '[{"name":"Abu Abbas","aliases":[],"role":"consignee","source":"E1"}]',
    );
    const before = '[{"name":"Abu Abbas","aliases":[],"role":"consignee","source":"E1"}]';
    expect(readStoredParties(before)).toEqual({ screened: JSON.parse(before), notIdentified: [] });
    const mixed = storedParties(
      partiesToScreen(null, [answer('E1', [{ name: 'A' }, { notIdentified: true, role: 'bank' }])]),
    );
    expect(readStoredParties(JSON.stringify(mixed))).toEqual({
      screened: [{ name: 'A', aliases: [], role: '', source: 'E1' }],
      notIdentified: [{ role: 'bank', source: 'E1' }],
    });
  });
});

describe('screening an assessment with a party not identified', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let assessmentId: string;
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
    }));
    await call('reference.import', { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv` });
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('never screens it, lists it as not identified and passes the birth date to matching', async () => {
    await call('answers.save', {
      assessmentId,
      questionId: 'E1',
      value: [
        { name: 'Abu Abbas', role: 'consignee', birthDate: '1948-12-10', nationality: 'SY' },
        { notIdentified: true, role: 'freight forwarder', reason: 'The contract names none' },
      ],
    });
    const run = await call<OperationOutput<'screening.run'>>('screening.run', { assessmentId });
    expect(run.parties).toEqual([
      {
        name: 'Abu Abbas',
        aliases: [],
        role: 'consignee',
        source: 'E1',
        birthDate: '1948-12-10',
        nationality: 'SY',
      },
    ]);
    expect(run.notIdentified).toEqual([
      { role: 'freight forwarder', reason: 'The contract names none', source: 'E1' },
    ]);
    expect(run.hits.map((hit) => hit.partyName)).toEqual(['Abu Abbas']);
    expect(run.hits[0]?.features).toContain('birth-date-matches');
    const [listed] = await call<OperationOutput<'screening.list'>>('screening.list', { assessmentId });
    expect(listed?.notIdentified).toEqual(run.notIdentified);
    const [event] = listAuditEvents(session.require().db, 'assessment', assessmentId).filter(
      (e) => e.action === 'screening.run',
    );
    expect(event?.payload).toMatchObject({
      parties: ['Abu Abbas'],
      partiesNotIdentified: [{ role: 'freight forwarder', source: 'E1' }],
    });
  });

  it('refuses a run whose every party is not identified, and says so', async () => {
    await call('answers.save', {
      assessmentId,
      questionId: 'E1',
      value: [{ notIdentified: true, role: 'end user' }],
    });
    await expect(call('screening.run', { assessmentId })).rejects.toThrow(/not identified \(end user\)/);
  });
});
