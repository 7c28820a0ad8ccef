import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { HitCard } from './HitCard';
import { OutcomeBadge } from './OutcomeBadge';
import { ScreeningRunForm } from './ScreeningRunForm';
import { useScreening } from './useScreening';

interface QuestionScreeningProps {
  assessmentId: string;
  /** The questions each run is kept as evidence of, as the template has them (e.g. E2, E3). */
  evidenceOf: readonly string[];
  /** A run or a disposition changed evidence or answers: the card and the score are stale. */
  onChanged: () => void;
  /** A disposition made the core record an answer (a true match sets E3): it replaces what is shown. */
  onAnswerRecorded?: (questionId: string) => void;
}

/**
 * Screening where the parties are entered: choose the lists, screen, and decide each hit, without
 * leaving the question. Every run is kept as sealed evidence of the screening questions.
 */
export function QuestionScreening({
  assessmentId,
  evidenceOf,
  onChanged,
  onAnswerRecorded,
}: QuestionScreeningProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const questions = evidenceOf.join(', ');
  const screening = useScreening(assessmentId, () => {
    setNotice(
      evidenceOf.length > 0 ? t('screening.inPlace.ranAndLinked', { questions }) : t('screening.inPlace.ran'),
    );
    onChanged();
  });
  const { query } = screening;
  const latest = query.kind === 'loaded' ? (query.data.runs[0] ?? null) : null;
  return (
    <section
      className="question-screening"
      aria-labelledby={`${baseId}-title`}
      data-testid="question-screening"
    >
      <h3 id={`${baseId}-title`} className="question-screening__title">
        {t('screening.inPlace.heading')}
      </h3>
      <p className="muted">
        {evidenceOf.length > 0 ? t('screening.inPlace.intro', { questions }) : t('screening.intro')}
      </p>
      {query.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {query.kind === 'failed' && (
        <div className="stack">
          <ErrorAlert message={errorText(t, query.error)} />
          <button type="button" className="button button--secondary button--small" onClick={query.reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {query.kind === 'loaded' &&
        (query.data.datasets.length === 0 ? (
          <p className="empty-state">{t('screening.noDatasets')}</p>
        ) : (
          <ScreeningRunForm screening={screening} data={query.data} runLabel={t('screening.inPlace.run')} />
        ))}
      <ErrorAlert message={screening.failure} />
      <p role="status" className="notice">
        {notice}
      </p>
      {latest && (
        <div className="question-screening__run stack" data-testid="question-screening-run">
          <p className="question-screening__meta">
            {t('screening.runMeta', { date: formatDateTime(latest.runAt, language) })}{' '}
            <bdi>{latest.runBy}</bdi>
            {' · '}
            <span className="visually-hidden">{t('screening.outcome.label')}: </span>
            <OutcomeBadge outcome={latest.outcome} />
          </p>
          {latest.outcome === 'confirmed-sanctions-match' && (
            <div className="alert alert--stop" role="alert">
              <p className="alert__title">{t('screening.stop.title')}</p>
              <p>{t('screening.stop.body')}</p>
            </div>
          )}
          {latest.hits.length === 0 ? (
            <p className="empty-state">{t('screening.hits.none')}</p>
          ) : (
            <div className="hit-list">
              {latest.hits.map((hit) => (
                <HitCard
                  key={hit.id}
                  hit={hit}
                  party={latest.parties.find((party) => party.name === hit.partyName)}
                  editable
                  onDisposed={(result) => {
                    setNotice(result.recordedAnswer ? t('screening.disposition.recordedStop') : null);
                    query.reload();
                    if (result.recordedAnswer) onAnswerRecorded?.(result.recordedAnswer.questionId);
                    onChanged();
                  }}
                />
              ))}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
