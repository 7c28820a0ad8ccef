import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { FlagList } from './FlagList';
import { GapList } from './GapList';
import { RevisitPrompts } from './RevisitPrompts';
import { RiskMatrix } from './RiskMatrix';
import { SectionScores } from './SectionScores';
import { templateText, type TemplateBundle } from './templateText';
import { TrailStep } from './TrailStep';
import { useTrailLookup } from './useTrailLookup';

interface RiskPanelProps {
  evaluation: OperationOutput<'assessment.evaluate'>;
  template: TemplateBundle;
  locale: string;
  onSelectQuestion: (questionId: string) => void;
}

/**
 * The computed risk of an assessment as it stands: outcome, matrix cell, section scores, red flags
 * with their explanation, open gaps and the full trail. It renders from props only, so the parent
 * replaces the evaluation after each save and the panel updates in place.
 */
export function RiskPanel({ evaluation, template, locale, onSelectQuestion }: RiskPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const text = useMemo(() => templateText(template, locale), [template, locale]);
  const { result, trail } = evaluation;
  const lookup = useTrailLookup(template, locale, text);
  const matrix = template.template.scoring?.matrix;
  const heading = (part: string) => `${id}-${part}`;
  return (
    <section
      className="risk-panel"
      aria-labelledby={heading('title')}
      data-testid="risk-panel"
      data-tier={result.tier}
      data-recommendation={result.recommendation}
    >
      <h2 id={heading('title')} className="risk-panel__title">
        {t('risk.title')}
      </h2>
      <div className={`risk-outcome tier--${result.tier}`} role="status" data-testid="risk-outcome">
        <p className="risk-outcome__item">
          <span className="risk-outcome__label">{t('risk.tierLabel')}</span>
          <strong className="risk-outcome__value" data-testid="risk-tier">
            {t(`risk.tier.${result.tier}`)}
          </strong>
        </p>
        <p className="risk-outcome__item">
          <span className="risk-outcome__label">{t('risk.recommendationLabel')}</span>
          <strong className="risk-outcome__value" data-testid="risk-recommendation">
            {t(`risk.recommendation.${result.recommendation}`)}
          </strong>
        </p>
        {(result.incomplete || !result.finalisable) && (
          <p className="risk-outcome__note">
            {t(result.incomplete ? 'risk.incomplete' : 'risk.notFinalisable')}
          </p>
        )}
      </div>

      <section aria-labelledby={heading('matrix')} className="risk-panel__part">
        <h3 id={heading('matrix')}>{t('risk.matrix.title')}</h3>
        {matrix && (
          <RiskMatrix
            matrix={matrix}
            severity={result.severity.band}
            likelihood={result.likelihood.finalBand}
            matrixTier={result.matrixTier}
            tier={result.tier}
          />
        )}
      </section>

      <section aria-labelledby={heading('flags')} className="risk-panel__part">
        <h3 id={heading('flags')}>{t('risk.flags.title')}</h3>
        <FlagList
          result={result}
          trail={trail}
          lookup={lookup}
          text={text}
          onSelectQuestion={onSelectQuestion}
        />
      </section>

      <RevisitPrompts
        result={result}
        template={template}
        locale={locale}
        text={text}
        onSelectQuestion={onSelectQuestion}
      />

      <section aria-labelledby={heading('gaps')} className="risk-panel__part">
        <h3 id={heading('gaps')}>{t('risk.gaps.title')}</h3>
        <GapList evaluation={evaluation} text={text} onSelectQuestion={onSelectQuestion} />
      </section>

      <section aria-labelledby={heading('sections')} className="risk-panel__part">
        <h3 id={heading('sections')}>{t('risk.sections.title')}</h3>
        <SectionScores sections={result.sections} text={text} />
      </section>

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
