import { useTranslation } from 'react-i18next';
import type { SectionScore } from '../../../assessments/scoring/resultSchema';
import { useLanguage } from '../i18n/useLanguage';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

interface SectionScoresProps {
  sections: readonly SectionScore[];
  text: TemplateText;
}

/** Each scored section's 0–100 score with how much of it is answered; descriptive sections are left out. */
export function SectionScores({ sections, text }: SectionScoresProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const scored = sections.filter((section) => section.scored > 0);
  return (
    <table className="section-scores" data-testid="section-scores">
      <caption className="visually-hidden">{t('risk.sections.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('risk.sections.section')}</th>
          <th scope="col">{t('risk.sections.score')}</th>
          <th scope="col">{t('risk.sections.answered')}</th>
        </tr>
      </thead>
      <tbody>
        {scored.map((section) => (
          <tr key={section.section} data-section={section.section}>
            <th scope="row">
              <span className="section-scores__id">{section.section}</span>{' '}
              <span dir="auto">{text.sectionTitle(section.section)}</span>
            </th>
            <td className="section-scores__score">
              {section.score === null ? (
                <span className="muted">{t('risk.sections.noScore')}</span>
              ) : (
                <>
                  <span className="score-bar" aria-hidden="true">
                    <span className="score-bar__fill" style={{ inlineSize: `${section.score}%` }} />
                  </span>
                  <span className="section-scores__value">{percent.format(section.score / 100)}</span>
                </>
              )}
            </td>
            <td className="section-scores__answered">
              {t('risk.sections.answeredOf', { answered: section.answered, scored: section.scored })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
