import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../assessments/questionnaire/progress';
import type { Template } from '../../../assessments/questionnaire/templateSchema';
import type { TriggeredFlag } from '../../../assessments/scoring/resultSchema';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

interface SectionNavProps {
  template: Template;
  text: TemplateText;
  progress: Progress;
  flags: readonly TriggeredFlag[];
  currentQuestion: string;
  currentSection: string;
  onSelect: (questionId: string) => void;
}

/** Sections with their progress and markers; the current section also lists its visible questions. */
export const SectionNav = memo(function SectionNav(props: SectionNavProps) {
  const { template, text, progress, flags, currentQuestion, currentSection, onSelect } = props;
  const { t } = useTranslation();
  const states = new Map(progress.questions.map((q) => [q.questionId, q]));
  return (
    <nav className="section-nav" aria-labelledby="section-nav-title">
      <h2 id="section-nav-title" className="section-nav__title">
        {t('wizard.sectionsNav')}
      </h2>
      <ol className="section-nav__list">
        {template.sections.map((section) => {
          const counts = progress.sections.find((s) => s.section === section.id);
          const visibleIds = section.questions.map((q) => q.id).filter((id) => states.get(id)?.visible);
          const first = visibleIds[0];
          if (!counts || first === undefined) return null;
          const inSection = flags.filter((flag) => flag.section === section.id);
          const redFlags = inSection.filter((flag) => flag.code !== 'GAP').length;
          const gaps = inSection.filter((flag) => flag.code === 'GAP').length;
          const current = section.id === currentSection;
          const complete = counts.visible > 0 && counts.answered === counts.visible;
          return (
            <li key={section.id} className="section-nav__item" data-current={current || undefined}>
              <button
                type="button"
                className="section-nav__button"
                aria-current={current ? 'step' : undefined}
                data-testid={`section-${section.id}`}
                data-complete={complete || undefined}
                onClick={() => onSelect(first)}
              >
                <span className="section-nav__name">
                  <span className="section-nav__letter">{section.id}</span>
                  {text.text(`sections.${section.id}.title`, section.title)}
                </span>
                <span className="section-nav__counts">
                  <span>
                    {t('wizard.sectionProgress', { answered: counts.answered, visible: counts.visible })}
                  </span>
                  {redFlags > 0 && (
                    <span className="marker marker--flag" data-testid="section-flags">
                      {t('wizard.sectionFlags', { count: redFlags })}
                    </span>
                  )}
                  {gaps > 0 && (
                    <span className="marker marker--gap">{t('wizard.sectionGaps', { count: gaps })}</span>
                  )}
                </span>
                <span className="section-nav__bar" aria-hidden="true">
                  <span
                    className="section-nav__fill"
                    style={{ inlineSize: `${(100 * counts.answered) / Math.max(counts.visible, 1)}%` }}
                  />
                </span>
              </button>
              {current && (
                <ol className="question-nav" aria-label={t('wizard.questionsInSection')}>
                  {visibleIds.map((id) => {
                    const state = states.get(id);
                    const flagged = flags.some((flag) => flag.questionId === id && flag.code !== 'GAP');
                    return (
                      <li key={id}>
                        <button
                          type="button"
                          className="question-nav__button"
                          aria-current={id === currentQuestion ? 'step' : undefined}
                          data-answered={state?.answered || undefined}
                          data-flagged={flagged || undefined}
                          onClick={() => onSelect(id)}
                        >
                          {id}
                          {state?.answered && (
                            <span className="visually-hidden">, {t('wizard.questionAnswered')}</span>
                          )}
                          {flagged && (
                            <span className="visually-hidden">, {t('wizard.questionFlagged')}</span>
                          )}
                        </button>
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
