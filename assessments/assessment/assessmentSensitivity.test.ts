import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { contract, type OperationOutput } from '../api/contract';
import { dispatch, type Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/templates/', import.meta.url));
const value = unwrapEnvelope;

type Evaluation = OperationOutput<'assessment.evaluate'>;
type Sensitivity = OperationOutput<'assessment.sensitivity'>;

describe('assessment.evaluate assumptions and assessment.sensitivity', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let assessmentId: string;

  beforeEach(async () => {
    tmp = useTempDir();
    cpSync(FIXTURES, join(tmp.path, 'templates'), { recursive: true });
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({ session, clock, library: new TemplateLibrary(join(tmp.path, 'templates')) });
    await dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
    ({ id: assessmentId } = await value<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'S', templateId: 'vendor-onboarding' }),
    ));
    for (const [questionId, answer] of Object.entries({ A2: 'weak', A4: 'unknown', C1: 2 }))
      await value(dispatch(handlers, 'answers.save', { assessmentId, questionId, value: answer }));
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('lists what the result assumes beside the result', async () => {
    const evaluation = await value<Evaluation>(
      dispatch(handlers, 'assessment.evaluate', { id: assessmentId }),
    );
    expect(contract['assessment.evaluate'].output.parse(evaluation)).toEqual(evaluation);
    expect(evaluation.assumptions).toContainEqual({
      kind: 'severityAssumed',
      reason: 'unanswered',
      section: 'C',
      questionIds: ['C2'],
      value: 4,
    });
    expect(evaluation.assumptions).toContainEqual(
      expect.objectContaining({ kind: 'unknownAnswer', section: 'A', questionIds: ['A4'] }),
    );
    expect(evaluation.assumptions).toContainEqual(
      expect.objectContaining({ kind: 'likelihoodAssumed', section: 'B', noneAnswered: true }),
    );
  });

  it('names single answers that change the tier, and saving one does', async () => {
    const before = await value<Evaluation>(dispatch(handlers, 'assessment.evaluate', { id: assessmentId }));
    const sensitivity = await value<Sensitivity>(
      dispatch(handlers, 'assessment.sensitivity', { id: assessmentId }),
    );
    expect(contract['assessment.sensitivity'].output.parse(sensitivity)).toEqual(sensitivity);
    const [changer] = sensitivity.tierChangers;
    if (!changer) throw new Error('expected at least one answer that changes the tier');
    await value(
      dispatch(handlers, 'answers.save', {
        assessmentId,
        questionId: changer.questionId,
        value: changer.toAnswer,
      }),
    );
    const after = await value<Evaluation>(dispatch(handlers, 'assessment.evaluate', { id: assessmentId }));
    expect(after.result.tier).not.toBe(before.result.tier);
    expect(after.result).toMatchObject({ tier: changer.tier, recommendation: changer.recommendation });
  });

  it('refuses an assessment that does not exist', async () => {
    const missing = await dispatch(handlers, 'assessment.sensitivity', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
