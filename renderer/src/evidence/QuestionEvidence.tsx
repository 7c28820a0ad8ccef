import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { isolate } from '../format/isolate';
import { shortSha } from '../reference/datasetKinds';
import { evidenceTypeLabel } from './evidenceTypeLabel';
import type { EvidenceItem } from './evidenceTypes';
import { LinkEvidenceDialog } from './LinkEvidenceDialog';
import { QuestionAttach } from './QuestionAttach';
import type { QuestionEvidenceState } from './useQuestionEvidence';

interface QuestionEvidenceProps {
  state: QuestionEvidenceState;
  /** The template asks for evidence here: an empty list is a gap, and says so. */
  evidenceRequired: boolean;
}

/** On a question card: the items linked to the question, attaching new files and linking stored ones. */
export function QuestionEvidence({ state, evidenceRequired }: QuestionEvidenceProps) {
  const { t } = useTranslation();
  const client = useClient();
  const headingId = useId();
  const linkRef = useRef<HTMLButtonElement>(null);
  const [choosing, setChoosing] = useState(false);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [unlinking, setUnlinking] = useState<string | null>(null);
  const { items, questionId } = state;
  const linked =
    items.kind === 'loaded' ? items.data.filter((item) => item.questionIds.includes(questionId)) : [];

  const unlink = async (item: EvidenceItem) => {
    if (unlinking) return;
    setUnlinking(item.id);
    setProblem(null);
    try {
      await client.invoke('evidence.link', { evidenceId: item.id, questionId, linked: false });
      setNotice(t('evidence.question.unlinked', { name: isolate(item.originalName), question: questionId }));
      state.changed();
      // The item's own button is gone; linking is the nearest sensible next step.
      linkRef.current?.focus();
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setUnlinking(null);
    }
  };

  return (
    <section className="question-evidence" aria-labelledby={headingId} data-testid="question-evidence">
      <h3 id={headingId} className="question-evidence__title">
        {t('evidence.question.heading')}
      </h3>
      {items.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {items.kind === 'failed' && (
        <div className="question-evidence__failed">
          <ErrorAlert message={errorText(t, items.error)} />
          <button type="button" className="button button--secondary button--small" onClick={items.reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {items.kind === 'loaded' &&
        (linked.length === 0 ? (
          evidenceRequired ? (
            <p className="question-evidence__missing" data-testid="evidence-missing">
              <span aria-hidden="true" className="question-evidence__missing-mark">
                !
              </span>{' '}
              {t('evidence.question.requiredNone')}
            </p>
          ) : (
            <p className="muted">{t('evidence.question.none')}</p>
          )
        ) : (
          <ul className="question-evidence__list" aria-labelledby={headingId}>
            {linked.map((item) => (
              <li key={item.id} className="question-evidence__item" data-testid="question-evidence-item">
                <bdi className="question-evidence__name">{item.originalName}</bdi>
                <span className="question-evidence__type muted" dir="ltr">
                  {evidenceTypeLabel(t, item.mimeType)}
                </span>
                <span className="question-evidence__sha muted">
                  <span className="visually-hidden">{t('evidence.fingerprint')} </span>
                  <code dir="ltr" title={item.sha256}>
                    {shortSha(item.sha256)}
                  </code>
                </span>
                <button
                  type="button"
                  className="button button--secondary button--small question-evidence__unlink"
                  aria-label={t('evidence.question.unlinkFrom', {
                    name: isolate(item.originalName),
                    question: questionId,
                  })}
                  aria-disabled={unlinking !== null || undefined}
                  onClick={() => void unlink(item)}
                >
                  {t('evidence.question.unlink')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <div className="question-evidence__actions">
        <QuestionAttach state={state.attach} />
        <button
          ref={linkRef}
          type="button"
          className="button button--secondary button--small"
          aria-haspopup="dialog"
          aria-disabled={items.kind !== 'loaded' || undefined}
          data-testid="link-existing-evidence"
          onClick={() => {
            if (items.kind === 'loaded') setChoosing(true);
          }}
        >
          {t('evidence.question.linkExisting')}
        </button>
      </div>
      <p role="status" className="question-evidence__notice">
        {notice}
      </p>
      <ErrorAlert message={problem} />
      {choosing && items.kind === 'loaded' && (
        <LinkEvidenceDialog
          assessmentId={state.assessmentId}
          questionId={questionId}
          items={items.data}
          onClose={() => setChoosing(false)}
          onLinked={(count) => {
            setChoosing(false);
            setNotice(t('evidence.question.linksChanged', { count, question: questionId }));
            state.changed();
          }}
        />
      )}
    </section>
  );
}
