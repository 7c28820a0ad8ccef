import { useTranslation } from 'react-i18next';
import type { Assumption } from '../../../assessments/scoring/sensitivitySchema';
import { assumptionSentence } from './assumptionSentence';
import { QuestionLinkList } from './QuestionLink';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

interface AssumptionListProps {
  assumptions: readonly Assumption[];
  text: TemplateText;
  locale: string;
  headingId: string;
  onSelectQuestion: (questionId: string) => void;
}

/** "What is assumed": each assumption as a sentence, with the questions that would resolve it. */
export function AssumptionList({
  assumptions,
  text,
  locale,
  headingId,
  onSelectQuestion,
}: AssumptionListProps) {
  const { t } = useTranslation();
  if (assumptions.length === 0) return null;
  return (
    <section className="risk-assumptions" aria-labelledby={headingId} data-testid="risk-assumptions">
      <h3 id={headingId}>{t('risk.assumptions.title')}</h3>
      <ul className="risk-assumptions__list">
        {assumptions.map((assumption, index) => (
          <li
            key={`${assumption.kind}-${index}`}
            className="risk-assumptions__item"
            data-assumption-kind={assumption.kind}
          >
            <p className="risk-assumptions__sentence">{assumptionSentence(t, text, locale, assumption)}</p>
            <QuestionLinkList questionIds={assumption.questionIds} text={text} onSelect={onSelectQuestion} />
          </li>
        ))}
      </ul>
    </section>
  );
}
