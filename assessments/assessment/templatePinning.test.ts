import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/templates/', import.meta.url));

const ok = unwrapEnvelope;

describe('assessments pinned to a template', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let libraryDir: string;
  const templateFile = () => join(libraryDir, 'vendor-onboarding', 'template.json');

  beforeEach(async () => {
    tmp = useTempDir();
    libraryDir = join(tmp.path, 'templates');
    cpSync(FIXTURES, libraryDir, { recursive: true });
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(libraryDir),
    });
    await dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('lists the library and pins id, version and hash on creation', async () => {
    const [summary] = await ok<{ id: string; hash: string; questions: number }[]>(
      dispatch(handlers, 'template.list', {}),
    );
    expect(summary).toMatchObject({ id: 'vendor-onboarding', questions: 14 });
    const created = await ok<{ template: { id: string; hash: string } }>(
      dispatch(handlers, 'assessment.create', { title: 'Supplier X', templateId: 'vendor-onboarding' }),
    );
    expect(created.template).toEqual({ id: 'vendor-onboarding', version: '1.0.0', hash: summary?.hash });
  });

  it('checks every saved answer against the pinned question', async () => {
    const { id } = await ok<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'S', templateId: 'vendor-onboarding' }),
    );
    await ok(
      dispatch(handlers, 'answers.save', {
        assessmentId: id,
        questionId: 'A2',
        value: 'weak',
        note: 'no code of conduct',
      }),
    );
    const wrongOption = await dispatch(handlers, 'answers.save', {
      assessmentId: id,
      questionId: 'A2',
      value: 'terrible',
    });
    expect(wrongOption).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/Invalid answer to A2: expected one of "strong", "moderate", "weak"/),
      },
    });
    const noQuestion = await dispatch(handlers, 'answers.save', {
      assessmentId: id,
      questionId: 'Z9',
      value: 'x',
    });
    expect(noQuestion).toMatchObject({
      ok: false,
      error: { message: 'Question Z9 is not in vendor-onboarding@1.0.0.' },
    });
    const detail = await ok<{ answers: { questionId: string; value: unknown; note: string | null }[] }>(
      dispatch(handlers, 'assessment.get', { id }),
    );
    expect(detail.answers).toEqual([
      expect.objectContaining({ questionId: 'A2', value: 'weak', note: 'no code of conduct' }),
    ]);
  });

  it('keeps using the pinned copy after the library template changes', async () => {
    const { id, template } = await ok<{ id: string; template: { hash: string } }>(
      dispatch(handlers, 'assessment.create', { title: 'S', templateId: 'vendor-onboarding' }),
    );
    const json = JSON.parse(readFileSync(templateFile(), 'utf8')) as {
      sections: { questions: { id: string; options?: { value: string; label: string; risk: number }[] }[] }[];
    };
    const a2 = json.sections[0]?.questions.find((q) => q.id === 'A2');
    a2?.options?.push({ value: 'feeble', label: 'Feeble', risk: 4 });
    writeFileSync(templateFile(), JSON.stringify(json));
    const clock = steppingClock();
    const reloaded = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(libraryDir),
    });
    const [changed] = await ok<{ hash: string }[]>(dispatch(reloaded, 'template.list', {}));
    expect(changed?.hash).not.toBe(template.hash);
    await ok(dispatch(reloaded, 'answers.save', { assessmentId: id, questionId: 'A2', value: 'weak' }));
    const refused = await dispatch(reloaded, 'answers.save', {
      assessmentId: id,
      questionId: 'A2',
      value: 'feeble',
    });
    expect(refused.ok).toBe(false);
    const detail = await ok<{ assessment: { template: { hash: string } } }>(
      dispatch(reloaded, 'assessment.get', { id }),
    );
    expect(detail.assessment.template.hash).toBe(template.hash);
  });

  it('imports a whole assessment atomically: one bad answer and nothing is created', async () => {
    const bad = await dispatch(handlers, 'assessment.import', {
      title: 'Batch',
      templateId: 'vendor-onboarding',
      answers: { A2: { value: 'weak' }, A4: { value: 'maybe' } },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Invalid answer to A4/) },
    });
    expect(await ok<unknown[]>(dispatch(handlers, 'assessment.list', {}))).toEqual([]);
    const good = await ok<{ id: string }>(
      dispatch(handlers, 'assessment.import', {
        title: 'Batch',
        templateId: 'vendor-onboarding',
        answers: { A2: { value: 'weak' }, A4: { value: 'yes' } },
      }),
    );
    const detail = await ok<{ answers: unknown[] }>(dispatch(handlers, 'assessment.get', { id: good.id }));
    expect(detail.answers).toHaveLength(2);
  });

  it('evaluates a stored assessment: scores, progress and what blocks finalisation', async () => {
    const { id } = await ok<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'S', templateId: 'vendor-onboarding' }),
    );
    await ok(dispatch(handlers, 'answers.save', { assessmentId: id, questionId: 'A2', value: 'weak' }));
    const evaluation = await ok<{
      templateRef: string;
      result: { template: { id: string }; sections: { section: string; answered: number }[] };
      progress: { answered: number };
      blockers: { missingRequired: string[] };
    }>(dispatch(handlers, 'assessment.evaluate', { id }));
    expect(evaluation.templateRef).toMatch(/^vendor-onboarding@1\.0\.0#/);
    expect(evaluation.result.template.id).toBe('vendor-onboarding');
    expect(evaluation.progress.answered).toBe(1);
    expect(evaluation.blockers.missingRequired).toContain('A1');
    expect(evaluation.blockers.missingRequired).not.toContain('A2');
    const bare = await ok<{ id: string }>(
      dispatch(
        createHandlers({
          session,
          clock: steppingClock(),
          library: new TemplateLibrary(join(tmp.path, 'none')),
        }),
        'assessment.create',
        { title: 'No questionnaire' },
      ),
    );
    expect(await dispatch(handlers, 'assessment.evaluate', { id: bare.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
