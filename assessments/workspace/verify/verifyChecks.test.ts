import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAuditEvent } from '../../audit/auditLog';
import { cli } from '../../../test/helpers/cliRun';
import { useTempDir } from '../../../test/helpers/tempDir';
import { steppingClock, TEST_PASSPHRASE } from '../../../test/helpers/workspace';
import { anchoredSession, work } from '../../../test/helpers/anchorAttacks';
import type { WorkspaceSession } from '../session';
import { verifyWorkspace } from '../verifyWorkspace';
import { checkGenesis } from './genesisCheck';
import { parseSchemaSnapshot } from './schemaCheck';

describe('workspace verification report', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let assessmentId: string;
  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = anchoredSession(tmp.path, clock);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    assessmentId = work(session, clock, 4);
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  const check = (id: string) => verifyWorkspace(session).checks.find((c) => c.id === id);

  it('names every check and passes an untouched workspace', () => {
    const report = verifyWorkspace(session);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['encryption', 'pass'],
      ['integrity', 'pass'],
      ['audit.chain', 'pass'],
      ['audit.genesis', 'pass'],
      ['anchor.header', 'pass'],
      ['anchor.outside', 'pass'],
      ['schema', 'pass'],
      ['answers.bound', 'pass'],
    ]);
    expect(check('answers.bound')?.message).toBe(
      '4 answers match the value hash of their latest audit event.',
    );
  });

  it('fails the schema check when an append-only trigger is dropped or a trigger is added', () => {
    const { db } = session.require();
    db.exec('DROP TRIGGER audit_events_append_only_delete');
    db.exec('CREATE TRIGGER sneaky AFTER INSERT ON answers BEGIN SELECT 1; END');
    const schema = check('schema');
    expect(schema?.status).toBe('fail');
    expect(schema?.message).toMatch(/unexpected trigger sneaky/);
    expect(schema?.message).toMatch(/trigger audit_events_append_only_delete is missing/);
    expect(verifyWorkspace(session).ok).toBe(false);
  });

  it('names an answer changed in the database without an audit event', () => {
    session
      .require()
      .db.prepare(
        "UPDATE answers SET value_json = '\"forged\"' WHERE assessment_id = ? AND question_id = 'Q2'",
      )
      .run(assessmentId);
    const answers = check('answers.bound');
    expect(answers?.status).toBe('fail');
    expect(answers?.message).toMatch(
      new RegExp(
        `answer Q2 of assessment ${assessmentId} is not the value its latest answer.saved event \\(#\\d+\\) recorded`,
      ),
    );
  });

  it('accepts answers saved before value hashes were recorded, reporting them as not bound', () => {
    const { db } = session.require();
    db.transaction(() => {
      db.prepare(
        `INSERT INTO answers (assessment_id, question_id, value_json, revision, answered_by, answered_at)
         VALUES (?, 'OLD', '"from an older release"', 1, 'N', '2026-01-01T00:00:00.000Z')`,
      ).run(assessmentId);
      appendAuditEvent(
        db,
        {
          actor: 'N',
          action: 'answer.saved',
          subjectType: 'assessment',
          subjectId: assessmentId,
          payload: { questionId: 'OLD', revision: 1, value: 'from an older release', note: null },
        },
        new Date('2026-01-01T00:00:00Z'),
      );
    })();
    expect(check('answers.bound')).toMatchObject({
      status: 'pass',
      message:
        '4 answers match the value hash of their latest audit event; 1 saved before value hashes were recorded (not bound).',
    });
  });

  it('requires event 1 to be workspace.created for this workspace', () => {
    const { db, workspaceId } = session.require();
    expect(checkGenesis(db, workspaceId).status).toBe('pass');
    const other = randomUUID();
    expect(checkGenesis(db, other)).toMatchObject({
      status: 'fail',
      message: `Audit event 1 created workspace ${workspaceId}, not this workspace (${other}).`,
    });
  });

  it('reads the committed snapshot by object name', () => {
    const objects = parseSchemaSnapshot(
      '-- header\n\nCREATE INDEX i ON t (a);\n\nCREATE TABLE t (\n  a TEXT\n) STRICT;\n\nCREATE TRIGGER g BEFORE DELETE ON t\nBEGIN\n  SELECT 1;\nEND;\n',
    );
    expect([...objects.keys()]).toEqual(['i', 't', 'g']);
    expect(objects.get('g')?.sql).toBe('CREATE TRIGGER g BEFORE DELETE ON t\nBEGIN\n  SELECT 1;\nEND');
  });

  it('prints each check in the CLI, with warnings that do not fail verification', async () => {
    session.lock();
    const result = await cli(['workspace', 'verify', session.paths.root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^ok {3}anchor \(workspace\.json\): Audit event \d+ \(hash [0-9a-f]{16}…\), anchored in workspace\.json, is in the database\.$/m,
    );
    expect(result.stdout).toMatch(/^ok {3}schema: \d+ tables, indexes and triggers match/m);
    expect(result.stdout).toMatch(/^ok {3}first event: Audit event 1 is workspace\.created/m);
    // The CLI's application-data folder (ASSAY_ANCHOR_DIR in tests) has not seen this workspace yet.
    expect(result.stdout).toMatch(/^warn unlock: No outside anchor for this workspace/m);
    expect(result.stdout).toMatch(
      /^ok {3}anchor \(outside\): Audit event \d+ .*, anchored in .*\.json, outside the workspace folder, is in/m,
    );
    const json = await cli(['workspace', 'verify', session.paths.root, '--json']);
    const report = JSON.parse(json.stdout) as { ok: boolean; checks: { id: string; status: string }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.id === 'anchor.outside')?.status).toBe('pass');
  });
});
