import type { Question } from '../../../../assessments/questionnaire/templateSchema';
import type { AnswerValue } from '../../autosave/useAnswerQueue';
import type { TemplateText } from '../../../../assessments/questionnaire/templateText';

/** What every answer control receives: the question, its current draft value and where to report changes. */
export interface AnswerControlProps {
  question: Question;
  text: TemplateText;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  /** Id of the element holding the question's text: the control's accessible name. */
  labelledBy: string;
  describedBy: string;
  invalid: boolean;
}
