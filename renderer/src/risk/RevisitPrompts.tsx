import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { scoringTextKey } from '../../../assessments/questionnaire/translationKeys';
import type { ScoringResult } from '../../../assessments/scoring/resultSchema';
import { QuestionLink } from './QuestionLink';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

interface RevisitPromptsProps {
  result: ScoringResult;
  text: TemplateText;
  onSelectQuestion: (questionId: string) => void;
}

/**
 * Methodology 1.1 revisit prompts: questions the answers so far suggest looking at again, each with
 * the template's reason (translation key `scoring.revisit.<id>`) and a link to the question. Renders
 * nothing when the template configures none or none holds.
 */
export function RevisitPrompts({ result, text, onSelectQuestion }: RevisitPromptsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const prompts = result.revisit ?? [];
  if (prompts.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="risk-panel__part" data-testid="risk-revisit">
      <h3 id={headingId}>{t('risk.revisit.title')}</h3>
      <p className="muted">{t('risk.revisit.intro')}</p>
      <ul className="revisit-list">
        {prompts.map((prompt) => (
          <li key={prompt.id} className="revisit-prompt" data-revisit-id={prompt.id}>
            <p className="revisit-prompt__reason" dir="auto">
              {text.text(scoringTextKey.revisit(prompt.id), prompt.reason)}
            </p>
            <QuestionLink questionId={prompt.questionId} text={text} onSelect={onSelectQuestion} />
          </li>
        ))}
      </ul>
    </section>
  );
}
