import { useTranslation } from 'react-i18next';
import type { ExplanationStep } from '../../../assessments/scoring/resultSchema';
import { QuestionLinkList } from './QuestionLink';
import type { TemplateText } from './templateText';

interface TrailStepProps {
  step: ExplanationStep;
  text: TemplateText;
  onSelectQuestion: (questionId: string) => void;
}

/**
 * One step of the scoring engine's explanation trail. The step's sentence is the engine's own,
 * recorded in English with the result, so it is marked as English for screen readers.
 */
export function TrailStep({ step, text, onSelectQuestion }: TrailStepProps) {
  const { t } = useTranslation();
  return (
    <div className="trail-step" data-kind={step.kind}>
      <p className="trail-step__text">
        <span className="trail-step__kind">{t(`risk.trail.kinds.${step.kind}`)}</span>
        <span className="trail-step__engine" lang="en" dir="ltr">
          {step.text}
        </span>
      </p>
      {step.questionIds.length > 0 && (
        <QuestionLinkList questionIds={step.questionIds} text={text} onSelect={onSelectQuestion} />
      )}
    </div>
  );
}
