import { useTranslation } from 'react-i18next';
import { inFlagOrder } from '../../../assessments/scoring/flagOrder';
import type { ScoringResult } from '../../../assessments/scoring/resultSchema';
import type { TrailLookup, TrailMessage } from '../../../assessments/scoring/trail/trailMessage';
import { QuestionLink } from './QuestionLink';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';
import { TrailStep } from './TrailStep';

interface FlagListProps {
  result: ScoringResult;
  /** Messages for `result.explanation`, index for index. */
  trail: readonly (TrailMessage | null)[];
  lookup: TrailLookup;
  text: TemplateText;
  onSelectQuestion: (questionId: string) => void;
}

/** Raised red flags, gravest first, each with the question that raised it and its explanation. */
export function FlagList({ result, trail, lookup, text, onSelectQuestion }: FlagListProps) {
  const { t } = useTranslation();
  if (result.flags.length === 0) return <p className="muted">{t('risk.flags.none')}</p>;
  const flags = inFlagOrder(result.flags);
  return (
    <ul className="flag-list" data-testid="risk-flags">
      {flags.map((flag) => {
        // A flag's step carries no flag id field; the engine opens its text with "CODE id:".
        const stepIndex = result.explanation.findIndex(
          (candidate) => candidate.kind === 'flag' && candidate.text.startsWith(`${flag.code} ${flag.id}:`),
        );
        const step = result.explanation[stepIndex];
        const overrides = result.overrides.filter(
          (override) =>
            override.step === flag.code || (flag.code === 'ESC' && override.step === 'cumulative'),
        );
        return (
          <li
            key={flag.id}
            className={`flag flag--${flag.code}`}
            data-flag-id={flag.id}
            data-code={flag.code}
          >
            <p className="flag__head">
              <span className={`flag-code flag-code--${flag.code}`}>{flag.code}</span>
              <span className="flag__code-name">{t(`risk.flags.codes.${flag.code}`)}</span>
              <span className="flag__id">{flag.id}</span>
            </p>
            <p className="flag__message" dir="auto">
              {text.flagMessage(flag.questionId, flag.id, flag.message)}
            </p>
            <div className="flag__raised-by">
              <span className="flag__label">{t('risk.flags.raisedBy')}</span>
              <QuestionLink questionId={flag.questionId} text={text} onSelect={onSelectQuestion} />
            </div>
            {(step || overrides.length > 0) && (
              <details className="flag__trail">
                <summary>{t('risk.flags.trail')}</summary>
                {step && (
                  <TrailStep
                    step={step}
                    message={trail[stepIndex] ?? null}
                    lookup={lookup}
                    text={text}
                    onSelectQuestion={onSelectQuestion}
                  />
                )}
                {overrides.map((override) => (
                  <p key={override.step} className="trail-step__text">
                    <span className="trail-step__kind">{t('risk.trail.kinds.override')}</span>{' '}
                    {t('risk.trail.override', {
                      from: t(`risk.tier.${override.from}`),
                      to: t(`risk.tier.${override.to}`),
                    })}
                  </p>
                ))}
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
