import { useTranslation } from 'react-i18next';
import type { WizardSideContext } from './Wizard';

/** The side column until richer panels are mounted there: how much evidence backs this question. */
export function WizardSide({ context }: { context: WizardSideContext }) {
  const { t } = useTranslation();
  const count = context.evidenceCounts[context.currentQuestionId] ?? 0;
  return (
    <section className="side-panel" data-testid="side-evidence-count">
      <h2 className="side-panel__title">
        {t('wizard.evidenceTitle', { question: context.currentQuestionId })}
      </h2>
      <p>{t('wizard.evidenceLinked', { count })}</p>
    </section>
  );
}
