import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { verifyAuditChain } from '../audit/auditLog';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/templates/', import.meta.url));
const RATIONALE = 'Vendor has no credible labour-rights record; refer to the committee.';

const value = unwrapEnvelope;

describe('decisions', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let assessmentId: string;
  let computed: string;

  beforeEach(async () => {
    tmp = useTempDir();
    cpSync(FIXTURES, join(tmp.path, 'templates'), { recursive: true });
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(join(tmp.path, 'templates')),
    });
    await dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
    ({ id: assessmentId } = await value<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'S', templateId: 'vendor-onboarding' }),
    ));
    await value(dispatch(handlers, 'answers.save', { assessmentId, questionId: 'A2', value: 'weak' }));
    computed = (
      await value<{ result: { recommendation: string } }>(
        dispatch(handlers, 'assessment.evaluate', { id: assessmentId }),
      )
    ).result.recommendation;
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('refuses to approve an incomplete assessment and names what is missing', async () => {
    const result = await dispatch(handlers, 'decision.record', {
      assessmentId,
      finalRecommendation: 'approve',
      rationale: RATIONALE,
      overrideJustification: 'The missing answers do not matter here.',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/Cannot approve while the assessment is incomplete: .*unanswered A1/),
      },
    });
  });

  it('requires a justification to override the computed recommendation', async () => {
    const other = computed === 'deny' ? 'refer' : 'deny';
    const refused = await dispatch(handlers, 'decision.record', {
      assessmentId,
      finalRecommendation: other,
      rationale: RATIONALE,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/give a justification/) },
    });
    const short = await dispatch(handlers, 'decision.record', {
      assessmentId,
      finalRecommendation: other,
      rationale: 'too short',
    });
    expect(short).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/rationale: give the reasons in at least 20/),
      },
    });
  });

  it('refuses a review date that is already past everywhere on Earth, and nothing is recorded', async () => {
    // The clock reads 2026-01-15T09:00Z; twelve hours west of UTC it is still the 14th.
    const record = (reviewDate: string) =>
      dispatch(handlers, 'decision.record', {
        assessmentId,
        finalRecommendation: 'deny',
        rationale: RATIONALE,
        overrideJustification:
          computed === 'deny' ? null : 'Labour-rights risk outweighs the computed outcome.',
        reviewDate,
      });
    expect(await record('2026-01-13')).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The review date 2026-01-13 is in the past: choose today or a later date.',
        details: { issues: [{ path: 'reviewDate' }] },
      },
    });
    expect(await value(dispatch(handlers, 'decision.get', { assessmentId }))).toBeNull();
    expect(await record('2026-01-14')).toMatchObject({ ok: true, value: { reviewDate: '2026-01-14' } });
  });

  it('records a decision with conditions, audits it, and goes stale when an answer changes', async () => {
    const decision = await value<{ id: string; computedRecommendation: string; staleSince: string | null }>(
      dispatch(handlers, 'decision.record', {
        assessmentId,
        finalRecommendation: 'deny',
        rationale: RATIONALE,
        overrideJustification:
          computed === 'deny' ? null : 'Labour-rights risk outweighs the computed outcome.',
        conditions: [{ category: 'reporting-duty', text: 'Report any audit finding within 30 days.' }],
        reviewDate: '2027-11-01',
      }),
    );
    expect(decision).toMatchObject({ computedRecommendation: computed, staleSince: null });
    const listed = await value<{ status: string; decision: { stale: boolean } }[]>(
      dispatch(handlers, 'assessment.list', {}),
    );
    expect(listed[0]).toMatchObject({
      status: 'decided',
      decision: { finalRecommendation: 'deny', stale: false },
    });

    await value(dispatch(handlers, 'answers.save', { assessmentId, questionId: 'A2', value: 'moderate' }));
    const after = await value<{ id: string; staleSince: string | null; conditions: unknown[] }>(
      dispatch(handlers, 'decision.get', { assessmentId }),
    );
    expect(after.id).toBe(decision.id);
    expect(after.staleSince).not.toBeNull();
    expect(after.conditions).toEqual([
      { category: 'reporting-duty', text: 'Report any audit finding within 30 days.' },
    ]);
    const relisted = await value<{ decision: { stale: boolean } }[]>(
      dispatch(handlers, 'assessment.list', {}),
    );
    expect(relisted[0]?.decision.stale).toBe(true);

    const actions = session
      .require()
      .db.prepare('SELECT action FROM audit_events ORDER BY seq')
      .pluck()
      .all();
    expect(actions.slice(-3)).toEqual(['decision.recorded', 'decision.stale', 'answer.saved']);
    expect(verifyAuditChain(session.require().db).ok).toBe(true);
  });

  it('stores reassessment triggers by id, once each and in catalogue order, and audits them', async () => {
    const input = {
      assessmentId,
      finalRecommendation: 'deny',
      rationale: RATIONALE,
      overrideJustification:
        computed === 'deny' ? null : 'Labour-rights risk outweighs the computed outcome.',
      conditions: [{ category: 'contract-clause', text: 'No re-export without consent.' }],
      triggers: ['renewal', 'coup', 'renewal'],
    };
    const recorded = await value<{ triggers: string[] }>(dispatch(handlers, 'decision.record', input));
    expect(recorded.triggers).toEqual(['coup', 'renewal']);
    const read = await value<{ triggers: string[]; conditions: unknown[] }>(
      dispatch(handlers, 'decision.get', { assessmentId }),
    );
    expect(read).toMatchObject({
      triggers: ['coup', 'renewal'],
      conditions: [{ category: 'contract-clause', text: 'No re-export without consent.' }],
    });
    const payload = session
      .require()
      .db.prepare("SELECT payload_json FROM audit_events WHERE action = 'decision.recorded'")
      .pluck()
      .get() as string;
    expect(JSON.parse(payload)).toMatchObject({ triggers: ['coup', 'renewal'] });
  });

  it('refuses a trigger it does not know, naming the field', async () => {
    const result = await dispatch(handlers, 'decision.record', {
      assessmentId,
      finalRecommendation: 'deny',
      rationale: RATIONALE,
      overrideJustification:
        computed === 'deny' ? null : 'Labour-rights risk outweighs the computed outcome.',
      triggers: ['earthquake'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /triggers/ } });
    expect(await value(dispatch(handlers, 'decision.get', { assessmentId }))).toBeNull();
  });

  it('reads a decision recorded before triggers had ids exactly as it was, with no triggers', async () => {
    const db = session.require().db;
    const id = '22222222-2222-4222-8222-222222222222';
    db.prepare(
      `INSERT INTO decisions
         (id, assessment_id, computed_tier, computed_recommendation, final_recommendation, rationale,
          override_justification, review_date, scoring_result_json, decided_by, decided_at, stale_since)
       VALUES ($id, $assessmentId, 'High', 'refer', 'refer', $rationale, NULL, NULL, '{}', 'Nadia',
               '2025-06-01T10:00:00.000Z', NULL)`,
    ).run({ id, assessmentId, rationale: RATIONALE });
    const legacy = { category: 'reporting-duty', text: 'Re-assess before any further delivery if: A coup' };
    db.prepare(
      `INSERT INTO decision_conditions (decision_id, position, category, text)
       VALUES ($id, 0, $category, $text)`,
    ).run({ id, ...legacy });
    expect(await value(dispatch(handlers, 'decision.get', { assessmentId }))).toMatchObject({
      id,
      conditions: [legacy],
      triggers: [],
    });
  });
});
