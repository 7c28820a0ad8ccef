import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';

const ok = unwrapEnvelope;

interface ListItem {
  id: string;
  title: string;
  tier: string | null;
}

describe('creating an assessment with what is known at intake, and listing tiers', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;

  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(REPO_TEMPLATES),
    });
    await dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('saves the initial answers with the assessment, each checked and audited like any answer', async () => {
    const { id } = await ok<{ id: string }>(
      dispatch(handlers, 'assessment.create', {
        title: 'IMSI catchers',
        destinationCountry: 'EG',
        endUserName: 'Ministry of Interior',
        initialAnswers: {
          C1: { value: 'EG' },
          B1: { value: ['mobile-interception'] },
          B2: { value: 'eu-annex-i-listed', note: '5A001.f' },
          E1: {
            value: [
              { name: 'Ministry of Interior', role: 'end user' },
              { name: 'Gulf Trading FZE', role: 'intermediary' },
            ],
          },
        },
      }),
    );
    const detail = await ok<{ answers: { questionId: string; value: unknown; note: string | null }[] }>(
      dispatch(handlers, 'assessment.get', { id }),
    );
    const byId = Object.fromEntries(detail.answers.map((answer) => [answer.questionId, answer]));
    expect(byId.B2).toMatchObject({ value: 'eu-annex-i-listed', note: '5A001.f' });
    expect(byId.E1?.value).toEqual([
      { name: 'Ministry of Interior', role: 'end user' },
      { name: 'Gulf Trading FZE', role: 'intermediary' },
    ]);
    expect(Object.keys(byId).sort()).toEqual(['B1', 'B2', 'C1', 'E1']);
    expect(await ok<{ ok: boolean }>(dispatch(handlers, 'audit.verify', {}))).toMatchObject({ ok: true });
  });

  it('creates nothing when one initial answer does not fit the template', async () => {
    const result = await dispatch(handlers, 'assessment.create', {
      title: 'Bad intake',
      initialAnswers: { C1: { value: 'EG' }, B1: { value: ['no-such-category'] } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ok<ListItem[]>(dispatch(handlers, 'assessment.list', {}))).toEqual([]);
  });

  it('lists each assessment with the tier its current answers score to', async () => {
    const { id } = await ok<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'Spyware', destinationCountry: 'EG' }),
    );
    const before = await ok<ListItem[]>(dispatch(handlers, 'assessment.list', {}));
    expect(before[0]?.tier).toMatch(/^(Low|Medium|High|Unacceptable)$/);
    // A STOP answer: the end user is designated for human-rights abuses.
    await ok(
      dispatch(handlers, 'answers.save', {
        assessmentId: id,
        questionId: 'D3',
        value: 'hr-sanctions-designation',
      }),
    );
    const after = await ok<ListItem[]>(dispatch(handlers, 'assessment.list', {}));
    expect(after[0]).toMatchObject({ id, tier: 'Unacceptable' });
  });
});
