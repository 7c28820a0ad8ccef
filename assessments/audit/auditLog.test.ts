import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, saveAnswer } from '../assessment/assessmentService';
import { useTempDir } from '../../test/helpers/tempDir';
import { assessmentDeps, newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import type { WorkspaceSession } from '../workspace/session';
import { appendAuditEvent, verifyAuditChain } from './auditLog';

/** What someone with the key and a SQLite shell could do: drop the guard triggers, then edit. */
function unguard(session: WorkspaceSession): void {
  const { db } = session.require();
  db.exec('DROP TRIGGER audit_events_append_only_update; DROP TRIGGER audit_events_append_only_delete;');
}

describe('audit chain', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    const a = createAssessment(assessmentDeps(session, clock), {
      title: 'Network monitoring centre',
      destinationCountry: 'AE',
      endUserName: null,
      productDescription: null,
    });
    for (let i = 0; i < 5; i += 1)
      saveAnswer(assessmentDeps(session, clock), {
        assessmentId: a.id,
        questionId: 'A5',
        value: `draft ${i}`,
      });
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('verifies an untouched chain and reports its head', () => {
    const result = verifyAuditChain(session.require().db);
    expect(result).toMatchObject({ ok: true, count: 7, headSeq: 7, firstBreak: null });
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses UPDATE and DELETE on audit_events while the guard triggers stand', () => {
    const { db } = session.require();
    expect(() => db.exec("UPDATE audit_events SET actor = 'x' WHERE seq = 2")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_events WHERE seq = 2')).toThrow(/append-only/);
  });

  it.each([
    [
      'payload',
      'UPDATE audit_events SET payload_json = \'{"questionId":"A5","revision":1,"value":"forged"}\' WHERE seq = 3',
    ],
    ['actor', "UPDATE audit_events SET actor = 'Someone Else' WHERE seq = 3"],
    ['timestamp', "UPDATE audit_events SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 3"],
    ['action', "UPDATE audit_events SET action = 'answer.deleted' WHERE seq = 3"],
    ['stored hash', "UPDATE audit_events SET hash = '" + 'a'.repeat(64) + "' WHERE seq = 3"],
  ])('names the row whose %s was edited by hand', (_field, sql) => {
    unguard(session);
    session.require().db.exec(sql);
    const result = verifyAuditChain(session.require().db);
    expect(result.ok).toBe(false);
    expect(result.firstBreak?.seq).toBe(3);
    expect(result.firstBreak?.reason).toMatch(/#3/);
  });

  it('detects a deleted row in the middle', () => {
    unguard(session);
    session.require().db.exec('DELETE FROM audit_events WHERE seq = 4');
    const result = verifyAuditChain(session.require().db);
    expect(result.firstBreak).toMatchObject({ seq: 4 });
    expect(result.firstBreak?.reason).toMatch(/#4 is missing/);
  });

  it('detects removal of the newest events through the head record', () => {
    unguard(session);
    session.require().db.exec('DELETE FROM audit_events WHERE seq >= 6');
    const result = verifyAuditChain(session.require().db);
    expect(result.ok).toBe(false);
    expect(result.firstBreak?.reason).toMatch(/head records event #7 but the chain ends at #5/);
  });

  it('moves the head with every appended event', () => {
    const { db } = session.require();
    const before = verifyAuditChain(db).headHash;
    db.transaction(() =>
      appendAuditEvent(
        db,
        { actor: 'x', action: 'test.event', subjectType: 'workspace', subjectId: 'w', payload: {} },
        new Date('2026-02-01T00:00:00Z'),
      ),
    )();
    const after = verifyAuditChain(db);
    expect(after).toMatchObject({ ok: true, count: 8, headSeq: 8 });
    expect(after.headHash).not.toBe(before);
  });

  it('refuses to append outside a transaction', () => {
    const { db } = session.require();
    expect(() =>
      appendAuditEvent(
        db,
        { actor: 'x', action: 'a', subjectType: 's', subjectId: 'i', payload: {} },
        new Date(),
      ),
    ).toThrow(/inside the transaction/);
  });
});
