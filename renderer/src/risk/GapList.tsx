import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useLanguage } from '../i18n/useLanguage';
import { QuestionLinkList } from './QuestionLink';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

type Evaluation = OperationOutput<'assessment.evaluate'>;

const GROUPS = [
  'openGapFlags',
  'unknownAnswers',
  'missingRequired',
  'missingEvidence',
  'invalidAnswers',
] as const;

interface GapListProps {
  evaluation: Evaluation;
  text: TemplateText;
  onSelectQuestion: (questionId: string) => void;
}

/** What is still open, by kind, each linking to the questions concerned. */
export function GapList({ evaluation, text, onSelectQuestion }: GapListProps) {
  const { t } = useTranslation();
  const count = new Intl.NumberFormat(useLanguage());
  const { gaps, flags } = evaluation.result;
  const questionsOf: Record<(typeof GROUPS)[number], string[]> = {
    // Gap flags are named by flag id; the assessor needs the question that raised them.
    openGapFlags: unique(
      gaps.openGapFlags.map((id) => flags.find((flag) => flag.id === id)?.questionId ?? id),
    ),
    unknownAnswers: gaps.unknownAnswers,
    missingRequired: gaps.missingRequired,
    missingEvidence: gaps.missingEvidence,
    invalidAnswers: evaluation.blockers.invalidAnswers,
  };
  const open = GROUPS.filter((group) => questionsOf[group].length > 0);
  if (open.length === 0) return <p className="muted">{t('risk.gaps.none')}</p>;
  return (
    <div className="gap-list" data-testid="risk-gaps">
      {open.map((group) => (
        <div key={group} className="gap-list__group" data-gap={group}>
          <h4 className="gap-list__title">
            {t(`risk.gaps.${group}`)}{' '}
            <span className="count">({count.format(questionsOf[group].length)})</span>
          </h4>
          <QuestionLinkList questionIds={questionsOf[group]} text={text} onSelect={onSelectQuestion} />
        </div>
      ))}
    </div>
  );
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
