import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { templateText } from '../../../assessments/questionnaire/templateText';
import type { TemplateBundle } from '../templates/templateBundle';
import { AssumptionList } from './AssumptionList';
import { FlagList } from './FlagList';
import { GapList } from './GapList';
import { RevisitPrompts } from './RevisitPrompts';
import { RiskDisclosure } from './RiskDisclosure';
import { RiskHeadline } from './RiskHeadline';
import { RiskMatrix } from './RiskMatrix';
import { SectionScores } from './SectionScores';
import { TierChangers } from './TierChangers';
import { TrailStep } from './TrailStep';
import { useTrailLookup } from './useTrailLookup';

interface RiskPanelProps {
  evaluation: OperationOutput<'assessment.evaluate'>;
  template: TemplateBundle;
  locale: string;
  onSelectQuestion: (questionId: string) => void;
  /** Lets the panel ask the core which single answers would change the tier. */
  assessmentId?: string;
  /**
   * `column` beside the questionnaire: only the headline stays open, every detail folds away.
   * `full` (the default) opens the matrix, flags, gaps and section scores.
   */
  layout?: 'full' | 'column';
}

/**
 * The computed risk of an assessment as it stands. First the headline: tier and recommendation,
 * what the result assumes and which answers would change the tier; then the details (matrix, red
 * flags, gaps, section scores, the full trail) as parts that fold away. It renders from props, so
 * the parent replaces the evaluation after each save and the panel updates in place.
 */
export function RiskPanel({
  evaluation,
  template,
  locale,
  onSelectQuestion,
  assessmentId,
  layout = 'full',
}: RiskPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const text = useMemo(() => templateText(template, locale), [template, locale]);
  const { result, trail, blockers } = evaluation;
  const assumptions = evaluation.assumptions ?? [];
  const lookup = useTrailLookup(template, locale, text);
  const matrix = template.template.scoring?.matrix;
  const open = layout === 'full';
  const { gaps } = result;
  const gapCount =
    gaps.openGapFlags.length +
    gaps.unknownAnswers.length +
    gaps.missingRequired.length +
    gaps.missingEvidence.length +
    blockers.invalidAnswers.length;
  return (
    <section
      className={`risk-panel risk-panel--${layout}`}
      aria-labelledby={`${id}-title`}
      data-testid="risk-panel"
      data-tier={result.tier}
      data-recommendation={result.recommendation}
    >
      <h2 id={`${id}-title`} className="risk-panel__title">
        {t('risk.title')}
      </h2>
      <RiskHeadline result={result} provisional={result.incomplete || assumptions.length > 0} />
      <AssumptionList
        assumptions={assumptions}
        text={text}
        locale={locale}
        headingId={`${id}-assumptions`}
        onSelectQuestion={onSelectQuestion}
      />
      {assessmentId !== undefined && (
        <TierChangers
          assessmentId={assessmentId}
          evaluation={evaluation}
          text={text}
          lookup={lookup}
          locale={locale}
          headingId={`${id}-changers`}
          onSelectQuestion={onSelectQuestion}
        />
      )}

      <RevisitPrompts result={result} text={text} onSelectQuestion={onSelectQuestion} />

      <RiskDisclosure title={t('risk.matrix.title')} initiallyOpen={open}>
        {matrix && (
          <RiskMatrix
            matrix={matrix}
            severity={result.severity.band}
            likelihood={result.likelihood.finalBand}
            matrixTier={result.matrixTier}
            tier={result.tier}
          />
        )}
      </RiskDisclosure>
      <RiskDisclosure title={t('risk.flags.title')} count={result.flags.length} initiallyOpen={open}>
        <FlagList
          result={result}
          trail={trail}
          lookup={lookup}
          text={text}
          onSelectQuestion={onSelectQuestion}
        />
      </RiskDisclosure>
      <RiskDisclosure title={t('risk.gaps.title')} count={gapCount} initiallyOpen={open}>
        <GapList evaluation={evaluation} text={text} onSelectQuestion={onSelectQuestion} />
      </RiskDisclosure>
      <RiskDisclosure title={t('risk.sections.title')} initiallyOpen={open}>
        <SectionScores sections={result.sections} text={text} />
      </RiskDisclosure>
      <details className="risk-panel__part risk-trail">
        <summary>{t('risk.trail.title')}</summary>
        <ol className="risk-trail__steps">
          {result.explanation.map((step, index) => (
            <li key={`${step.kind}-${index}`}>
              <TrailStep
                step={step}
                message={trail[index] ?? null}
                lookup={lookup}
                text={text}
                onSelectQuestion={onSelectQuestion}
              />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
