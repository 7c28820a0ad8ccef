import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';

type Evaluation = OperationOutput<'assessment.evaluate'>;

const KINDS = ['missingRequired', 'missingEvidence', 'invalidAnswers', 'openGaps'] as const;

/**
 * Why approving is not possible yet: the questionnaire's progress and each open blocker. A warning,
 * never success green: it stands between the assessor and an approval.
 */
export function BlockerList({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { blockers, progress } = evaluation;
  return (
    <section
      className="notice notice--warning"
      aria-labelledby="decision-blockers-title"
      data-testid="decision-blockers"
    >
      <h2 id="decision-blockers-title" className="notice__title">
        <span className="notice__label">
          <span aria-hidden="true">⚠</span>
          {t('decision.blockers.label')}
        </span>{' '}
        {t('decision.blockers.title')}
      </h2>
      <p className="notice__body">{t('decision.blockers.intro')}</p>
      <ul className="notice__list">
        <li>{t('decision.blockers.progress', { answered: progress.answered, visible: progress.visible })}</li>
        {KINDS.filter((kind) => blockers[kind].length > 0).map((kind) => (
          <li key={kind} data-blocker={kind}>
            {t(`decision.blockers.${kind}`, { ids: blockers[kind].join(', ') })}
          </li>
        ))}
      </ul>
    </section>
  );
}
