import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { formatScore, type RunChanges } from './screeningTypes';

interface RunChangesSummaryProps {
  changes: RunChanges;
  /** When the previous run was made, to say what "since" means. */
  previousRunAt: string | null;
}

/** What a re-screen found different from the run before it. */
export function RunChangesSummary({ changes, previousRunAt }: RunChangesSummaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = previousRunAt ? formatDateTime(previousRunAt, language) : '';
  const groups: Array<{ key: string; title: string; items: ReactNode[] }> = [
    {
      key: 'new',
      title: t('screening.changes.newHits'),
      items: changes.newHits.map((hit) => (
        <>
          <bdi>{hit.partyName}</bdi> → <bdi>{hit.entryName}</bdi> (<bdi>{hit.sourceName}</bdi>,{' '}
          {formatScore(hit.score, language)})
        </>
      )),
    },
    {
      key: 'gone',
      title: t('screening.changes.goneHits'),
      items: changes.goneHits.map((hit) => (
        <>
          <bdi>{hit.partyName}</bdi> → <bdi>{hit.entryName}</bdi> (<bdi>{hit.sourceName}</bdi>)
        </>
      )),
    },
    {
      key: 'score',
      title: t('screening.changes.scoreChanged'),
      items: changes.scoreChanged.map((hit) => (
        <>
          <bdi>{hit.partyName}</bdi> → <bdi>{hit.entryName}</bdi>:{' '}
          {t('screening.changes.scoreFromTo', {
            from: formatScore(hit.previousScore, language),
            to: formatScore(hit.score, language),
          })}
        </>
      )),
    },
    {
      key: 'partiesAdded',
      title: t('screening.changes.partiesAdded'),
      items: changes.partiesAdded.map((name) => <bdi>{name}</bdi>),
    },
    {
      key: 'partiesRemoved',
      title: t('screening.changes.partiesRemoved'),
      items: changes.partiesRemoved.map((name) => <bdi>{name}</bdi>),
    },
    {
      key: 'datasetsAdded',
      title: t('screening.changes.datasetsAdded'),
      items: changes.datasetsAdded.map((name) => <bdi>{name}</bdi>),
    },
    {
      key: 'datasetsRemoved',
      title: t('screening.changes.datasetsRemoved'),
      items: changes.datasetsRemoved.map((name) => <bdi>{name}</bdi>),
    },
  ].filter((group) => group.items.length > 0);

  if (groups.length === 0)
    return (
      <p className="run-changes run-changes--none" data-testid="run-changes">
        {t('screening.changes.none', { date })}
      </p>
    );
  return (
    <section className="run-changes" data-testid="run-changes" aria-labelledby="run-changes-title">
      <h3 id="run-changes-title">{t('screening.changes.title', { date })}</h3>
      {groups.map((group) => (
        <div key={group.key} className="run-changes__group" data-testid={`changes-${group.key}`}>
          <h4>{group.title}</h4>
          <ul>
            {group.items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
