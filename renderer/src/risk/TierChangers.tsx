import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import type { TierChanger, VariantValue } from '../../../assessments/scoring/sensitivitySchema';
import type { TrailLookup } from '../../../assessments/scoring/trail/trailMessage';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { QuestionLink } from './QuestionLink';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

/** Questions shown before the rest fold away, so the headline stays short in a side column. */
const SHOWN_QUESTIONS = 4;

interface TierChangersProps {
  assessmentId: string;
  /** The evaluation on screen: when it is replaced, the changers are looked for again. */
  evaluation: OperationOutput<'assessment.evaluate'>;
  text: TemplateText;
  lookup: TrailLookup;
  locale: string;
  headingId: string;
  onSelectQuestion: (questionId: string) => void;
}

/**
 * "Answers that would change the tier", asked of the core after the result is on screen: it rescores
 * every single-answer variant, which is too slow to hold up the result itself.
 */
export function TierChangers({
  assessmentId,
  evaluation,
  text,
  lookup,
  locale,
  headingId,
  onSelectQuestion,
}: TierChangersProps) {
  const { t } = useTranslation();
  const query = useCoreQuery(
    (client) => client.invoke('assessment.sensitivity', { id: assessmentId }),
    [assessmentId],
  );
  const { reload } = query;
  const shownFor = useRef(evaluation);
  useEffect(() => {
    if (shownFor.current === evaluation) return;
    shownFor.current = evaluation;
    reload();
  }, [evaluation, reload]);

  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const answer = (questionId: string, value: VariantValue) =>
    Array.isArray(value)
      ? list.format(value.map((item) => lookup.answer(questionId, item)))
      : lookup.answer(questionId, value);
  const group = (changers: readonly TierChanger[]) => (
    <ul className="risk-changers__list">
      {byQuestion(changers).map(([questionId, changes]) => (
        <li key={questionId} className="risk-changers__question" data-question-id={questionId}>
          <QuestionLink questionId={questionId} text={text} onSelect={onSelectQuestion} />
          <ul className="risk-changers__answers">
            {changes.map((change, index) => (
              <li key={index} data-tier={change.tier}>
                <bdi>
                  {t('risk.changers.change', {
                    answer: answer(questionId, change.toAnswer),
                    tier: t(`risk.tier.${change.tier}`),
                    recommendation: t(`risk.recommendation.${change.recommendation}`),
                  })}
                </bdi>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );

  let body;
  if (query.kind === 'loading') body = <p className="muted">{t('risk.changers.loading')}</p>;
  else if (query.kind === 'failed')
    body = (
      <p role="alert">
        {t('risk.changers.failed', {
          message: query.error instanceof Error ? query.error.message : String(query.error),
        })}{' '}
        <button type="button" className="link-button" onClick={query.reload}>
          {t('risk.changers.retry')}
        </button>
      </p>
    );
  else if (query.data.tierChangers.length === 0) body = <p className="muted">{t('risk.changers.none')}</p>;
  else {
    const changers = query.data.tierChangers;
    const questions = byQuestion(changers).map(([id]) => id);
    const first = new Set(questions.slice(0, SHOWN_QUESTIONS));
    const rest = changers.filter((changer) => !first.has(changer.questionId));
    body = (
      <>
        {group(changers.filter((changer) => first.has(changer.questionId)))}
        {rest.length > 0 && (
          <details className="risk-changers__more">
            <summary>{t('risk.changers.more', { total: questions.length })}</summary>
            {group(rest)}
          </details>
        )}
        {query.data.truncated && <p className="muted">{t('risk.changers.truncated')}</p>}
      </>
    );
  }
  return (
    <section
      className="risk-changers"
      aria-labelledby={headingId}
      aria-busy={query.kind === 'loading' || (query.kind === 'loaded' && query.refreshing)}
      data-testid="risk-tier-changers"
    >
      <h3 id={headingId}>{t('risk.changers.title')}</h3>
      {body}
    </section>
  );
}

/** Changers grouped by question, in the order the core listed them (template order). */
function byQuestion(changers: readonly TierChanger[]): [string, TierChanger[]][] {
  const groups = new Map<string, TierChanger[]>();
  for (const changer of changers)
    groups.set(changer.questionId, [...(groups.get(changer.questionId) ?? []), changer]);
  return [...groups];
}
