// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18n';
import type { Language } from '../i18n/languages';
import { mediumEvaluation, stopEvaluation } from '../testing/decisionFixtures';
import { byTestId, enableActEnvironment } from '../testing/dom';
import { StatusStrip } from './StatusStrip';
import type { Evaluation } from './useEvaluation';

enableActEnvironment();

let root: Root | null = null;

async function render(language: Language = 'en') {
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  return (evaluation: Evaluation | null, savedQuestionIds?: readonly string[]) =>
    act(() =>
      root?.render(
        <I18nextProvider i18n={i18n}>
          <StatusStrip answered={1} visible={2} evaluation={evaluation} savedQuestionIds={savedQuestionIds} />
        </I18nextProvider>,
      ),
    );
}

/** Both questions visible; B9 answered high (STOP) before, low after, so only B9 reads differently. */
function withProgress(evaluation: Evaluation, b9Risk: number): Evaluation {
  const question = (questionId: string, answered: boolean) => ({
    questionId,
    visible: true,
    required: true,
    answered,
    invalid: null,
    evidenceMissing: false,
  });
  return {
    ...evaluation,
    result: {
      ...evaluation.result,
      questions: evaluation.result.questions.map((q) => (q.questionId === 'B9' ? { ...q, risk: b9Risk } : q)),
    },
    progress: { ...evaluation.progress, questions: [question('B9', true), question('C9', false)] },
  };
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('the tier-change notice', () => {
  it('names the saved answer that changed the tier, politely', async () => {
    const draw = await render();
    draw(stopEvaluation());
    const notice = byTestId('tier-change-notice');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toBe('');
    draw(mediumEvaluation(), ['C9', 'B9']);
    expect(notice.textContent).toBe('Tier changed from Unacceptable to Medium after the answer to B9.');
    expect(byTestId('tier-change-notice')).toBe(notice);
  });

  it('finds the answer by comparing the evaluations when no save was named', async () => {
    const draw = await render();
    draw(withProgress(stopEvaluation(), 4));
    draw(withProgress(mediumEvaluation(), 0));
    expect(byTestId('tier-change-notice').textContent).toBe(
      'Tier changed from Unacceptable to Medium after the answer to B9.',
    );
  });

  it('says only the tiers when the answer cannot be told', async () => {
    const draw = await render();
    draw(stopEvaluation());
    draw(mediumEvaluation());
    expect(byTestId('tier-change-notice').textContent).toBe('Tier changed from Unacceptable to Medium.');
  });

  it('goes quiet when the next evaluation leaves the tier where it was', async () => {
    const draw = await render();
    draw(stopEvaluation());
    draw(mediumEvaluation(), ['B9']);
    draw({ ...mediumEvaluation() }, ['C9']);
    expect(byTestId('tier-change-notice').textContent).toBe('');
  });

  it('says it in the reader’s language', async () => {
    const draw = await render('fr');
    draw(stopEvaluation());
    draw(mediumEvaluation(), ['B9']);
    expect(byTestId('tier-change-notice').textContent).toBe(
      'Niveau passé de « Inacceptable » à « Moyen » après la réponse à B9.',
    );
  });

  it('marks a result that rests on assumptions as provisional, not as a second recommendation', async () => {
    const draw = await render();
    const base = stopEvaluation();
    draw({
      ...base,
      assumptions: [{ kind: 'unknownAnswer', section: 'C', questionIds: ['C9'], risk: 3 }],
    });
    expect(byTestId('status-tier').textContent).toContain('Provisional');
    expect(byTestId('status-recommendation').textContent).toContain('Deny');
  });
});
