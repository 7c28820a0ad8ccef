import { useTranslation } from 'react-i18next';
import type { ExplanationStep } from '../../../assessments/scoring/resultSchema';
import {
  formatTrail,
  type TrailLookup,
  type TrailMessage,
} from '../../../assessments/scoring/trail/trailMessage';
import { QuestionLinkList } from './QuestionLink';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

interface TrailStepProps {
  step: ExplanationStep;
  /** The step as a message, when the core could give one; else the engine's English sentence shows. */
  message: TrailMessage | null;
  lookup: TrailLookup;
  text: TemplateText;
  onSelectQuestion: (questionId: string) => void;
}

/**
 * One step of the scoring engine's explanation trail, in the reader's language where the step has a
 * message. Otherwise it is the sentence the engine recorded in English, marked as English for screen
 * readers.
 */
export function TrailStep({ step, message, lookup, text, onSelectQuestion }: TrailStepProps) {
  const { t } = useTranslation();
  return (
    <div className="trail-step" data-kind={step.kind}>
      <p className="trail-step__text">
        <span className="trail-step__kind">{t(`risk.trail.kinds.${step.kind}`)}</span>
        {message ? (
          <span className="trail-step__engine">{formatTrail(message, lookup)}</span>
        ) : (
          <span className="trail-step__engine" lang="en" dir="ltr">
            {step.text}
          </span>
        )}
      </p>
      {step.questionIds.length > 0 && (
        <QuestionLinkList questionIds={step.questionIds} text={text} onSelect={onSelectQuestion} />
      )}
    </div>
  );
}
