import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { testQuestion } from '../../test/helpers/templateBuilder';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import type { OperationOutput } from '../api/contract';
import { createHandlers } from '../api/handlers';
import { verifyAuditChain } from '../audit/auditLog';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';

const FIXTURE = fileURLToPath(
  new URL('../../test/fixtures/templates/vendor-onboarding/template.json', import.meta.url),
);
const ok = unwrapEnvelope;

interface TemplateJson {
  version: string;
  sections: { id: string; questions: { id: string; text: string; options?: { value: string }[] }[] }[];
}

/**
 * Version 1.1.0 of the fixture: C5 removed, C6 added, B5 without its "partial" option (a stored
 * "partial" no longer validates), A1 reworded; A4 and the rest unchanged.
 */
function writeVersion110(libraryDir: string): void {
  const json = JSON.parse(readFileSync(FIXTURE, 'utf8')) as TemplateJson;
  json.version = '1.1.0';
  for (const section of json.sections) {
    section.questions = section.questions.filter((q) => q.id !== 'C5');
    for (const q of section.questions) {
      if (q.id === 'A1') q.text = 'Supplier legal name, as registered';
      if (q.id === 'B5') q.options = q.options?.filter((o) => o.value !== 'partial');
    }
    if (section.id === 'C') {
      section.questions.push(
        testQuestion('C6', 'text', {
          mapsTo: [{ framework: 'UNGP', clause: 'Principle 21', source: 'ungp' }],
        }) as TemplateJson['sections'][number]['questions'][number],
      );
    }
  }
  mkdirSync(join(libraryDir, 'vendor-onboarding-1.1.0'));
  writeFileSync(join(libraryDir, 'vendor-onboarding-1.1.0', 'template.json'), JSON.stringify(json));
}

/**
 * Version 1.0.5 of the fixture as a questionnaire only: no question weighs in and there is no
 * scoring block (a valid template, which cannot be scored).
 */
function writeUnscoredVersion(libraryDir: string): void {
  const json = JSON.parse(readFileSync(FIXTURE, 'utf8')) as TemplateJson & { scoring?: unknown };
  json.version = '1.0.5';
  delete json.scoring;
  for (const section of json.sections)
    for (const question of section.questions as Record<string, unknown>[]) delete question.importance;
  mkdirSync(join(libraryDir, 'vendor-onboarding-1.0.5'));
  writeFileSync(join(libraryDir, 'vendor-onboarding-1.0.5', 'template.json'), JSON.stringify(json));
}

type Plan = OperationOutput<'assessment.planUpgrade'>;
type Upgraded = OperationOutput<'assessment.upgrade'>;
type Evaluation = OperationOutput<'assessment.evaluate'>;
type Evidence = OperationOutput<'evidence.list'>;

describe('assessment versions: upgrading to a newer template version', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let oldId: string;

  const auditRows = (subjectId: string) =>
    session
      .require()
      .db.prepare(
        "SELECT action, payload_json FROM audit_events WHERE subject_type = 'assessment' AND subject_id = ? ORDER BY seq",
      )
      .all(subjectId) as { action: string; payload_json: string }[];

  beforeEach(async () => {
    tmp = useTempDir();
    const libraryDir = join(tmp.path, 'templates');
    cpSync(join(FIXTURE, '..'), join(libraryDir, 'vendor-onboarding'), { recursive: true });
    writeVersion110(libraryDir);
    writeUnscoredVersion(libraryDir);
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(libraryDir),
    });
    await ok(dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' }));
    ({ id: oldId } = await ok<{ id: string }>(
      dispatch(handlers, 'assessment.create', {
        title: 'Supplier X',
        destinationCountry: 'EG',
        endUserName: 'Acme Textiles',
        templateId: 'vendor-onboarding',
        templateVersion: '1.0.0',
      }),
    ));
    const answers: [string, unknown][] = [
      ['A1', 'Acme Textiles Ltd'],
      ['A2', 'weak'],
      ['A4', 'no'],
      ['B5', 'partial'],
      ['C5', 'Visited in March.'],
    ];
    for (const [questionId, value] of answers)
      await ok(dispatch(handlers, 'answers.save', { assessmentId: oldId, questionId, value }));
    const file = join(tmp.path, 'register-extract.txt');
    writeFileSync(file, 'Company register extract for Acme Textiles Ltd.\n');
    await ok(
      dispatch(handlers, 'evidence.ingest', {
        assessmentId: oldId,
        path: file,
        metadata: { source: 'Company register', reliability: 'B', credibility: 2 },
        questionIds: ['A4', 'B5', 'C5'],
      }),
    );
    const evaluation = await ok<Evaluation>(dispatch(handlers, 'assessment.evaluate', { id: oldId }));
    await ok(
      dispatch(handlers, 'decision.record', {
        assessmentId: oldId,
        finalRecommendation: evaluation.result.recommendation,
        rationale: 'Decided on the 1.0.0 answers, before the template changed.',
      }),
    );
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('plans what is carried, dropped, new and changed, with both results, and changes nothing', async () => {
    const headBefore = verifyAuditChain(session.require().db);
    const plan = await ok<Plan>(dispatch(handlers, 'assessment.planUpgrade', { assessmentId: oldId }));
    expect(plan).toMatchObject({
      assessmentId: oldId,
      from: { id: 'vendor-onboarding', version: '1.0.0' },
      to: { id: 'vendor-onboarding', version: '1.1.0' },
      carried: ['A1', 'A2', 'A4'],
      dropped: [
        {
          questionId: 'B5',
          reason: 'value_invalid',
          message: 'B5 in vendor-onboarding@1.1.0: expected one of "complete", "missing"',
          value: 'partial',
        },
        {
          questionId: 'C5',
          reason: 'question_removed',
          message: 'C5 is not in vendor-onboarding@1.1.0',
          value: 'Visited in March.',
        },
      ],
      newQuestions: ['C6'],
      changedQuestions: ['A1', 'B5'],
      toAnswer: ['B5', 'C6'],
      evidence: { items: 1 },
    });
    expect(plan.evidence.links.map((link) => link.questionId)).toEqual(['A4', 'B5']);
    expect(plan.evidence.droppedLinks.map((link) => link.questionId)).toEqual(['C5']);
    expect(plan.before.result.template).toEqual({ id: 'vendor-onboarding', version: '1.0.0' });
    expect(plan.after.result.template).toEqual({ id: 'vendor-onboarding', version: '1.1.0' });
    expect(plan.after.result.gaps.missingRequired).toContain('B5');
    expect(verifyAuditChain(session.require().db)).toEqual(headBefore);
    expect(await ok<unknown[]>(dispatch(handlers, 'assessment.list', {}))).toHaveLength(1);
  });

  it('creates a new draft version with the answers and evidence that apply, never the decision', async () => {
    const before = JSON.stringify(await ok(dispatch(handlers, 'assessment.evaluate', { id: oldId })));
    const oldDetail = await ok(dispatch(handlers, 'assessment.get', { id: oldId }));
    const upgraded = await ok<Upgraded>(dispatch(handlers, 'assessment.upgrade', { assessmentId: oldId }));
    const newId = upgraded.assessment.id;

    expect(newId).not.toBe(oldId);
    expect(upgraded.previousAssessmentId).toBe(oldId);
    expect(upgraded.assessment).toMatchObject({
      title: 'Supplier X',
      destinationCountry: 'EG',
      endUserName: 'Acme Textiles',
      status: 'draft',
      template: { id: 'vendor-onboarding', version: '1.1.0' },
      decision: null,
    });
    expect(await ok(dispatch(handlers, 'decision.get', { assessmentId: newId }))).toBeNull();
    const stored = session
      .require()
      .db.prepare('SELECT previous_assessment_id FROM assessments WHERE id = ?')
      .pluck()
      .get(newId);
    expect(stored).toBe(oldId);

    const detail = await ok<OperationOutput<'assessment.get'>>(
      dispatch(handlers, 'assessment.get', { id: newId }),
    );
    expect(detail.answers.map((a) => [a.questionId, a.value, a.revision])).toEqual([
      ['A1', 'Acme Textiles Ltd', 1],
      ['A2', 'weak', 1],
      ['A4', 'no', 1],
    ]);

    const [oldItem] = await ok<Evidence>(dispatch(handlers, 'evidence.list', { assessmentId: oldId }));
    const [newItem] = await ok<Evidence>(dispatch(handlers, 'evidence.list', { assessmentId: newId }));
    expect(newItem).toMatchObject({
      assessmentId: newId,
      sha256: oldItem?.sha256,
      source: 'Company register',
      reliability: 'B',
      questionIds: ['A4', 'B5'],
    });
    expect(newItem?.id).not.toBe(oldItem?.id);
    const custody = await ok<{ action: string; payload: Record<string, unknown> }[]>(
      dispatch(handlers, 'evidence.custody', { evidenceId: newItem?.id }),
    );
    expect(custody).toMatchObject([
      {
        action: 'evidence.carried',
        payload: { fromEvidenceId: oldItem?.id, fromAssessmentId: oldId, droppedQuestionIds: ['C5'] },
      },
    ]);

    const newEvents = auditRows(newId);
    expect(newEvents.map((e) => e.action)).toEqual([
      'assessment.created',
      'answer.saved',
      'answer.saved',
      'answer.saved',
    ]);
    expect(JSON.parse(newEvents[0]?.payload_json ?? '{}')).toMatchObject({ previousAssessmentId: oldId });
    expect(JSON.parse(newEvents[1]?.payload_json ?? '{}')).toMatchObject({
      questionId: 'A1',
      carriedFrom: { assessmentId: oldId, revision: 1 },
    });
    const upgradedEvent = auditRows(oldId).at(-1);
    expect(upgradedEvent?.action).toBe('assessment.upgraded');
    expect(JSON.parse(upgradedEvent?.payload_json ?? '{}')).toMatchObject({ nextAssessmentId: newId });
    expect(verifyAuditChain(session.require().db)).toMatchObject({ ok: true });

    // The old version still scores byte for byte as it did, and keeps its answers and decision.
    expect(JSON.stringify(await ok(dispatch(handlers, 'assessment.evaluate', { id: oldId })))).toBe(before);
    // Only the link to its next version is new; each version names the other.
    expect(await ok(dispatch(handlers, 'assessment.get', { id: oldId }))).toEqual({
      ...(oldDetail as object),
      versions: {
        previous: null,
        next: { id: newId, title: 'Supplier X', template: upgraded.assessment.template },
      },
    });
    expect(detail.versions).toEqual({
      previous: {
        id: oldId,
        title: 'Supplier X',
        template: (oldDetail as OperationOutput<'assessment.get'>).assessment.template,
      },
      next: null,
    });
    expect(await ok(dispatch(handlers, 'decision.get', { assessmentId: oldId }))).not.toBeNull();

    // Both items share one vault blob: removing the old one must not erase the new one's content.
    expect(await ok(dispatch(handlers, 'evidence.remove', { evidenceId: oldItem?.id ?? '' }))).toEqual({
      erasedBlob: false,
    });
    const evaluated = await ok<Evaluation>(dispatch(handlers, 'assessment.evaluate', { id: newId }));
    expect(evaluated.result).toEqual(upgraded.plan.after.result);
  });

  it('refuses what cannot be upgraded and says what is available', async () => {
    const refusal = async (input: Record<string, unknown>) => {
      const result = await dispatch(handlers, 'assessment.upgrade', { assessmentId: oldId, ...input });
      return result.ok ? null : result.error;
    };
    expect(await refusal({ assessmentId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'not_found',
    });
    expect(await refusal({ version: '1.0.0' })).toMatchObject({
      code: 'conflict',
      message: `Assessment ${oldId} is on vendor-onboarding@1.0.0; 1.0.0 is not newer. Newer versions in the library: 1.0.5, 1.1.0.`,
    });
    expect(await refusal({ version: '2.0.0' })).toMatchObject({
      code: 'not_found',
      message:
        'vendor-onboarding@2.0.0 is not in the template library; versions available: 1.0.0, 1.0.5, 1.1.0.',
    });
    expect(await refusal({ version: '1.0.5' })).toMatchObject({
      code: 'invalid_input',
      message:
        'vendor-onboarding@1.0.5 has no scoring configuration: an assessment can be upgraded only to a version that scores it.',
    });
    expect(await refusal({ templateId: 'other-template' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('only to a newer version of vendor-onboarding, not to other-template'),
    });
    const upgraded = await ok<Upgraded>(dispatch(handlers, 'assessment.upgrade', { assessmentId: oldId }));
    expect(await refusal({})).toMatchObject({
      code: 'conflict',
      message: `Assessment ${oldId} already has a newer version, ${upgraded.assessment.id} ("Supplier X"); upgrade that one instead.`,
    });
    expect(
      await dispatch(handlers, 'assessment.upgrade', { assessmentId: upgraded.assessment.id }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/not newer/) } });
    expect(auditRows(oldId).filter((e) => e.action === 'assessment.upgraded')).toHaveLength(1);
  });
});
