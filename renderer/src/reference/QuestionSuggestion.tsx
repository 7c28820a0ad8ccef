import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { sameAnswer } from './sameAnswer';

type Suggestion = OperationOutput<'reference.suggestions'>[number];

interface QuestionSuggestionProps {
  assessmentId: string;
  questionId: string;
  text: TemplateText;
  /** The answer on screen now, to tell whether the suggestion is already taken. */
  value: unknown;
  /** Puts the suggested answer, with the note citing its dataset, into the question. */
  onUse: (suggestion: Suggestion) => void;
}

/**
 * At a question an imported indicator can answer (the destination questions), the answer it
 * proposes, where it comes from, and taking it. Shows nothing where no indicator proposes one.
 */
export function QuestionSuggestion({
  assessmentId,
  questionId,
  text,
  value,
  onUse,
}: QuestionSuggestionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useCoreQuery(
    (client) => client.invoke('reference.suggestions', { assessmentId }),
    [assessmentId],
  );
  const usedRef = useRef<HTMLParagraphElement>(null);
  const taking = useRef(false);
  const suggestion =
    query.kind === 'loaded' ? query.data.find((candidate) => candidate.questionId === questionId) : undefined;
  const accepted = suggestion !== undefined && value !== undefined && sameAnswer(value, suggestion.value);
  useEffect(() => {
    // The button that had focus is gone once the answer holds the suggestion; focus its outcome.
    if (taking.current && accepted) {
      taking.current = false;
      usedRef.current?.focus();
    }
  }, [accepted]);
  // Suggestions are help, not the answer: when they cannot be had, the question works as before,
  // and the screening page says why.
  if (!suggestion) return null;
  const values = Array.isArray(suggestion.value) ? suggestion.value : [suggestion.value];
  return (
    <aside className="question-suggestion" aria-labelledby={headingId} data-testid="question-suggestion">
      <h3 id={headingId} className="question-suggestion__title">
        {t('suggestions.atQuestion.heading')}
      </h3>
      <p className="question-suggestion__proposed">
        <span className="muted">{t('suggestions.proposed')}: </span>
        <strong>{values.map((option) => text.optionLabel(questionId, option)).join('; ')}</strong>
      </p>
      <p className="question-suggestion__basis muted">
        {t('suggestions.atQuestion.from')} <bdi>{suggestion.datasetLabel}</bdi>
        {suggestion.basis.map((line) => (
          <code key={line} className="suggestion__basis" dir="ltr">
            {line}
          </code>
        ))}
      </p>
      {accepted ? (
        <p
          ref={usedRef}
          tabIndex={-1}
          className="suggestion__accepted"
          data-testid="question-suggestion-used"
        >
          <span aria-hidden="true">✓ </span>
          {t('suggestions.atQuestion.used')}
        </p>
      ) : (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-describedby={headingId}
          onClick={() => {
            taking.current = true;
            onUse(suggestion);
          }}
        >
          {t('suggestions.atQuestion.use')}
        </button>
      )}
    </aside>
  );
}
