import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { shortSha } from '../reference/datasetKinds';
import { HitCard } from './HitCard';
import { OutcomeBadge } from './OutcomeBadge';
import { RunChangesSummary } from './RunChangesSummary';
import type { ScreeningRun } from './screeningTypes';

interface LatestRunProps {
  run: ScreeningRun;
  previousRunAt: string | null;
  onDisposed: (result: OperationOutput<'screening.dispose'>) => void;
}

/** The run the assessment currently rests on: what was screened, against what, and its hits. */
export function LatestRun({ run, previousRunAt, onDisposed }: LatestRunProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  return (
    <section className="latest-run stack" aria-labelledby={`${baseId}-title`} data-testid="latest-run">
      <div className="page-heading latest-run__head">
        <h3 id={`${baseId}-title`}>{t('screening.latest')}</h3>
        <p className="page-heading__count">
          {t('screening.runMeta', { date: formatDateTime(run.runAt, language) })} <bdi>{run.runBy}</bdi>
        </p>
        <p className="latest-run__outcome">
          <span className="visually-hidden">{t('screening.outcome.label')}: </span>
          <OutcomeBadge outcome={run.outcome} />
        </p>
      </div>
      {run.outcome === 'confirmed-sanctions-match' && (
        <div className="alert alert--stop" role="alert" data-testid="screening-stop">
          <p className="alert__title">{t('screening.stop.title')}</p>
          <p>{t('screening.stop.body')}</p>
        </div>
      )}
      <dl className="details-list">
        <dt>{t('screening.listsUsed')}</dt>
        <dd>
          <ul className="plain-list">
            {run.datasets.map((dataset) => (
              <li key={dataset.id}>
                <bdi>{dataset.label}</bdi> <code dir="ltr">{shortSha(dataset.sha256)}</code>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('screening.parties')}</dt>
        <dd>
          <ul className="plain-list" data-testid="screened-parties">
            {run.parties.map((party) => (
              <li key={party.name}>
                <bdi>{party.name}</bdi>{' '}
                <span className="muted">
                  (
                  {party.source === 'assessment'
                    ? t('screening.partySource.assessment')
                    : t('screening.partySource.question', { id: party.source })}
                  )
                </span>
              </li>
            ))}
          </ul>
        </dd>
        {run.notIdentified && run.notIdentified.length > 0 && (
          <>
            <dt>{t('screening.notIdentified')}</dt>
            <dd>
              <ul className="plain-list" data-testid="unidentified-parties">
                {run.notIdentified.map((party, index) => (
                  <li key={`${party.source}-${index}`}>
                    <bdi>{party.role}</bdi>
                    {party.reason && (
                      <>
                        {': '}
                        <bdi>{party.reason}</bdi>
                      </>
                    )}{' '}
                    <span className="muted">
                      ({t('screening.partySource.question', { id: party.source })})
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {run.changes && <RunChangesSummary changes={run.changes} previousRunAt={previousRunAt} />}
      <section aria-labelledby={`${baseId}-hits`}>
        <h3 id={`${baseId}-hits`}>
          {t('screening.hits.title')}{' '}
          <span className="muted">({t('screening.hits.count', { count: run.hits.length })})</span>
        </h3>
        {run.hits.length === 0 ? (
          <p className="empty-state">{t('screening.hits.none')}</p>
        ) : (
          <div className="hit-list">
            {run.hits.map((hit) => (
              <HitCard
                key={hit.id}
                hit={hit}
                party={run.parties.find((party) => party.name === hit.partyName)}
                editable
                onDisposed={onDisposed}
              />
            ))}
          </div>
        )}
      </section>
    </section>
  );
}
