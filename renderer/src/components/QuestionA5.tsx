import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useAnswerQueue, type AnswerRegistry } from '../autosave/useAnswerQueue';
import { AnswerTextField } from './AnswerTextField';

const QUESTION_ID = 'A5';

interface QuestionA5Props {
  assessmentId: string;
  answers: OperationOutput<'assessment.get'>['answers'];
  registry: AnswerRegistry;
}

/**
 * The one question of the first slice. Its words live in the UI locales until the questionnaire
 * template (with its own translations) replaces this component.
 */
export function QuestionA5({ assessmentId, answers, registry }: QuestionA5Props) {
  const { t } = useTranslation();
  const stored = answers.find((answer) => answer.questionId === QUESTION_ID);
  const queue = useAnswerQueue(registry, assessmentId, QUESTION_ID, stored?.answeredAt ?? null);
  return (
    <AnswerTextField
      label={t('questions.a5.label')}
      help={t('questions.a5.help')}
      storedValue={typeof stored?.value === 'string' ? stored.value : ''}
      queue={queue}
    />
  );
}
