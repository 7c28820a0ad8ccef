import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { isScreeningKind, type Dataset } from '../reference/datasetKinds';
import { DatasetChooser, latestOfEachSource } from './DatasetChooser';
import { LatestRun } from './LatestRun';
import { RunHistory } from './RunHistory';
import type { ScreeningRun } from './screeningTypes';

type Loaded = { datasets: Dataset[]; runs: ScreeningRun[] };
type State = { kind: 'loading' } | { kind: 'loaded'; data: Loaded } | { kind: 'failed'; error: unknown };

interface ScreeningPanelProps {
  assessmentId: string;
}

/**
 * Screens the assessment's parties against chosen lists, shows each hit with its explanation,
 * records the assessor's decision on each, and keeps the history of runs.
 */
export function ScreeningPanel({ assessmentId }: ScreeningPanelProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [chooseProblem, setChooseProblem] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([
      client.invoke('reference.list', {}),
      client.invoke('screening.list', { assessmentId }),
    ]).then(
      ([datasets, runs]) => {
        if (!current) return;
        const lists = datasets.filter((dataset) => isScreeningKind(dataset.kind));
        setState({ kind: 'loaded', data: { datasets: lists, runs } });
        // The first time, offer the newest version of every list; afterwards keep the user's choice.
        setChosen((previous) => previous ?? new Set(latestOfEachSource(lists).map((dataset) => dataset.id)));
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [client, assessmentId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const run = async () => {
    if (running || state.kind !== 'loaded') return;
    const ids = state.data.datasets.filter((dataset) => chosen?.has(dataset.id)).map((dataset) => dataset.id);
    setChooseProblem(ids.length === 0);
    if (ids.length === 0) return;
    setRunning(true);
    setFailure(null);
    setNotice(null);
    try {
      const result = await client.invoke('screening.run', { assessmentId, datasetIds: ids });
      setState({ kind: 'loaded', data: { ...state.data, runs: [result, ...state.data.runs] } });
    } catch (error) {
      setFailure(isAssayClientError(error, 'conflict') ? t('screening.noParties') : errorText(t, error));
    } finally {
      setRunning(false);
    }
  };

  const latest = state.kind === 'loaded' ? (state.data.runs[0] ?? null) : null;
  return (
    <section
      className="panel screening-panel"
      aria-labelledby={`${baseId}-title`}
      data-testid="screening-panel"
    >
      <h2 id={`${baseId}-title`}>{t('screening.panelTitle')}</h2>
      <p className="muted">{t('screening.intro')}</p>
      {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.kind === 'failed' && (
        <div className="stack">
          <ErrorAlert message={errorText(t, state.error)} />
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.kind === 'loaded' && (
        <div className="stack">
          {state.data.datasets.length === 0 ? (
            <p className="empty-state">{t('screening.noDatasets')}</p>
          ) : (
            <form
              className="form screening-run"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void run();
              }}
            >
              <DatasetChooser
                datasets={state.data.datasets}
                chosen={chosen ?? new Set()}
                error={chooseProblem ? t('screening.chooseOne') : null}
                onChange={(next) => {
                  setChosen(next);
                  if (next.size > 0) setChooseProblem(false);
                }}
              />
              <div className="screening-run__actions">
                <button type="submit" className="button button--primary" aria-disabled={running || undefined}>
                  {latest ? t('screening.rescreen') : t('screening.run')}
                </button>
                <p role="status" className="screening-run__status">
                  {running && (
                    <>
                      <span className="busy__spinner" aria-hidden="true" />
                      {t('screening.running')}
                    </>
                  )}
                </p>
              </div>
            </form>
          )}
          <ErrorAlert message={failure} />
          <p role="status" className="notice">
            {notice}
          </p>
          {latest && (
            <LatestRun
              run={latest}
              previousRunAt={state.data.runs[1]?.runAt ?? null}
              onDisposed={(result) => {
                if (result.recordedAnswer) setNotice(t('screening.disposition.recordedStop'));
                reload();
              }}
            />
          )}
          <RunHistory runs={state.data.runs} />
        </div>
      )}
    </section>
  );
}
