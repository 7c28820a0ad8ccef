import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useLanguage } from '../i18n/useLanguage';
import { sameAnswer } from './sameAnswer';
import { questionTexts, type QuestionTexts } from './questionTexts';
import { useAssessmentTemplate } from './useAssessmentTemplate';

type Suggestion = OperationOutput<'reference.suggestions'>[number];

interface DestinationSuggestionsProps {
  assessmentId: string;
  onAccepted?: () => void;
}

function answerText(texts: QuestionTexts, questionId: string, value: unknown): string {
  const values = Array.isArray(value) ? value : [value];
  return values.map((item) => texts.option(questionId, String(item))).join('; ');
}

/**
 * Answers to the destination questions (C3–C7, C11) proposed from the newest imported indicator
 * values. Nothing is recorded until the assessor accepts one; the answer then cites its dataset.
 */
export function DestinationSuggestions({ assessmentId, onAccepted }: DestinationSuggestionsProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const baseId = useId();
  const [assessment, refreshAssessment] = useAssessmentTemplate(assessmentId);
  const state = useCoreQuery(
    (core) => core.invoke('reference.suggestions', { assessmentId }),
    [assessmentId],
  );
  const [accepting, setAccepting] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const texts = questionTexts(assessment.kind === 'loaded' ? assessment.template : null, language);
  const answers = assessment.kind === 'loaded' ? assessment.detail.answers : [];
  const hasDestination =
    assessment.kind !== 'loaded' || assessment.detail.assessment.destinationCountry !== null;

  const accept = async (suggestion: Suggestion) => {
    if (accepting) return;
    setAccepting(suggestion.questionId);
    setFailure(null);
    setNotice(null);
    try {
      await client.invoke('reference.acceptSuggestion', { assessmentId, questionId: suggestion.questionId });
      setNotice(`${suggestion.questionId}: ${t('suggestions.accepted')}`);
      onAccepted?.();
    } catch (error) {
      setFailure(isAssayClientError(error, 'conflict') ? t('suggestions.gone') : errorText(t, error));
      state.reload();
    } finally {
      setAccepting(null);
      refreshAssessment();
    }
  };

  return (
    <section className="panel" aria-labelledby={`${baseId}-title`} data-testid="destination-suggestions">
      <h2 id={`${baseId}-title`}>{t('suggestions.title')}</h2>
      <p className="muted">{t('suggestions.intro')}</p>
      <ErrorAlert message={failure} />
      <p role="status" className="notice">
        {notice}
      </p>
      {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.kind === 'failed' && <ErrorAlert message={errorText(t, state.error)} />}
      {state.kind === 'loaded' && state.data.length === 0 && (
        <p className="empty-state">
          {hasDestination ? t('suggestions.none') : t('suggestions.noDestination')}
        </p>
      )}
      {state.kind === 'loaded' && state.data.length > 0 && (
        <ul className="suggestion-list">
          {state.data.map((suggestion) => {
            const current = answers.find((answer) => answer.questionId === suggestion.questionId);
            const accepted = current !== undefined && sameAnswer(current.value, suggestion.value);
            const question = texts.question(suggestion.questionId);
            return (
              <li
                key={suggestion.questionId}
                className="suggestion"
                data-testid="suggestion"
                data-question-id={suggestion.questionId}
              >
                <h3 className="suggestion__question">
                  <span className="suggestion__id">{suggestion.questionId}</span>{' '}
                  <span dir="auto">{question}</span>
                </h3>
                <dl className="details-list suggestion__details">
                  <dt>{t('suggestions.indicator')}</dt>
                  <dd>
                    {suggestion.basis.map((line) => (
                      <code key={line} className="suggestion__basis" dir="ltr">
                        {line}
                      </code>
                    ))}
                  </dd>
                  <dt>{t('suggestions.dataset')}</dt>
                  <dd>
                    <bdi>{suggestion.datasetLabel}</bdi>
                  </dd>
                  <dt>{t('suggestions.proposed')}</dt>
                  <dd className="suggestion__proposed">
                    {answerText(texts, suggestion.questionId, suggestion.value)}
                  </dd>
                </dl>
                <div className="suggestion__actions">
                  {current && !accepted && (
                    <p className="muted">
                      {t('suggestions.current', {
                        answer: answerText(texts, suggestion.questionId, current.value),
                      })}
                    </p>
                  )}
                  {accepted ? (
                    <p className="suggestion__accepted" data-testid="suggestion-accepted">
                      <span aria-hidden="true">✓ </span>
                      {t('suggestions.accepted')}
                    </p>
                  ) : (
                    <button
                      type="button"
                      className="button button--primary button--small"
                      aria-label={t('suggestions.acceptFor', {
                        question: `${suggestion.questionId} ${question}`,
                      })}
                      aria-disabled={accepting !== null || undefined}
                      onClick={() => void accept(suggestion)}
                    >
                      {accepting === suggestion.questionId
                        ? t('suggestions.accepting')
                        : t('suggestions.accept')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
