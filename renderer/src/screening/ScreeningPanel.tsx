import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { LatestRun } from './LatestRun';
import { RunHistory } from './RunHistory';
import { ScreeningRunForm } from './ScreeningRunForm';
import { useScreening } from './useScreening';

interface ScreeningPanelProps {
  assessmentId: string;
}

/**
 * Screens the assessment's parties against chosen lists, shows each hit with its explanation,
 * records the assessor's decision on each, and keeps the history of runs.
 */
export function ScreeningPanel({ assessmentId }: ScreeningPanelProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const screening = useScreening(assessmentId, () => setNotice(null));
  const { query } = screening;
  const latest = query.kind === 'loaded' ? (query.data.runs[0] ?? null) : null;
  return (
    <section
      className="panel screening-panel"
      aria-labelledby={`${baseId}-title`}
      data-testid="screening-panel"
    >
      <h2 id={`${baseId}-title`}>{t('screening.panelTitle')}</h2>
      <p className="muted">{t('screening.intro')}</p>
      {query.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {query.kind === 'failed' && (
        <div className="stack">
          <ErrorAlert message={errorText(t, query.error)} />
          <button type="button" className="button button--secondary" onClick={query.reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {query.kind === 'loaded' && (
        <div className="stack">
          {query.data.datasets.length === 0 ? (
            <p className="empty-state">{t('screening.noDatasets')}</p>
          ) : (
            <ScreeningRunForm
              screening={screening}
              data={query.data}
              runLabel={latest ? t('screening.rescreen') : t('screening.run')}
            />
          )}
          <ErrorAlert message={screening.failure} />
          <p role="status" className="notice">
            {notice}
          </p>
          {latest && (
            <LatestRun
              run={latest}
              previousRunAt={query.data.runs[1]?.runAt ?? null}
              onDisposed={(result) => {
                if (result.recordedAnswer) setNotice(t('screening.disposition.recordedStop'));
                query.reload();
              }}
            />
          )}
          <RunHistory runs={query.data.runs} />
        </div>
      )}
    </section>
  );
}
