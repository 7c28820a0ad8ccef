import type { TemplateText } from '../../../assessments/questionnaire/templateText';

interface QuestionLinkProps {
  questionId: string;
  text: TemplateText;
  onSelect: (questionId: string) => void;
}

/** A question cited by the risk result; choosing it takes the assessor to that question. */
export function QuestionLink({ questionId, text, onSelect }: QuestionLinkProps) {
  return (
    <button
      type="button"
      className="question-link"
      data-question-id={questionId}
      onClick={() => onSelect(questionId)}
    >
      <span className="question-link__id">{questionId}</span>
      <span className="question-link__text" dir="auto">
        {text.questionText(questionId)}
      </span>
    </button>
  );
}

interface QuestionLinkListProps {
  questionIds: readonly string[];
  text: TemplateText;
  onSelect: (questionId: string) => void;
}

export function QuestionLinkList({ questionIds, text, onSelect }: QuestionLinkListProps) {
  return (
    <ul className="question-links">
      {questionIds.map((id) => (
        <li key={id}>
          <QuestionLink questionId={id} text={text} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
